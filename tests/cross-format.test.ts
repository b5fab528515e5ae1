// One notice in every format gives one canonical document. The reference is
// the Word file; each other rendering must agree with it field by field, apart
// from `source` and page numbers (which only paged formats have).
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

const reference = 'langfang-org-2023.docx';

/** Renderings of the reference notice; each format's ingester adds its files here. */
const renderings = ['langfang-org-2023.pdf', 'langfang-org-2023.chromium.pdf'];

/** The document without what legitimately differs between formats. */
function comparable(disclosure: Disclosure): Omit<Disclosure, 'source'> {
  const { source, ...rest } = disclosure;
  void source;
  return {
    ...rest,
    tables: rest.tables.map((table) => ({
      ...table,
      pages: null,
      rows: table.rows.map((row) => row.map(({ page, bbox, ...cell }) => (void page, void bbox, cell))),
    })),
  };
}

describe.each(renderings)('%s reads as the reference DOCX', (name) => {
  const load = async () => ({ expected: comparable(await convertSample(reference)), actual: comparable(await convertSample(name)) });

  it('identifies the same notice', async () => {
    const { expected, actual } = await load();
    expect(actual.document).toEqual(expected.document);
    expect(actual.schemaVersion).toBe(expected.schemaVersion);
  });

  it('has the same sections, heading by heading and line by line', async () => {
    const { expected, actual } = await load();
    expect(actual.sections.map((s) => `${s.number}、${s.title}`)).toEqual(expected.sections.map((s) => `${s.number}、${s.title}`));
    expected.sections.forEach((section, i) => {
      expect(actual.sections[i].text.split('\n'), `section ${section.number}`).toEqual(section.text.split('\n'));
    });
  });

  it('rebuilds every table with the same titles, kinds, units, cells and spans', async () => {
    const { expected, actual } = await load();
    expect(actual.tables.map((t) => t.title)).toEqual(expected.tables.map((t) => t.title));
    expected.tables.forEach((table, i) => {
      const got = actual.tables[i];
      expect({ kind: got.kind, unitOfMeasure: got.unitOfMeasure }, `table ${i} ${table.title}`).toEqual({ kind: table.kind, unitOfMeasure: table.unitOfMeasure });
      expect(got.rows.length, `rows of table ${i} ${table.title}`).toBe(table.rows.length);
      table.rows.forEach((row, r) => expect(got.rows[r], `table ${i} ${table.title}, row ${r}`).toEqual(row));
    });
  });

  it('agrees on every other part of the canonical JSON', async () => {
    const { expected, actual } = await load();
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      expect(actual[key], key).toEqual(expected[key]);
    }
  });
});

describe('page numbers of the PDF renderings', () => {
  it('locate tables on the pages that print them', async () => {
    const libreOffice = await convertSample('langfang-org-2023.pdf');
    const procurement = libreOffice.tables.find((t) => t.kind === 'procurement')!;
    // The LibreOffice print sets the procurement table on landscape page 20, the asset table on page 21.
    expect(procurement.pages).toEqual([20]);
    expect(libreOffice.tables.find((t) => t.kind === 'assets')!.pages).toEqual([21]);
    // The overall indicator table runs over pages 11 and 12 and is one table.
    expect(libreOffice.tables[1].pages).toEqual([11, 12]);
    const cell = procurement.rows[0][0];
    expect(cell.page).toBe(20);
    expect(cell.bbox![0]).toBeLessThan(cell.bbox![2]);
    expect(cell.bbox![1]).toBeLessThan(cell.bbox![3]);
  });
});
