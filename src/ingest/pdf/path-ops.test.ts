import { readFileSync } from 'node:fs';
import { OPS } from './pdfjs.js';
import { describe, expect, it } from 'vitest';
import { openPdf } from './load.js';
import { decodeConstructPath, DrawOp } from './path-ops.js';

describe('decodeConstructPath', () => {
  it('reads the pdf.js 5.6 shape the installed worker really emits', async () => {
    const opening = openPdf(readFileSync(new URL('../../../samples/langfang-org-2023.pdf', import.meta.url)));
    try {
      const page = await (await opening.document).getPage(3);
      const { fnArray, argsArray } = await page.getOperatorList();
      const paths = fnArray.flatMap((fn, i) => (fn === OPS.constructPath ? [argsArray[i]] : []));
      // Every constructPath of the page decodes: none has a shape we do not know.
      expect(paths.map(decodeConstructPath)).not.toContain(null);
      // The first stroked path is the top border of the 单位机构设置情况 table, drawn by LibreOffice as one segment.
      const strokes = paths.map(decodeConstructPath).filter((p) => p!.paintOp === OPS.stroke);
      const [top] = strokes[0]!.subpaths;
      expect(top.points[0][0]).toBeCloseTo(93.35, 1);
      expect(top.points[0][1]).toBeCloseTo(227.74, 1);
      expect(top.points[1][0]).toBeCloseTo(507.65, 1);
      expect(top.points[1][1]).toBeCloseTo(227.74, 1);
    } finally {
      await opening.destroy();
    }
  });

  it('turns a rectangle (moveTo, three lineTo, closePath) into one closed subpath', () => {
    const buffer = new Float32Array([DrawOp.moveTo, 0, 0, DrawOp.lineTo, 10, 0, DrawOp.lineTo, 10, 1, DrawOp.lineTo, 0, 1, DrawOp.closePath]);
    const decoded = decodeConstructPath([OPS.fill, [buffer], [0, 0, 10, 1]]);
    expect(decoded).toEqual({ paintOp: OPS.fill, subpaths: [{ points: [[0, 0], [10, 0], [10, 1], [0, 1]], closed: true }] });
  });

  it('refuses a shape it does not know instead of misreading it', () => {
    expect(decodeConstructPath([OPS.stroke, [new Float32Array([9, 1, 2])], null])).toBeNull();
    expect(decodeConstructPath([[OPS.moveTo], [0, 0]])).toBeNull();
    expect(decodeConstructPath([OPS.endPath, [null], null])).toEqual({ paintOp: OPS.endPath, subpaths: [] });
  });
});
