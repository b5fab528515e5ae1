import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPS } from './pdfjs.js';
import { openPdf } from './load.js';

describe('the in-thread port between pdf.js display and worker sides', () => {
  it('delivers operator lists and text whole while no glyph outline is built and no font is loaded', async () => {
    const opening = openPdf(readFileSync(new URL('../../../samples/langfang-org-2023.pdf', import.meta.url)));
    try {
      const page = await (await opening.document).getPage(3);
      const { fnArray, argsArray } = await page.getOperatorList();
      // Text drawing keeps its glyphs (the worker side empties its own arrays once a chunk is sent).
      const shown = fnArray.flatMap((fn, i) => (fn === OPS.showText ? [argsArray[i][0] as { unicode?: string }[]] : []));
      expect(shown.length).toBeGreaterThan(0);
      // Page 3 carries the title 单位机构设置情况 (pdftotext -layout -f 3 -l 3).
      expect(shown.map((glyphs) => glyphs.map((g) => g.unicode ?? '').join('')).join('')).toContain('单位机构设置');
      // Text content arrives whole too (the worker side replaces its items right after sending).
      const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
      expect(text).toContain('单位机构设置情况');
      const fonts = fnArray.flatMap((fn, i) => (fn === OPS.setFont ? [argsArray[i][0] as string] : []));
      expect(fonts.length).toBeGreaterThan(0);
      const shared = new Map([...page.commonObjs] as [string, unknown][]);
      for (const name of new Set(fonts)) {
        // The display side reads the flag the port set in pdf.js's packed font properties:
        // were it read elsewhere, it would try to load the font and ask for outlines.
        expect((shared.get(name) as { disableFontFace?: boolean }).disableFontFace).toBe(true);
      }
      expect([...shared.keys()].filter((id) => id.includes('_path_'))).toEqual([]);
    } finally {
      await opening.destroy();
    }
  });
});
