// Where text is clipped. Spreadsheet exports (WPS 表格) draw a merged cell's
// whole text on every page the cell runs over, each time clipped to that
// page's part of the cell; the text outside the clip is not on the page a
// reader sees, and read anyway it lands in the repeated header or under the
// table. The operator list tells where each text run starts and which clip is
// in force there; getTextContent gives the text. They meet at the run's origin.
import { OPS } from './pdfjs.js';
import type { BBox } from '../../model/document.js';
import { apply, identity, multiply, type Matrix } from './geometry.js';
import { decodeConstructPath } from './path-ops.js';
import type { OperatorVisitor } from './graphics-state.js';

/** The origin (displayed page coordinates) of a text run and the clip box in force when it was drawn. */
export interface ClippedRun {
  x: number;
  y: number;
  clip: BBox;
}

/** Runs by baseline (to the nearest point), left to right. */
export type ClipIndex = Map<number, ClippedRun[]>;

/** Reads, during the page's operator walk, where text runs start and the clip in force there. */
export function clipReader(viewport: Matrix): { visit: OperatorVisitor; index(): ClipIndex } {
  const runs: ClippedRun[] = [];
  let pendingClip = false;
  let line: Matrix = identity;
  let leading = 0;
  const move = (tx: unknown, ty: unknown) => (line = multiply(line, [1, 0, 0, 1, Number(tx) || 0, Number(ty) || 0]));
  // User space → page for the CTM in force, kept while the CTM (an unchanged object until replaced) stays.
  let ctm: Matrix | null = null;
  let toPage: Matrix = identity;
  const pageOf = (state: { ctm: Matrix }) => (state.ctm === ctm ? toPage : ((ctm = state.ctm), (toPage = multiply(viewport, ctm))));
  const visit: OperatorVisitor = (fn, args, state) => {
    switch (fn) {
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        return state;
      case OPS.constructPath: {
        // pdf.js emits the clip operator (W, W*) ahead of the path it clips to.
        if (!pendingClip) return state;
        pendingClip = false;
        const points = decodeConstructPath(args)?.subpaths.flatMap((s) => s.points) ?? [];
        if (points.length === 0) return state;
        const userToPage = pageOf(state);
        const page = points.map(([x, y]) => apply(userToPage, x, y));
        const box: BBox = [Math.min(...page.map((p) => p[0])), Math.min(...page.map((p) => p[1])), Math.max(...page.map((p) => p[0])), Math.max(...page.map((p) => p[1]))];
        return { ...state, clip: state.clip ? intersect(state.clip, box) : box };
      }
      case OPS.beginText:
        line = identity;
        return state;
      case OPS.setTextMatrix:
        line = Array.from(args?.[0] as ArrayLike<number>) as Matrix;
        return state;
      case OPS.setLeading:
        leading = Number(args?.[0]) || 0;
        return state;
      case OPS.setLeadingMoveText:
        leading = -(Number(args?.[1]) || 0);
        move(args?.[0], args?.[1]);
        return state;
      case OPS.moveText:
        move(args?.[0], args?.[1]);
        return state;
      case OPS.nextLine:
        move(0, -leading);
        return state;
      case OPS.showText:
        if (state.clip) {
          const [x, y] = apply(pageOf(state), line[4], line[5]);
          runs.push({ x, y, clip: state.clip });
        }
        return state;
    }
  };
  return { visit, index: () => indexOf(runs) };
}

function indexOf(runs: readonly ClippedRun[]): ClipIndex {
  const index: ClipIndex = new Map();
  for (const run of runs) {
    const line = index.get(Math.round(run.y));
    if (line === undefined) index.set(Math.round(run.y), [run]);
    else line.push(run);
  }
  for (const line of index.values()) line.sort((a, b) => a.x - b.x);
  return index;
}

function intersect(a: BBox, b: BBox): BBox {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/** The run starting at (x, y), if the operator list knows it: the nearest, as overflow text may start a hair away. */
function runAt(index: ClipIndex, x: number, y: number): ClippedRun | null {
  let best: ClippedRun | null = null;
  const distance = (r: ClippedRun) => Math.hypot(r.x - x, r.y - y);
  for (const key of [Math.round(y) - 1, Math.round(y), Math.round(y) + 1]) {
    for (const run of index.get(key) ?? []) {
      if (Math.abs(run.x - x) < 0.5 && Math.abs(run.y - y) < 0.5 && (!best || distance(run) < distance(best))) best = run;
    }
  }
  return best;
}

/**
 * Whether a character of a text item starting at (`startX`, `y`) whose middle
 * is at (`x`, `middleY`) is visible: its run's clip holds it. pdf.js may merge
 * the runs of side-by-side cells into one item, so a character past the right
 * edge of its item's first clip belongs to the run of the next cell when one
 * starts there on the same baseline. Text outside its clip above or below (a
 * merged cell's overflow) stays hidden. Runs the operator list does not know
 * are kept.
 */
export function visibleInRun(index: ClipIndex, startX: number, y: number, x: number, middleY: number): boolean {
  const own = runAt(index, startX, y);
  if (!own || insideClip(own.clip, x, middleY)) return true;
  const [, top, right, bottom] = own.clip;
  if (x <= right || middleY <= top || middleY >= bottom) return false;
  let next: ClippedRun | null = null;
  for (const key of [Math.round(y) - 1, Math.round(y), Math.round(y) + 1]) {
    for (const run of index.get(key) ?? []) {
      if (Math.abs(run.y - y) < 0.5 && run.x >= right - 0.5 && run.x < x && (!next || run.x > next.x)) next = run;
    }
  }
  return next !== null && insideClip(next.clip, x, middleY);
}

/** A character whose middle is on or past the clip's edge is at least half hidden: not read. */
function insideClip(clip: BBox, x: number, y: number): boolean {
  return x > clip[0] && x < clip[2] && y > clip[1] && y < clip[3];
}
