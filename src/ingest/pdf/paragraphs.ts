// Text lines outside tables → the visual paragraphs a reader sees. A paragraph
// ends where the next line is indented (first-line indent), where a line stops
// short of the right margin, at a larger vertical gap, at a change of type
// size, and around centred lines (titles, table captions). A paragraph running
// onto the next page continues there.
import type { Block } from '../../model/document.js';
import type { Line } from './lines.js';
import { joinWrapped } from './lines.js';
import { layoutSettings as layout } from './layout-settings.js';

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
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? layout.defaultBodySize;
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      if (round(a.size) === size && round(b.size) === size && b.y0 > a.y1) gaps.push(b.y0 - a.y1);
    }
  }
  gaps.sort((a, b) => a - b);
  return { size, gap: gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : size * layout.defaultLineGap };
}

const round = (v: number): number => Math.round(v * 2) / 2;

/**
 * The text frame of pages of one size: the commonest right end of body lines
 * (most lines of prose run full), and the commonest start of the lines that
 * run full (continuation lines; first lines are indented). A document of short
 * lines only (a contents page, tables) falls back to its outermost lines.
 */
export function frameOf(lines: readonly Line[], body: BodyMetrics): TextFrame | null {
  const bodyLines = lines.filter((l) => Math.abs(l.size - body.size) <= body.size * layout.sizeTolerance);
  if (bodyLines.length === 0) return null;
  const right = mode(bodyLines.map((l) => l.x1));
  const full = bodyLines.filter((l) => Math.abs(l.x1 - right) <= body.size);
  const left = full.length >= layout.frameMinLines ? mode(full.map((l) => l.x0)) : Math.min(...bodyLines.map((l) => l.x0));
  if (full.length >= layout.frameMinLines && right > left) return { left, right };
  const outerRight = Math.max(...bodyLines.map((l) => l.x1));
  return outerRight > left ? { left, right: outerRight } : null;
}

/** The most frequent value to the nearest point (the larger one on a tie). */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

const numberedHeading = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.](?!\d))/u;

export function paragraphsOf(lines: readonly PlacedLine[], frames: ReadonlyMap<number, TextFrame>, body: BodyMetrics): Block[] {
  const paragraphs: PlacedLine[][] = [];
  const covers = coverPages(lines, body);
  let previous: PlacedLine | null = null;
  for (const current of lines) {
    const joined = previous && (onCover(previous, current, covers, frames) || continues(previous, current, frames, body));
    if (joined) paragraphs[paragraphs.length - 1].push(current);
    else paragraphs.push([current]);
    previous = current;
  }
  return paragraphs.map((group) => ({
    type: 'paragraph' as const,
    text: joinWrapped(group.map((p) => p.line.text)),
    page: group[0].page,
  }));
}

/** Pages with display type only: a cover, whose centred lines are one title however far apart. */
function coverPages(lines: readonly PlacedLine[], body: BodyMetrics): Set<number> {
  const pages = new Set(lines.map((l) => l.page));
  for (const { line, page } of lines) if (line.size < body.size * layout.displaySize) pages.delete(page);
  return pages;
}

function onCover(p: PlacedLine, l: PlacedLine, covers: Set<number>, frames: ReadonlyMap<number, TextFrame>): boolean {
  if (p.page !== l.page || !covers.has(p.page)) return false;
  const frame = frames.get(p.page);
  const size = Math.max(p.line.size, l.line.size);
  return (
    !!frame &&
    Math.abs(p.line.size - l.line.size) <= layout.sizeTolerance * size &&
    centred(p.line, frame) &&
    centred(l.line, frame) &&
    !coverDate.test(l.line.text.replace(/\s+/gu, ''))
  );
}

/** The date a cover prints under the title (二〇二六年三月, 2026年3月). */
const coverDate = /^[〇零一二三四五六七八九十\d]{4}年[〇一二三四五六七八九十\d]{1,2}月(?:[〇一二三四五六七八九十\d]{1,3}日)?$/u;

function continues(p: PlacedLine, l: PlacedLine, frames: ReadonlyMap<number, TextFrame>, body: BodyMetrics): boolean {
  const a = p.line;
  const b = l.line;
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > layout.sizeTolerance * size) return false;
  const frameA = frames.get(p.page);
  const frameB = frames.get(l.page);
  if (!frameA || !frameB) return false;
  const full = a.x1 >= frameA.right - layout.fullLine * a.size;
  const indented = b.x0 > frameB.left + layout.firstLineIndent * b.size;
  if (numberedHeading.test(b.text.trim()) && /[。；;：:！？!?]$/u.test(a.text.trim())) return false;
  // Over a page break: a full last line that closes a sentence most likely closes the paragraph too.
  if (l.page !== p.page) return full && !indented && frameA === frameB && !/[。！？!?]$/u.test(a.text.trim());
  const gap = b.y0 - a.y1;
  if (gap > Math.max(body.gap * layout.paragraphGap, body.gap + layout.paragraphGapExtra * size) || gap < -layout.lineOverlap * size) return false;
  const centredA = centred(a, frameA);
  const centredB = centred(b, frameB);
  // A display title set on several centred lines (or wrapping onto one) is one paragraph.
  if (centredA || centredB) {
    const display = a.size >= body.size * layout.displaySize;
    return display && centredB && (centredA || (full && a.x0 < frameA.left + layout.titleIndent * a.size));
  }
  return full && !indented;
}

/** Set in the middle of the frame, clear of both its edges (by a twentieth of its width). */
function centred(line: Line, frame: TextFrame): boolean {
  const middle = (line.x0 + line.x1) / 2;
  const clear = (frame.right - frame.left) / layout.centredClearanceDivisor;
  return Math.abs(middle - (frame.left + frame.right) / 2) < layout.centred * line.size && line.x0 > frame.left + clear && line.x1 < frame.right - clear;
}
