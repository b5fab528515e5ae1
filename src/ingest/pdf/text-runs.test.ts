// text-runs.ts rebuilds pdf.js's getTextContent items from the operator list
// with a copy of pdf.js's rules and relies on the glyph objects pdf.js puts in
// operator lists. pdfjs-dist is pinned; these tests fail when an upgrade
// changes either, so that text-runs.ts is checked against pdf.js again.
import { readFileSync } from 'node:fs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { describe, expect, it } from 'vitest';
import { OPS } from './pdfjs.js';
import { openPdf } from './load.js';
import { fontsOf, textRunsOf, type TextRun } from './text-runs.js';

async function withPage<T>(file: string, n: number, read: (page: PDFPageProxy) => Promise<T>): Promise<T> {
  const opening = openPdf(readFileSync(new URL(`../../../samples/${file}`, import.meta.url)));
  try {
    return await read(await (await opening.document).getPage(n));
  } finally {
    await opening.destroy();
  }
}

/** The page's runs both ways: rebuilt from the operator list, and pdf.js's text items (blank ones aside, as text.ts skips them). */
async function bothWays(page: PDFPageProxy): Promise<{ rebuilt: TextRun[] | null; pdfjs: TextRun[] }> {
  const rebuilt = textRunsOf(await page.getOperatorList(), fontsOf(page), page.view);
  const items = (await page.getTextContent()).items;
  const pdfjs = items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ str: item.str, transform: item.transform as TextRun['transform'], width: item.width }] : []));
  return { rebuilt: rebuilt?.filter((run) => run.str.trim() !== '') ?? null, pdfjs };
}

function expectSameRuns(rebuilt: TextRun[] | null, pdfjs: TextRun[]): void {
  expect(rebuilt).not.toBeNull();
  // The same strings, spaces put in and runs split where pdf.js puts and splits them.
  expect(rebuilt!.map((run) => run.str)).toEqual(pdfjs.map((run) => run.str));
  // Origins and advances to a ten-thousandth of a point: text matrices reach the operator list as float32.
  rebuilt!.forEach((run, i) => {
    run.transform.forEach((v, k) => expect(v).toBeCloseTo(pdfjs[i].transform[k], 4));
    expect(run.width).toBeCloseTo(pdfjs[i].width, 4);
  });
}

describe('text runs rebuilt from the operator list', () => {
  it('are pdf.js text items on a page of body text (LibreOffice)', async () => {
    const { rebuilt, pdfjs } = await withPage('langfang-org-2023.pdf', 3, bothWays);
    expectSameRuns(rebuilt, pdfjs);
    // Page 3 carries the heading of item （六） (pdftotext -layout -f 3 -l 3).
    expect(rebuilt!.map((run) => run.str).join('')).toContain('负责全市人才工作和人才队伍建设');
  });

  it('are pdf.js text items where text matrices carry more digits than a float32 keeps', async () => {
    const { rebuilt, pdfjs } = await withPage('real/xian-weijian-2022-dept-final-account.pdf', 165, bothWays);
    expectSameRuns(rebuilt, pdfjs);
    expect(rebuilt!.map((run) => run.str).join('')).toContain('高龄老人生活保健补贴项目绩效评价报告');
  });

  it('are not rebuilt on a page in Type 3 fonts (Chromium), whose glyph boxes pdf.js scales by font data the operator list lacks', async () => {
    const { rebuilt, pdfjs } = await withPage('langfang-org-2023.chromium.pdf', 1, bothWays);
    expect(rebuilt).toBeNull();
    expect(pdfjs.map((run) => run.str).join('')).toContain('中共廊坊市委组织部2023年单位预算信息公开情况说明');
  });

  it('read glyphs from the operator list with the fields pdf.js gives them', async () => {
    const glyphs = await withPage('langfang-org-2023.pdf', 3, async (page) => {
      const { fnArray, argsArray } = await page.getOperatorList();
      return fnArray.flatMap((fn, i) => (fn === OPS.showText ? (argsArray[i][0] as unknown[]).filter((g) => typeof g === 'object') : []));
    });
    expect(glyphs.length).toBeGreaterThan(0);
    for (const glyph of glyphs.slice(0, 50)) {
      expect(glyph).toMatchObject({ unicode: expect.any(String), width: expect.any(Number), originalCharCode: expect.any(Number) });
      expect((glyph as { category: unknown }).category).toEqual({ isWhitespace: expect.any(Boolean), isZeroWidthDiacritic: expect.any(Boolean), isInvisibleFormatMark: expect.any(Boolean) });
    }
  });
});
