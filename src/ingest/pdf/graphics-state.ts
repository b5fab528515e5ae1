// Walking a pdf.js operator list with the graphics state a reader of paths
// needs: the current transformation matrix through save/restore, `cm` and
// form XObjects, plus whatever state the caller keeps beside it (colours, clip).
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { multiply, type Matrix } from './geometry.js';

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/**
 * Calls `visit` for every operator other than the state-keeping ones, with the
 * state in force; what `visit` returns replaces that state (until the
 * enclosing restore).
 */
export function walkOperators<S extends { ctm: Matrix }>(
  list: OperatorList,
  initial: S,
  visit: (fn: number, args: unknown[] | null, state: S) => S | void,
): void {
  let state = initial;
  const stack: S[] = [];
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(state);
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state = { ...state, ctm: multiply(state.ctm, args as unknown as Matrix) };
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push(state);
        const matrix = args?.[0] as ArrayLike<number> | null;
        if (matrix && matrix.length === 6) state = { ...state, ctm: multiply(state.ctm, Array.from(matrix) as Matrix) };
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      default:
        state = visit(fn, args, state) ?? state;
    }
  }
}
