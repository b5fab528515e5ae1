import { describe, expect, it } from 'vitest';
import type { Glyph, Segment } from './geometry.js';
import { findLatticeTables } from './lattice.js';

// Beijing 预算12表 p. 118's head: the page rules the top of the indicator columns (from x 452) but not
// of the project's columns left of them, whose merged cells run on from p. 117.
describe('a ruled table whose first row leaves some tops open', () => {
  const xs = [38, 110, 452, 566, 700];
  const h = (y: number, x0: number): Segment => ({ x0, y0: y, x1: 700, y1: y });
  const segments: Segment[] = [h(45, 452), h(90, 38), h(120, 38), ...xs.map((x) => ({ x0: x, y0: 45, x1: x, y1: 120 }))];
  const glyph = (text: string, x0: number, y0: number): Glyph => ({ text, x0, y0, x1: x0 + 8, y1: y0 + 8, size: 8 });
  const glyphs = [glyph('眼', 40, 60), glyph('产', 460, 60), glyph('月', 580, 100)];

  it('marks the first-row cells the page leaves open at the top, and only those', () => {
    const [table] = findLatticeTables(segments, glyphs, 2).tables;
    expect(table.cells.filter((c) => c.row === 0).map((c) => [c.column, c.openTop ?? false])).toEqual([
      [0, true],
      [1, true],
      [2, false],
      [3, false],
    ]);
  });

  it('marks none where the page rules no top at all', () => {
    const [table] = findLatticeTables(segments.slice(1), glyphs, 2).tables;
    expect(table.cells.some((c) => c.openTop)).toBe(false);
  });
});
