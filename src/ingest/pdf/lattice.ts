// Ruled (lattice) tables, geometry first in the manner of pdfplumber: rulings
// that touch form a table; their coordinates form the grid; a grid cell whose
// inner border is not drawn merges with its neighbour (a rowSpan/colSpan); each
// character goes to the cell its middle falls in.
import type { BBox } from '../../model/document.js';
import { isHorizontal, type Glyph, type PageTable, type Segment, type TableCell } from './geometry.js';
import { groupLines, joinWrapped } from './lines.js';
import { layoutSettings as layout } from './layout-settings.js';



/**
 * @param segments joined rulings of one page
 * @param tolerance how far apart (points) two coordinates may be and still be one line
 * @returns the tables, top to bottom, and the glyphs no table took
 */
export function findLatticeTables(
  segments: readonly Segment[],
  glyphs: readonly Glyph[],
  tolerance: number,
): { tables: PageTable[]; rest: Glyph[] } {
  const tables: PageTable[] = [];
  let rest = [...glyphs];
  for (const component of connectedRulings(segments, tolerance)) {
    const grid = gridOf(component, tolerance);
    if (!grid) continue;
    const inside = (g: Glyph) => contains(grid.bbox, (g.x0 + g.x1) / 2, (g.y0 + g.y1) / 2);
    const table = buildTable(grid, component, rest.filter(inside), tolerance);
    if (!table) continue;
    tables.push(table);
    rest = rest.filter((g) => !inside(g));
  }
  tables.sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  return { tables, rest };
}

/** Groups of rulings that touch or cross one another. */
function connectedRulings(segments: readonly Segment[], tolerance: number): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const horizontal = segments.map((s, i) => [s, i] as const).filter(([s]) => isHorizontal(s));
  const vertical = segments.map((s, i) => [s, i] as const).filter(([s]) => !isHorizontal(s));
  for (const [h, i] of horizontal) {
    for (const [v, j] of vertical) {
      if (v.x0 >= h.x0 - tolerance && v.x0 <= h.x1 + tolerance && h.y0 >= v.y0 - tolerance && h.y0 <= v.y1 + tolerance) {
        parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  return [...groups.values()];
}

interface Grid {
  xs: number[];
  ys: number[];
  bbox: BBox;
}

function gridOf(component: Segment[], tolerance: number): Grid | null {
  const horizontal = component.filter(isHorizontal);
  const vertical = component.filter((s) => !isHorizontal(s));
  if (horizontal.length < 2 || vertical.length < 2) return null;
  const x0 = Math.min(...component.map((s) => s.x0));
  const x1 = Math.max(...component.map((s) => s.x1));
  const y0 = Math.min(...component.map((s) => s.y0));
  const y1 = Math.max(...component.map((s) => s.y1));
  // The outline counts even where a side is not drawn (open-sided tables).
  const xs = distinct([x0, ...vertical.map((s) => s.x0), x1], tolerance);
  const ys = distinct([y0, ...horizontal.map((s) => s.y0), y1], tolerance);
  if (xs.length < 2 || ys.length < 2) return null;
  return { xs, ys, bbox: [xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]] };
}

function distinct(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const v of sorted) if (result.length === 0 || v - result[result.length - 1] > tolerance) result.push(v);
  // The outer values are the outline itself.
  result[result.length - 1] = Math.max(result[result.length - 1], sorted[sorted.length - 1]);
  return result;
}

function buildTable(grid: Grid, component: Segment[], glyphs: Glyph[], tolerance: number): PageTable | null {
  const { xs, ys } = grid;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const horizontal = component.filter(isHorizontal);
  const vertical = component.filter((s) => !isHorizontal(s));
  const drawn = (lines: Segment[], along: 'x' | 'y', at: number, from: number, to: number): boolean => {
    let covered = 0;
    for (const s of lines) {
      const position = along === 'x' ? s.y0 : s.x0;
      if (Math.abs(position - at) > tolerance) continue;
      const [a, b] = along === 'x' ? [s.x0, s.x1] : [s.y0, s.y1];
      covered += Math.max(0, Math.min(b, to) - Math.max(a, from));
    }
    return covered >= layout.edgeCoverage * (to - from);
  };
  // owner[r][c]: the merged cell a grid position belongs to.
  const owner: number[][] = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c));
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns && !drawn(vertical, 'y', xs[c + 1], ys[r], ys[r + 1])) union(owner[r][c], owner[r][c + 1]);
      if (r + 1 < rows && !drawn(horizontal, 'x', ys[r + 1], xs[c], xs[c + 1])) union(owner[r][c], owner[r + 1][c]);
    }
  }
  const rects = mergedRectangles(rows, columns, (r, c) => find(owner[r][c]));
  const texts = new Map<number, Glyph[]>();
  for (const glyph of glyphs) {
    const r = slot(ys, (glyph.y0 + glyph.y1) / 2);
    const c = slot(xs, (glyph.x0 + glyph.x1) / 2);
    const id = rects.at[r][c];
    texts.set(id, [...(texts.get(id) ?? []), glyph]);
  }
  if (texts.size === 0) return null;
  // A grid that rules the top of some first-row cells and not of others leaves those open: merged cells running on from the page before.
  const topDrawn = xs.slice(0, -1).map((x, c) => drawn(horizontal, 'x', ys[0], x, xs[c + 1]));
  const openTop = (rect: Rect) => rect.r0 === 0 && topDrawn.includes(true) && !topDrawn.slice(rect.c0, rect.c1 + 1).includes(true);
  const cells: TableCell[] = rects.list.map((rect, id) => ({
    row: rect.r0,
    column: rect.c0,
    rowSpan: rect.r1 - rect.r0 + 1,
    colSpan: rect.c1 - rect.c0 + 1,
    bbox: [xs[rect.c0], ys[rect.r0], xs[rect.c1 + 1], ys[rect.r1 + 1]],
    text: cellText(texts.get(id) ?? []),
    ...(openTop(rect) ? { openTop: true } : {}),
  }));
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  const firstColumn = glyphs.filter((g) => slot(xs, (g.x0 + g.x1) / 2) === 0);
  const textLeft = firstColumn.length > 0 ? Math.min(...firstColumn.map((g) => g.x0)) : xs[0];
  return { bbox: grid.bbox, xs, ys, cells, textLeft };
}

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Merged grid positions as rectangles. A merge that is not rectangular (an
 * L-shaped gap in the rulings) takes its bounding rectangle, absorbing what
 * it overlaps, so every position has exactly one cell.
 */
function mergedRectangles(rows: number, columns: number, group: (r: number, c: number) => number): { list: Rect[]; at: number[][] } {
  const byGroup = new Map<number, Rect>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const g = group(r, c);
      const rect = byGroup.get(g);
      if (!rect) byGroup.set(g, { r0: r, c0: c, r1: r, c1: c });
      else Object.assign(rect, { r0: Math.min(rect.r0, r), c0: Math.min(rect.c0, c), r1: Math.max(rect.r1, r), c1: Math.max(rect.c1, c) });
    }
  }
  let list = [...byGroup.values()];
  for (let changed = true; changed; ) {
    changed = false;
    outer: for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1) {
          list[i] = { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
          list = list.filter((_, k) => k !== j);
          changed = true;
          break outer;
        }
      }
    }
  }
  list.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  const at = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  list.forEach((rect, id) => {
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) at[r][c] = id;
  });
  return { list, at };
}

/** The interval of `bounds` that `v` falls in (clamped to the outer ones). */
function slot(bounds: number[], v: number): number {
  let i = 0;
  while (i < bounds.length - 2 && v >= bounds[i + 1]) i++;
  return i;
}

const contains = (b: BBox, x: number, y: number): boolean => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/** A cell's lines top to bottom, joined as soft wraps. */
export function cellText(glyphs: readonly Glyph[]): string {
  return joinWrapped(groupLines(glyphs).map((line) => line.text));
}
