import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, OutputNames } from './output-names.js';

const sha = (digit: string) => digit.repeat(64);

describe('OutputNames', () => {
  it('names each output after its input file, keeping the extension', () => {
    const names = new OutputNames();
    expect([names.claim('in/a.pdf', sha('1')), names.claim('in/a.docx', sha('2')), names.claim('b.html', sha('3'))]).toEqual([
      'a.pdf.json',
      'a.docx.json',
      'b.html.json',
    ]);
  });

  it('gives a file name already holding other content a name carrying the content hash, whatever the order', () => {
    const names = new OutputNames();
    expect(names.claim('x/附件.docx', sha('a'))).toBe('附件.docx.json');
    expect(names.claim('y/附件.docx', sha('b'))).toBe('附件.docx~bbbbbbbbbbbb.json');
    expect(names.claim('z/附件.DOCX', sha('c'))).toBe('附件.DOCX~cccccccccccc.json');
    // The same content under the same file name keeps its name.
    expect(names.claim('w/附件.docx', sha('b'))).toBe('附件.docx~bbbbbbbbbbbb.json');
  });

  it('keeps the names a folder already holds: a new content never takes one', () => {
    const names = new OutputNames(new Map([['附件.docx.json', sha('c')], ['notes.json', '']]));
    expect(names.claim('b/附件.docx', sha('b'))).toBe('附件.docx~bbbbbbbbbbbb.json');
    expect(names.claim('c/附件.docx', sha('c'))).toBe('附件.docx.json');
    expect(names.claim('notes', sha('d'))).toBe('notes~dddddddddddd.json');
  });

  it('never takes the names of the run report, journal or lock', () => {
    const names = new OutputNames();
    expect(names.claim('_report', sha('1'))).toBe('_report~111111111111.json');
  });

  it('cuts a name too long for the file system at a character boundary and adds the hash', () => {
    const long = `${'预算'.repeat(42)}.docx`;
    const name = new OutputNames().claim(`in/${long}`, sha('e'));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^(预算)+预?~eeeeeeeeeeee\.json$/u);
  });
});
