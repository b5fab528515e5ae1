// Glyphs → text lines, and lines → one text the way a reader joins them.
import type { Glyph } from './geometry.js';
import { layoutSettings as layout } from './layout-settings.js';

export interface Line {
  glyphs: Glyph[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The dominant font size of the line. */
  size: number;
  text: string;
}

/**
 * Glyphs sharing a baseline band, left to right. A glyph joins a line when its
 * vertical middle falls inside the line's band, so a bold run a hair lower or
 * a mixed-font line still reads as one line.
 */
export function groupLines(glyphs: readonly Glyph[]): Line[] {
  const sorted = [...glyphs].sort((a, b) => middle(a) - middle(b) || a.x0 - b.x0);
  const bands: Glyph[][] = [];
  let band: Glyph[] = [];
  let top = 0;
  let bottom = 0;
  for (const glyph of sorted) {
    const m = middle(glyph);
    if (band.length > 0 && m >= top && m <= bottom) {
      band.push(glyph);
    } else {
      band = [glyph];
      bands.push(band);
      // The band is the first glyph's middle ± a third of its size.
      top = m - glyph.size / layout.glyphBandDivisor;
      bottom = m + glyph.size / layout.glyphBandDivisor;
    }
  }
  return bands.map(toLine).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

const middle = (g: Glyph): number => (g.y0 + g.y1) / 2;

export function toLine(glyphs: Glyph[]): Line {
  const sorted = [...glyphs].sort((a, b) => a.x0 - b.x0);
  const sizes = sorted.map((g) => g.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)];
  let text = '';
  sorted.forEach((g, i) => {
    // A visible gap between two characters is a space (cleanText drops it again beside CJK).
    if (i > 0 && g.x0 - sorted[i - 1].x1 > size * layout.wordGap) text += ' ';
    text += g.text;
  });
  return {
    glyphs: sorted,
    x0: Math.min(...sorted.map((g) => g.x0)),
    y0: Math.min(...sorted.map((g) => g.y0)),
    x1: Math.max(...sorted.map((g) => g.x1)),
    y1: Math.max(...sorted.map((g) => g.y1)),
    size,
    text,
  };
}

/**
 * Soft-wrapped lines joined: CJK text and a number or code broken inside a
 * narrow cell (`6,546` / `.82`, `一级指` / `标`) continue without a space;
 * only a break between two Latin words keeps one.
 */
export function joinWrapped(texts: readonly string[]): string {
  let joined = '';
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    if (joined && /[A-Za-z]$/.test(joined) && /^[A-Za-z]/.test(text)) joined += ' ';
    joined += text;
  }
  return joined;
}

export interface Piece {
  x0: number;
  x1: number;
  text: string;
}

/** A line split where its words stand more than two characters apart: the cells of a row without rulings. */
export function piecesOf(line: Line): Piece[] {
  const pieces: Piece[] = [];
  line.glyphs.forEach((g, i) => {
    const gap = i === 0 ? Infinity : g.x0 - line.glyphs[i - 1].x1;
    const last = pieces[pieces.length - 1];
    // `!last`: with a NaN size (a damaged font matrix) no gap compares greater, not even the first.
    if (!last || gap > 2 * line.size) pieces.push({ x0: g.x0, x1: g.x1, text: g.text });
    else {
      last.text += gap > layout.wordGap * line.size ? ` ${g.text}` : g.text;
      last.x1 = g.x1;
    }
  });
  return pieces;
}
