// Page geometry the real notices do not all exercise: a landscape table stored
// on a portrait page turned by /Rotate, with borders stroked as rectangles.
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/ingest/pdf/read-pdf.js';
import type { TableBlock } from '../src/model/document.js';
import { pdfStream, tinyPdf } from './support/tiny-pdf.js';

/**
 * A 300×400 portrait page shown as 400×300 landscape (/Rotate 90). The content
 * is drawn in landscape coordinates turned a quarter counter-clockwise (the cm),
 * as printers store landscape pages: a 2×2 table of stroked rectangles with a
 * title above it.
 */
function rotatedTable(): Uint8Array {
  const cell = (u: number, v: number) => `${u} ${v} 100 40 re S`;
  const text = (u: number, v: number, s: string) => `BT /F1 12 Tf ${u} ${v} Td (${s}) Tj ET`;
  const content = [
    'q 0 1 -1 0 300 0 cm 0.5 w',
    cell(100, 160), cell(200, 160), cell(100, 120), cell(200, 120),
    text(110, 175, 'Item'), text(210, 175, 'Amount'),
    text(110, 135, 'Rent'), text(210, 135, '12.50'),
    text(100, 230, 'Budget table'),
    'Q',
  ].join('\n');
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Rotate 90 /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    pdfStream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

describe('a rotated page', () => {
  it('reads the table upright, in reading order, with boxes on the displayed page', async () => {
    const model = await readPdf(rotatedTable(), 30_000);
    expect(model.blocks.map((b) => b.type)).toEqual(['paragraph', 'table']);
    expect(model.blocks[0]).toMatchObject({ text: 'Budget table', page: 1 });
    const table = model.blocks[1] as TableBlock;
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['Item', 'Amount'],
      ['Rent', '12.50'],
    ]);
    // Displayed landscape page: 400 wide, 300 high, y downwards; the table's top-left cell starts at (100, 100).
    const [x0, y0, x1, y1] = table.rows[0][0].bbox!;
    expect([x0, y0, x1, y1].map(Math.round)).toEqual([100, 100, 200, 140]);
    expect(table.pages).toEqual([1]);
  });
});
