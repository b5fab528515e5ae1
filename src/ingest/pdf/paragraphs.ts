// Text lines outside tables → the visual paragraphs a reader sees. A paragraph
// ends where the next line is indented (first-line indent), where a line stops
// short of the right margin, at a larger vertical gap, at a change of type
// size, and around centred lines (titles, table captions). A paragraph running
// onto the next page continues there.
import type { Block } from '../../model/document.js';
import type { Line } from './lines.js';
import { joinWrapped } from './lines.js';

export interface PlacedLine {
  line: Line;
  page: number;
}

/** Where body text runs on a page. */
export interface TextFrame {
  left: number;
  right: number;
}

export interface BodyMetrics {
  /** The most common type size of running text. */
  size: number;
  /** The usual blank space between two lines of one paragraph. */
  gap: number;
}

/** The body type size and line gap of the document: the most common ones, weighted by characters. */
export function measureBody(pages: readonly (readonly Line[])[]): BodyMetrics {
  const sizes = new Map<number, number>();
  for (const lines of pages) for (const line of lines) sizes.set(round(line.size), (sizes.get(round(line.size)) ?? 0) + line.glyphs.length);
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 12;
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      if (round(a.size) === size && round(b.size) === size && b.y0 > a.y1) gaps.push(b.y0 - a.y1);
    }
  }
  gaps.sort((a, b) => a - b);
  return { size, gap: gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : size * 0.5 };
}

const round = (v: number): number => Math.round(v * 2) / 2;

/**
 * The page's text frame: the leftmost x where at least two body lines start
 * (continuation lines; first lines are indented) and the commonest right end
 * of the lines that reach the right half.
 */
export function frameOf(lines: readonly Line[], body: BodyMetrics, width: number): TextFrame | null {
  const bodyLines = lines.filter((l) => Math.abs(l.size - body.size) <= body.size * 0.15);
  const count = <T extends number>(values: T[]) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
    return counts;
  };
  const starts = count(bodyLines.map((l) => l.x0));
  const left = [...starts.entries()].filter(([, n]) => n >= 2).map(([x]) => x).sort((a, b) => a - b)[0];
  const ends = count(bodyLines.filter((l) => l.x1 > width / 2).map((l) => l.x1));
  const right = [...ends.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (left === undefined || right === undefined || right <= left) return null;
  return { left, right };
}

const numberedHeading = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.](?!\d))/u;

export function paragraphsOf(lines: readonly PlacedLine[], frames: ReadonlyMap<number, TextFrame>, body: BodyMetrics): Block[] {
  const paragraphs: PlacedLine[][] = [];
  let previous: PlacedLine | null = null;
  for (const current of lines) {
    if (previous && continues(previous, current, frames, body)) paragraphs[paragraphs.length - 1].push(current);
    else paragraphs.push([current]);
    previous = current;
  }
  return paragraphs.map((group) => ({
    type: 'paragraph' as const,
    text: joinWrapped(group.map((p) => p.line.text)),
    page: group[0].page,
  }));
}

function continues(p: PlacedLine, l: PlacedLine, frames: ReadonlyMap<number, TextFrame>, body: BodyMetrics): boolean {
  const a = p.line;
  const b = l.line;
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.15 * size) return false;
  const frameA = frames.get(p.page);
  const frameB = frames.get(l.page);
  if (!frameA || !frameB) return false;
  const full = a.x1 >= frameA.right - 1.5 * a.size;
  const indented = b.x0 > frameB.left + 0.8 * b.size;
  if (numberedHeading.test(b.text.trim()) && /[。；;：:！？!?]$/u.test(a.text.trim())) return false;
  if (l.page !== p.page) return full && !indented;
  const gap = b.y0 - a.y1;
  if (gap > Math.max(body.gap * 1.8, body.gap + 0.6 * size) || gap < -0.3 * size) return false;
  const centredA = centred(a, frameA);
  const centredB = centred(b, frameB);
  // A display title wrapping onto a second, centred line is one paragraph.
  if (centredA || centredB) return centredB && full && a.x0 < frameA.left + 3 * a.size && a.size >= body.size * 1.15;
  return full && !indented;
}

/** Set in the middle of the frame, clear of both its edges. */
function centred(line: Line, frame: TextFrame): boolean {
  const middle = (line.x0 + line.x1) / 2;
  const clear = 1.5 * line.size;
  return Math.abs(middle - (frame.left + frame.right) / 2) < clear && line.x0 > frame.left + clear && line.x1 < frame.right - clear;
}
