// Page geometry shared by the PDF ingester's steps. Every coordinate here is in
// the page's displayed orientation (rotation applied), in PDF points, y growing
// downwards: what a reader sees, and what the document model's bbox promises.
import type { BBox } from '../../model/document.js';

/** A 2-D affine matrix [a, b, c, d, e, f] as PDF and pdf.js write it. */
export type Matrix = [number, number, number, number, number, number];

export const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `n` (pdf.js's Util.transform(n, m)). */
export function multiply(n: Matrix, m: Matrix): Matrix {
  return [
    n[0] * m[0] + n[2] * m[1],
    n[1] * m[0] + n[3] * m[1],
    n[0] * m[2] + n[2] * m[3],
    n[1] * m[2] + n[3] * m[3],
    n[0] * m[4] + n[2] * m[5] + n[4],
    n[1] * m[4] + n[3] * m[5] + n[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** One character with its box. */
export interface Glyph {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Font size in points: the unit for every text tolerance. */
  size: number;
}

/** A horizontal (y0 = y1) or vertical (x0 = x1) ruling line. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const isHorizontal = (s: Segment): boolean => s.y0 === s.y1;

export interface TableCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  bbox: BBox;
  text: string;
  /** A cell printed unruled beside a part ruling only the table's right-hand columns: the merged cell above it on the page before runs on (see unruled-columns.ts). */
  runsOn?: boolean;
  /** A first-row cell whose top the page leaves unruled while ruling the top of others in its row: it may continue the merged cell above on the page before. */
  openTop?: boolean;
}

/** A table found on one page, before tables continued across pages are joined. */
export interface PageTable {
  bbox: BBox;
  /** Column boundaries, left to right (columns + 1 values). */
  xs: number[];
  /** Row boundaries, top to bottom (rows + 1 values). */
  ys: number[];
  /** Cells in reading order (row, then column); each appears once, at its top-left grid position. */
  cells: TableCell[];
  /** Where the text of the first column starts: the table's cell padding made visible. */
  textLeft: number;
}

/** What one page offers the layout steps. */
export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  glyphs: Glyph[];
  segments: Segment[];
}

/**
 * Geometric tolerances grow with the page: a point on an A4 page is not a
 * point on an A3 poster, and Chromium's prints scale the CSS page.
 */
export function pageScale(page: Pick<PageContent, 'width' | 'height'>): number {
  return Math.max(0.5, Math.min(page.width, page.height) / 595);
}
