// pdf.js text runs → one glyph per character, in displayed page coordinates.
// pdf.js gives runs (a string, its origin and total advance); tables need each
// character's position, because one run may cross a cell border.
import { foldCharacters, isWide } from './characters.js';
import { visibleInRun, type ClipIndex } from './clips.js';
import { multiply, type Glyph, type Matrix } from './geometry.js';
import { layoutSettings as layout } from './layout-settings.js';
import type { TextRun } from './text-runs.js';


/**
 * @param viewport the page's viewport transform (rotation, y flip, crop box origin)
 * @param clips where text runs start and the clip in force there: characters outside it are not on the page
 */
export function glyphsOf(items: readonly TextRun[], viewport: Matrix, clips: ClipIndex): Glyph[] {
  const glyphs: Glyph[] = [];
  for (const item of items) {
    const chars = Array.from(foldCharacters(item.str));
    if (chars.length === 0 || !chars.some((c) => c.trim() !== '')) continue;
    const m = multiply(viewport, item.transform);
    const size = Math.hypot(m[2], m[3]);
    const scaleX = Math.hypot(m[0], m[1]);
    if (size === 0 || scaleX === 0) continue;
    // Unit vectors of the advance direction and of "up" on the displayed page.
    const along: [number, number] = [m[0] / scaleX, m[1] / scaleX];
    const up: [number, number] = [m[2] / size, m[3] / size];
    // Vertical writing advances downwards; its item.width is then the run's height.
    const advance = item.width > 0 ? item.width : size * chars.length;
    // Clips are looked up for text running left to right on the displayed page only.
    const horizontal = Math.abs(along[1]) < 1e-3 && along[0] > 0;
    const weights = chars.map((c) => (isWide(c) ? 1 : 0.5));
    const total = weights.reduce((a, b) => a + b, 0);
    let offset = 0;
    chars.forEach((text, i) => {
      const width = (advance * weights[i]) / total;
      if (text.trim() !== '') {
        // The box's corners: `offset`/`offset + width` along the baseline, the descent below and the ascent above it.
        const below = -layout.descent * size;
        const above = layout.ascent * size;
        const end = offset + width;
        const ax = m[4] + along[0] * offset + up[0] * below;
        const ay = m[5] + along[1] * offset + up[1] * below;
        const bx = m[4] + along[0] * end + up[0] * below;
        const by = m[5] + along[1] * end + up[1] * below;
        const cx = m[4] + along[0] * offset + up[0] * above;
        const cy = m[5] + along[1] * offset + up[1] * above;
        const dx = m[4] + along[0] * end + up[0] * above;
        const dy = m[5] + along[1] * end + up[1] * above;
        const glyph = { text, x0: Math.min(ax, bx, cx, dx), y0: Math.min(ay, by, cy, dy), x1: Math.max(ax, bx, cx, dx), y1: Math.max(ay, by, cy, dy), size };
        if (!horizontal || visibleInRun(clips, m[4], m[5], (glyph.x0 + glyph.x1) / 2, (glyph.y0 + glyph.y1) / 2)) glyphs.push(glyph);
      }
      offset += width;
    });
  }
  return withoutOverprint(glyphs);
}

/**
 * Fake bold draws a character twice, a fraction of a point apart; shadowed
 * headings do the same. Keep the first drawing of the same character at
 * (almost) the same place.
 */
function withoutOverprint(glyphs: Glyph[]): Glyph[] {
  // Kept glyphs by text, then by grid cell (x, then y) of their own tolerance.
  const seen = new Map<string, Map<number, Map<number, Glyph[]>>>();
  return glyphs.filter((g) => {
    const tolerance = g.size * layout.sameLine;
    const cx = Math.round(g.x0 / tolerance);
    const cy = Math.round(g.y0 / tolerance);
    let columns = seen.get(g.text);
    if (columns === undefined) {
      columns = new Map();
      seen.set(g.text, columns);
    }
    for (let dx = -1; dx <= 1; dx++) {
      const column = columns.get(cx + dx);
      if (column === undefined) continue;
      for (let dy = -1; dy <= 1; dy++) {
        const near = column.get(cy + dy);
        if (near?.some((h) => Math.abs(h.x0 - g.x0) < tolerance && Math.abs(h.y0 - g.y0) < tolerance)) return false;
      }
    }
    let column = columns.get(cx);
    if (column === undefined) {
      column = new Map();
      columns.set(cx, column);
    }
    const cell = column.get(cy);
    if (cell === undefined) column.set(cy, [g]);
    else cell.push(g);
    return true;
  });
}
