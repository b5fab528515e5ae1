// The shape of pdf.js's `constructPath` operator, which pdf.js does not export
// and which changed within 5.x. In 5.6 (worker: PartialEvaluator.buildPath and
// the stroke/fill case of getOperatorList) its arguments are
//   [paintOp, [Float32Array | null], minMax | null]
// where paintOp is the OPS code that paints the path (stroke, fill, endPath …)
// and the buffer is a flat list of drawing commands, each followed by its
// coordinates in the current user space:
//   0 moveTo x y · 1 lineTo x y · 2 curveTo x1 y1 x2 y2 x y ·
//   3 quadraticCurveTo x1 y1 x y · 4 closePath
// A rectangle `re` arrives as moveTo, three lineTo and closePath. Anything else
// is refused here instead of misread: a later pdf.js must fail this file's test.

export const DrawOp = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** A subpath as its vertices; curves keep only their end points (rulings are straight). */
export interface Subpath {
  points: [number, number][];
  closed: boolean;
}

export interface DecodedPath {
  paintOp: number;
  subpaths: Subpath[];
}

export function decodeConstructPath(args: unknown): DecodedPath | null {
  if (!Array.isArray(args) || typeof args[0] !== 'number' || !Array.isArray(args[1])) return null;
  const buffer: unknown = args[1][0];
  if (buffer === null || buffer === undefined) return { paintOp: args[0], subpaths: [] };
  if (!(buffer instanceof Float32Array) && !Array.isArray(buffer)) return null;
  const data = buffer as ArrayLike<number>;
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  const at = (k: number): [number, number] => [data[k], data[k + 1]];
  for (let k = 0; k < data.length; ) {
    switch (data[k++]) {
      case DrawOp.moveTo:
        current = { points: [at(k)], closed: false };
        subpaths.push(current);
        k += 2;
        break;
      case DrawOp.lineTo:
        current = extend(current, subpaths, at(k));
        k += 2;
        break;
      case DrawOp.curveTo:
        current = extend(current, subpaths, at(k + 4));
        k += 6;
        break;
      case DrawOp.quadraticCurveTo:
        current = extend(current, subpaths, at(k + 2));
        k += 4;
        break;
      case DrawOp.closePath:
        if (current) current.closed = true;
        current = current ? { points: [current.points[0]], closed: false } : null;
        if (current) subpaths.push(current);
        break;
      default:
        return null;
    }
  }
  return { paintOp: args[0], subpaths: subpaths.filter((s) => s.points.length > 1) };
}

function extend(current: Subpath | null, subpaths: Subpath[], point: [number, number]): Subpath {
  if (current) {
    current.points.push(point);
    return current;
  }
  const started: Subpath = { points: [point], closed: false };
  subpaths.push(started);
  return started;
}
