// Walking a pdf.js operator list once with the graphics state its readers
// need: the current transformation matrix through save/restore, `cm` and form
// XObjects, and what the readers keep in it (colours for rulings, the clip).
// Page operator lists run to tens of thousands of operators, nearly all text
// drawing, so every reader of a page shares one walk.
import type { BBox } from '../../model/document.js';
import { OPS } from './pdfjs.js';
import { identity, multiply, type Matrix } from './geometry.js';

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export interface GraphicsState {
  ctm: Matrix;
  /** The clip box in force, in displayed page coordinates (null: the whole page). */
  clip: BBox | null;
  stroke: string;
  fill: string;
}

const initialState: GraphicsState = { ctm: identity, clip: null, stroke: '#000000', fill: '#000000' };

/** One reader's view of an operator: what it returns replaces the state in force (until the enclosing restore). */
export type OperatorVisitor = (fn: number, args: unknown[] | null, state: GraphicsState) => GraphicsState | void;

/**
 * Calls each visitor, in order, for every operator other than the state-keeping
 * ones, with the state in force (as the visitors before it left it).
 */
export function walkOperators(list: OperatorList, visitors: readonly OperatorVisitor[]): void {
  let state = initialState;
  const stack: GraphicsState[] = [];
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
        for (const visit of visitors) state = visit(fn, args, state) ?? state;
    }
  }
}
