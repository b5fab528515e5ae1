import { describe, expect, it } from 'vitest';
import { outputNames } from './output-names.js';

describe('outputNames', () => {
  it('names each output after its input file, keeping the extension', () => {
    expect(outputNames(['in/a.pdf', 'in/a.docx', 'b.html'])).toEqual(['a.pdf.json', 'a.docx.json', 'b.html.json']);
  });

  it('numbers later inputs that share a file name, in input order', () => {
    expect(outputNames(['x/n.pdf', 'y/n.pdf', 'z/N.PDF'])).toEqual(['n.pdf.json', 'n.pdf~2.json', 'N.PDF~3.json']);
  });

  it('never takes the run report’s name', () => {
    expect(outputNames(['_report'])).toEqual(['_report~2.json']);
  });
});
