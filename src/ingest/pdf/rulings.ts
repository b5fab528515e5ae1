// The page's ruling lines, read from its operator list without rendering.
// Producers draw table borders three ways: stroked segments (LibreOffice, iText),
// stroked rectangle outlines, and thin filled rectangles (Word, WPS, Chromium).
// All three become horizontal or vertical segments on the displayed page.
import { OPS } from './pdfjs.js';
import { apply, multiply, pageScale, type Matrix, type Segment } from './geometry.js';
import type { OperatorVisitor } from './graphics-state.js';
import { decodeConstructPath, type Subpath } from './path-ops.js';
import { layoutSettings as layout } from './layout-settings.js';

const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const fillOps = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);


/**
 * Collects, during the page's operator walk, its ruling segments.
 * @param viewport the page's viewport transform; the CTM starts at identity in user space.
 */
export function rulingReader(viewport: Matrix, page: { width: number; height: number }): { visit: OperatorVisitor; segments: Segment[] } {
  const thin = layout.thinRule * pageScale(page);
  const segments: Segment[] = [];
  const visit: OperatorVisitor = (fn, args, state) => {
    switch (fn) {
      case OPS.setStrokeRGBColor:
        return typeof args?.[0] === 'string' ? { ...state, stroke: args[0] } : state;
      case OPS.setFillRGBColor:
        return typeof args?.[0] === 'string' ? { ...state, fill: args[0] } : state;
      case OPS.constructPath: {
        const path = decodeConstructPath(args);
        if (!path) return state;
        const toPage = multiply(viewport, state.ctm);
        const subpaths = path.subpaths.map((s) => ({ ...s, points: s.points.map(([x, y]) => apply(toPage, x, y)) }));
        if (strokeOps.has(path.paintOp) && !isInvisible(state.stroke)) {
          for (const subpath of subpaths) segments.push(...strokedSegments(subpath));
        }
        if (fillOps.has(path.paintOp) && !isInvisible(state.fill)) {
          for (const subpath of subpaths) {
            const line = thinShape(subpath, thin);
            if (line) segments.push(line);
          }
        }
        return state;
      }
    }
  };
  return { visit, segments };
}

/** White (or nearly) lines draw nothing a reader sees. */
function isInvisible(color: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return match ? match.slice(1).every((hex) => Number.parseInt(hex, 16) >= 0xf0) : false;
}


function strokedSegments(subpath: Subpath): Segment[] {
  const points = subpath.closed ? [...subpath.points, subpath.points[0]] : subpath.points;
  const segments: Segment[] = [];
  for (let k = 1; k < points.length; k++) {
    const segment = axisAligned(points[k - 1], points[k]);
    if (segment) segments.push(segment);
  }
  return segments;
}

function axisAligned([ax, ay]: [number, number], [bx, by]: [number, number]): Segment | null {
  if (Math.abs(ay - by) <= layout.skew && Math.abs(ax - bx) > layout.skew) {
    const y = (ay + by) / 2;
    return { x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y };
  }
  if (Math.abs(ax - bx) <= layout.skew && Math.abs(ay - by) > layout.skew) {
    const x = (ax + bx) / 2;
    return { x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) };
  }
  return null;
}

/**
 * A filled shape no thicker than `thin`, as the line along its middle. Its
 * outline need not be a rectangle: WPS mitres border corners into trapezoids.
 */
function thinShape(subpath: Subpath, thin: number): Segment | null {
  const { points } = subpath;
  if (points.length < 3) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const width = x1 - x0;
  const height = y1 - y0;
  if (height <= thin && width > 2 * height) return { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 };
  if (width <= thin && height > 2 * width) return { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 };
  return null;
}

/**
 * Rulings as a table reader needs them: pieces on one line (a border drawn
 * cell by cell) joined, near-duplicates (a border drawn by both neighbouring
 * cells, double borders) merged onto one coordinate.
 */
export function joinSegments(segments: readonly Segment[], tolerance: number): Segment[] {
  const horizontal = segments.filter((s) => s.y0 === s.y1).map((s) => ({ at: s.y0, from: s.x0, to: s.x1 }));
  const vertical = segments.filter((s) => s.x0 === s.x1).map((s) => ({ at: s.x0, from: s.y0, to: s.y1 }));
  return [
    ...joinCollinear(horizontal, tolerance).map(({ at, from, to }) => ({ x0: from, y0: at, x1: to, y1: at })),
    ...joinCollinear(vertical, tolerance).map(({ at, from, to }) => ({ x0: at, y0: from, x1: at, y1: to })),
  ];
}

interface Span1D {
  at: number;
  from: number;
  to: number;
}

function joinCollinear(lines: Span1D[], tolerance: number): Span1D[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  // Snap: lines within tolerance of a group's first line share its mean coordinate.
  const groups: Span1D[][] = [];
  for (const line of sorted) {
    const group = groups[groups.length - 1];
    if (group && line.at - group[0].at <= tolerance) group.push(line);
    else groups.push([line]);
  }
  const joined: Span1D[] = [];
  for (const group of groups) {
    const at = group.reduce((sum, l) => sum + l.at, 0) / group.length;
    const pieces = [...group].sort((a, b) => a.from - b.from);
    let current: Span1D | null = null;
    for (const piece of pieces) {
      if (current && piece.from <= current.to + tolerance) current.to = Math.max(current.to, piece.to);
      else {
        current = { at, from: piece.from, to: piece.to };
        joined.push(current);
      }
    }
  }
  return joined;
}
