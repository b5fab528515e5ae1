// pdf.js text items → one glyph per character, in displayed page coordinates.
// pdf.js gives runs (a string, its origin and total advance); tables need each
// character's position, because one run may cross a cell border.
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { foldCharacters, isWide } from './characters.js';
import { visibleInRun, type ClipIndex } from './clips.js';
import { multiply, type Glyph, type Matrix } from './geometry.js';

/** Share of the em box above the baseline (ascent) and below it (descent). */
const ASCENT = 0.86;
const DESCENT = 0.14;

/**
 * @param viewport the page's viewport transform (rotation, y flip, crop box origin)
 * @param clips where text runs start and the clip in force there: characters outside it are not on the page
 */
export function glyphsOf(items: readonly TextItem[], viewport: Matrix, clips: ClipIndex): Glyph[] {
  const glyphs: Glyph[] = [];
  for (const item of items) {
    const chars = Array.from(foldCharacters(item.str));
    if (chars.length === 0 || !chars.some((c) => c.trim() !== '')) continue;
    const m = multiply(viewport, item.transform as Matrix);
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
        const corners = [
          point(m, along, up, offset, -DESCENT * size),
          point(m, along, up, offset + width, -DESCENT * size),
          point(m, along, up, offset, ASCENT * size),
          point(m, along, up, offset + width, ASCENT * size),
        ];
        const xs = corners.map((c) => c[0]);
        const ys = corners.map((c) => c[1]);
        const glyph = { text, x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys), size };
        const [x, y] = [(glyph.x0 + glyph.x1) / 2, (glyph.y0 + glyph.y1) / 2];
        if (!horizontal || visibleInRun(clips, m[4], m[5], x, y)) glyphs.push(glyph);
      }
      offset += width;
    });
  }
  return withoutOverprint(glyphs);
}

/** The point `a` along the baseline and `u` above it from the run's origin. */
function point(m: Matrix, along: [number, number], up: [number, number], a: number, u: number): [number, number] {
  return [m[4] + along[0] * a + up[0] * u, m[5] + along[1] * a + up[1] * u];
}

/**
 * Fake bold draws a character twice, a fraction of a point apart; shadowed
 * headings do the same. Keep the first drawing of the same character at
 * (almost) the same place.
 */
function withoutOverprint(glyphs: Glyph[]): Glyph[] {
  const seen = new Map<string, Glyph[]>();
  const key = (text: string, x: number, y: number) => `${text}|${x}|${y}`;
  return glyphs.filter((g) => {
    const tolerance = g.size * 0.3;
    const cx = Math.round(g.x0 / tolerance);
    const cy = Math.round(g.y0 / tolerance);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const near = seen.get(key(g.text, cx + dx, cy + dy));
        if (near?.some((h) => Math.abs(h.x0 - g.x0) < tolerance && Math.abs(h.y0 - g.y0) < tolerance)) return false;
      }
    }
    const bucket = key(g.text, cx, cy);
    seen.set(bucket, [...(seen.get(bucket) ?? []), g]);
    return true;
  });
}
