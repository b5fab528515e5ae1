// pdf.js's text runs (the items of page.getTextContent()) rebuilt from the
// page's operator list. getTextContent parses every content stream a second
// time and maps every string to glyphs again: over half of pdf.js's cost per
// page. The operator list already carries each drawn glyph (its character,
// width and Unicode category) and every text-state operator, so the runs are
// rebuilt here with pdf.js's own rules and arithmetic (PartialEvaluator.
// getTextContent in pdfjs-dist's pdf.worker.mjs, pinned): where a run starts,
// when it ends, where a space is put in, its origin and its advance. Runs, not
// per-glyph positions, because text.ts splits a run's advance among its
// characters and must keep doing so to give the same output.
//
// What the operator list cannot tell, and what is done about it:
// - Text in Type 3 fonts (pdf.js scales their runs by font data the display
//   side lacks) and right-to-left text (pdf.js's bidi reorders it): the page is
//   not rebuilt (null), the caller asks getTextContent.
// - A text matrix and a form's matrix arrive as Float32Array: each number is
//   taken back to the shortest decimal that rounds to it, which is what the
//   content stream wrote when it wrote up to six significant digits (most
//   producers). Where it wrote more, a run's origin moves within float32's
//   precision (under 1e-4 pt on samples/ and the corpus).
// - Image XObjects are dropped from the operator list (load.ts's maxImageSize):
//   getTextContent ends the run in progress at each one, this reading cannot.
// - A Tj of an empty string and a TJ of an empty array look alike: both are
//   taken as the Tj (which moves by the character spacing).
// - setFont names a font by pdf.js's loaded name, not by its resource name:
//   two different fonts of one size under one resource name (a form's and its
//   page's) are told apart here and not by pdf.js, so a run may end elsewhere.
// - Annotations' appearance streams are in the operator list, not in the text.
// On samples/ (1,001 pages) and the corpus (3,358) every rebuilt page has
// pdf.js's runs, string for string, and conversions are byte-identical;
// text-runs.test.ts checks pages of both kinds of producer.
import { normalizeUnicode } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { multiply, type Matrix } from './geometry.js';
import type { OperatorList } from './graphics-state.js';
import { OPS } from './pdfjs.js';

/** What text.ts reads of a pdf.js text item. */
export interface TextRun {
  str: string;
  transform: Matrix;
  /** The run's advance (its height in vertical writing), in user space. */
  width: number;
}

/** What a run needs of a font: pdf.js's display-side font object has these. */
export interface RunFont {
  name: string;
  vertical: boolean;
  fontMatrix?: number[];
  isType3Font: boolean;
}

/** A glyph as pdf.js's operator list carries it (worker-side fonts' Glyph objects, uncopied by in-thread-port.ts). */
interface DrawnGlyph {
  unicode: string;
  width: number;
  vmetric: number[] | null;
  originalCharCode: number;
  category: { isWhitespace: boolean; isZeroWidthDiacritic: boolean; isInvisibleFormatMark: boolean };
}

// pdf.js's constants in getTextContent, in units of the font size.
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** Characters pdf.js's bidi reorders (its R, AL and AN ranges). */
const rightToLeft = /[\u0590-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/u;

/**
 * The shortest decimal a float32 rounds from: the number as the content stream
 * most likely wrote it. A decimal of up to six significant digits is always
 * the one six digits give back (float32 keeps more than that), so the search
 * starts there.
 */
function fromFloat32(v: number): number {
  if (Number.isInteger(v)) return v;
  for (let digits = 6; digits < 10; digits++) {
    const n = Number(v.toPrecision(digits));
    if (Math.fround(n) === v) return n;
  }
  return v;
}

/** pdf.js's TextState: what q saves and Q restores. */
class TextState {
  ctm: number[] = [1, 0, 0, 1, 0, 0];
  fontName: string | null = null;
  fontSize = 0;
  font: RunFont | null = null;
  fontMatrix: number[] = FONT_IDENTITY_MATRIX;
  textMatrix: number[] = [1, 0, 0, 1, 0, 0];
  textLineMatrix: number[] = [1, 0, 0, 1, 0, 0];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    const clone = Object.assign(new TextState(), this);
    clone.textMatrix = this.textMatrix.slice();
    clone.textLineMatrix = this.textLineMatrix.slice();
    return clone;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }

  /**
   * getTextContent's getCurrentTextTransform (Type 3 fonts aside), written into
   * `out`: Util.transform(ctm, Util.transform(textMatrix, [size × scale, 0, 0,
   * size, 0, rise])) term by term, as pdf.js computes it, without two new arrays
   * per glyph.
   */
  textTransform(out: number[]): number[] {
    const t = this.textMatrix;
    const a = this.fontSize * this.textHScale;
    const d = this.fontSize;
    const rise = this.textRise;
    const m0 = t[0] * a + t[2] * 0;
    const m1 = t[1] * a + t[3] * 0;
    const m2 = t[0] * 0 + t[2] * d;
    const m3 = t[1] * 0 + t[3] * d;
    const m4 = t[0] * 0 + t[2] * rise + t[4];
    const m5 = t[1] * 0 + t[3] * rise + t[5];
    const n = this.ctm;
    out[0] = n[0] * m0 + n[2] * m1;
    out[1] = n[1] * m0 + n[3] * m1;
    out[2] = n[0] * m2 + n[2] * m3;
    out[3] = n[1] * m2 + n[3] * m3;
    out[4] = n[0] * m4 + n[2] * m5 + n[4];
    out[5] = n[1] * m4 + n[3] * m5 + n[5];
    return out;
  }
}

/** Thrown inside the walk when the page cannot be rebuilt exactly. */
class NotRebuilt extends Error {}

/**
 * One content stream's run builder (the page's, or a form's: getTextContent
 * reads each form with a fresh one and a copy of the state at its Do).
 */
class RunBuilder {
  state: TextState;
  readonly stack: TextState[] = [];
  /**
   * The font state the run in progress was started under (getTextContent's
   * currentTextState): at first the state the stream starts in, which no
   * operator before the first one pdf.js reads can have changed the font of.
   */
  private current: { fontSize: number; fontName: string | null; font: RunFont | null };
  private initialized = false;
  private str: string[] = [];
  private totalWidth = 0;
  private totalHeight = 0;
  private width = 0;
  private height = 0;
  private vertical = false;
  /** The text transform after the last glyph with an advance (one array, rewritten). */
  private prevTransform: number[] | null = null;
  private readonly scratch = [0, 0, 0, 0, 0, 0];
  private prevTextRise = 0;
  private textAdvanceScale = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private transform: Matrix | null = null;
  private readonly twoLastChars = [' ', ' '];
  private twoLastCharsPos = 0;

  constructor(
    state: TextState,
    private readonly view: readonly number[],
    private readonly runs: TextRun[],
  ) {
    this.state = state;
    this.current = this.snapshot();
  }

  private snapshot() {
    return { fontSize: this.state.fontSize, fontName: this.state.fontName, font: this.state.font };
  }

  private saveLastChar(char: string): boolean {
    const nextPos = (this.twoLastCharsPos + 1) % 2;
    const ret = this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[nextPos] === ' ';
    this.twoLastChars[this.twoLastCharsPos] = char;
    this.twoLastCharsPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[(this.twoLastCharsPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.twoLastChars[0] = this.twoLastChars[1] = ' ';
    this.twoLastCharsPos = 0;
  }

  private ensureRun(): void {
    if (this.initialized) return;
    const state = this.state;
    const trm = (this.transform = state.textTransform([0, 0, 0, 0, 0, 0]) as Matrix);
    if (!state.font!.vertical) {
      this.width = this.totalWidth = 0;
      this.height = this.totalHeight = Math.hypot(trm[2], trm[3]);
      this.vertical = false;
    } else {
      this.width = this.totalWidth = Math.hypot(trm[0], trm[1]);
      this.height = this.totalHeight = 0;
      this.vertical = true;
    }
    const scaleLineX = Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    const scaleCtmX = Math.hypot(state.ctm[0], state.ctm[1]);
    this.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = state;
    this.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.initialized = true;
  }

  updateAdvanceScale(): void {
    if (!this.initialized) return;
    const state = this.state;
    const scaleFactor = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    if (scaleFactor === this.textAdvanceScale) return;
    if (!this.vertical) {
      this.totalWidth += this.width * this.textAdvanceScale;
      this.width = 0;
    } else {
      this.totalHeight += this.height * this.textAdvanceScale;
      this.height = 0;
    }
    this.textAdvanceScale = scaleFactor;
  }

  flush(): void {
    if (!this.initialized) return;
    if (!this.vertical) this.totalWidth += this.width * this.textAdvanceScale;
    else this.totalHeight += this.height * this.textAdvanceScale;
    const str = normalizeUnicode(this.str.join(''));
    if (!this.vertical && rightToLeft.test(str)) throw new NotRebuilt();
    this.runs.push({ str, transform: this.transform!, width: Math.abs(this.vertical ? this.totalHeight : this.totalWidth) });
    this.initialized = false;
    this.str.length = 0;
  }

  private appendEOL(): void {
    this.resetLastChars();
    // An empty run with hasEOL, when none is in progress, is nothing a reader needs.
    if (this.initialized) this.flush();
  }

  /** getTextContent's addFakeSpaces: false when the gap is a space inside the run. */
  private addFakeSpaces(width: number, textOrientation: number): boolean {
    if (textOrientation * this.spaceInFlowMin <= width && width <= textOrientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(' ');
      }
      return false;
    }
    // The gap becomes a whitespace item of its own, which a reader does not need.
    this.flush();
    this.resetLastChars();
    return true;
  }

  private compareWithLastPosition(glyphWidth: number): boolean {
    const state = this.state;
    const font = state.font!;
    const currentTransform = state.textTransform(this.scratch);
    let posX = currentTransform[4];
    let posY = currentTransform[5];
    const view = this.view;
    if (font.vertical) {
      if (posX < view[0] || posX > view[2] || posY + glyphWidth < view[1] || posY > view[3]) return false;
    } else if (posX + glyphWidth < view[0] || posX > view[2] || posY < view[1] || posY > view[3]) {
      return false;
    }
    const prev = this.prevTransform;
    if (!prev) return true;
    let lastPosX = prev[4];
    let lastPosY = prev[5];
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (currentTransform[0] && currentTransform[1] === 0 && currentTransform[2] === 0) {
      rotate = currentTransform[0] > 0 ? 0 : 180;
    } else if (currentTransform[1] && currentTransform[0] === 0 && currentTransform[3] === 0) {
      rotate = currentTransform[1] > 0 ? 90 : 270;
    }
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, currentTransform);
        [lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, prev);
    }
    if (font.vertical) {
      const advanceY = (lastPosY - posY) / this.textAdvanceScale;
      const advanceX = posX - lastPosX;
      const textOrientation = Math.sign(this.height || this.totalHeight);
      if (advanceY < textOrientation * this.negativeSpaceMax) {
        if (Math.abs(advanceX) > 0.5 * this.width) {
          this.appendEOL();
          return true;
        }
        this.resetLastChars();
        this.flush();
        return true;
      }
      if (Math.abs(advanceX) > this.width) {
        this.appendEOL();
        return true;
      }
      if (advanceY <= textOrientation * this.notASpace) this.resetLastChars();
      if (advanceY <= textOrientation * this.trackingSpaceMin) {
        if (this.shouldAddWhitespace()) {
          this.resetLastChars();
          this.flush();
        } else {
          this.height += advanceY;
        }
      } else if (!this.addFakeSpaces(advanceY, textOrientation)) {
        if (this.str.length === 0) this.resetLastChars();
        else this.height += advanceY;
      }
      if (Math.abs(advanceX) > this.width * VERTICAL_SHIFT_RATIO) this.flush();
      return true;
    }
    const advanceX = (posX - lastPosX) / this.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const textOrientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < textOrientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const textRiseDelta = state.textRise - this.prevTextRise;
    const advanceYCorrected = textRiseDelta === 0 ? advanceY : advanceY - (currentTransform[3] / state.fontSize) * textRiseDelta;
    if (Math.abs(advanceYCorrected) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= textOrientation * this.notASpace) this.resetLastChars();
    if (advanceX <= textOrientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
      } else {
        this.width += advanceX;
      }
    } else if (!this.addFakeSpaces(advanceX, textOrientation)) {
      if (this.str.length === 0) this.resetLastChars();
      else this.width += advanceX;
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** getTextContent's buildTextContentItem: `glyphs` null for a string that maps to no glyph. */
  showGlyphs(glyphs: readonly DrawnGlyph[] | null, extraSpacing: number): void {
    const state = this.state;
    const current = this.current;
    if (
      current.fontSize !== state.fontSize ||
      (current.fontName !== state.fontName && (current.font!.name !== state.font!.name || current.font!.vertical !== state.font!.vertical))
    ) {
      this.flush();
      this.current = this.snapshot();
    }
    const font = state.font!;
    const baseCharSpacing = font.vertical ? -state.charSpacing : state.charSpacing;
    if (glyphs === null) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        if (!font.vertical) state.translateTextMatrix(charSpacing * state.textHScale, 0);
        else state.translateTextMatrix(0, -charSpacing);
      }
      return;
    }
    const scale = state.fontMatrix[0] * state.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i];
      const category = glyph.category;
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let glyphWidth = glyph.width;
      if (font.vertical) glyphWidth = glyph.vmetric ? glyph.vmetric[0] : -glyphWidth;
      let scaledDim = glyphWidth * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += state.wordSpacing;
      if (category.isWhitespace) {
        if (!font.vertical) {
          charSpacing += scaledDim;
          state.translateTextMatrix(charSpacing * state.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          state.translateTextMatrix(0, -charSpacing);
        }
        this.saveLastChar(' ');
        continue;
      }
      if (!category.isZeroWidthDiacritic && !this.compareWithLastPosition(scaledDim)) {
        if (!font.vertical) state.translateTextMatrix(scaledDim * state.textHScale, 0);
        else state.translateTextMatrix(0, scaledDim);
        continue;
      }
      this.ensureRun();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      if (!font.vertical) {
        scaledDim *= state.textHScale;
        state.translateTextMatrix(scaledDim, 0);
        this.width += scaledDim;
      } else {
        state.translateTextMatrix(0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        this.height += scaledDim;
      }
      if (scaledDim) {
        this.prevTransform = state.textTransform(this.prevTransform ?? [0, 0, 0, 0, 0, 0]);
        this.prevTextRise = state.textRise;
      }
      if (this.saveLastChar(glyph.unicode)) this.str.push(' ');
      this.str.push(glyph.unicode);
      if (charSpacing) {
        if (!font.vertical) state.translateTextMatrix(charSpacing * state.textHScale, 0);
        else state.translateTextMatrix(0, -charSpacing);
      }
    }
  }

  /** A showText operator's array: glyph runs and (from TJ) spacing numbers. */
  show(elements: readonly (DrawnGlyph | number)[]): void {
    if (elements.length === 0) {
      // A Tj of an empty string (pdf.js moves by the character spacing); TJ [] looks the same.
      this.showGlyphs(null, 0);
      return;
    }
    const state = this.state;
    const spaceFactor = ((state.font!.vertical ? 1 : -1) * state.fontSize) / 1000;
    let buffer: DrawnGlyph[] = [];
    for (const element of elements) {
      if (typeof element !== 'number') buffer.push(element);
      else if (element !== 0) {
        this.showGlyphs(buffer.length > 0 ? buffer : null, element * spaceFactor);
        buffer = [];
      }
    }
    if (buffer.length > 0) this.showGlyphs(buffer, 0);
  }
}

function inverseRotation(x: number, y: number, matrix: readonly number[]): [number, number] {
  const scale = Math.hypot(matrix[0], matrix[1]);
  return [(matrix[0] * x + matrix[1] * y) / scale, (matrix[2] * x + matrix[3] * y) / scale];
}

const num = (v: unknown): number => v as number;

/**
 * The page's text runs in getTextContent's order, or null when this page's
 * text cannot be rebuilt exactly from its operator list (see the top of this file).
 * @param fontOf the display-side font registered under a setFont's loaded name
 * @param view the page's view box (page.view), outside which pdf.js drops glyphs
 */
export function textRunsOf(list: OperatorList, fontOf: (loadedName: string) => RunFont, view: readonly number[]): TextRun[] | null {
  const runs: TextRun[] = [];
  let builder = new RunBuilder(new TextState(), view, runs);
  const forms: RunBuilder[] = [];
  let annotationDepth = 0;
  const { fnArray, argsArray } = list;
  try {
    for (let i = 0; i < fnArray.length; i++) {
      const fn = fnArray[i];
      const args = argsArray[i] as unknown[] | null;
      if (annotationDepth > 0) {
        if (fn === OPS.beginAnnotation) annotationDepth++;
        else if (fn === OPS.endAnnotation) annotationDepth--;
        continue;
      }
      const state = builder.state;
      switch (fn) {
        case OPS.beginAnnotation:
          annotationDepth = 1;
          break;
        case OPS.save:
          builder.stack.push(state);
          builder.state = state.clone();
          break;
        case OPS.restore:
          builder.state = builder.stack.pop() ?? state;
          break;
        case OPS.transform:
          state.ctm = multiply(state.ctm as Matrix, args as unknown as Matrix);
          break;
        case OPS.paintFormXObjectBegin: {
          builder.flush();
          forms.push(builder);
          const formState = state.clone();
          const matrix = args?.[0] as ArrayLike<number> | null;
          if (matrix) formState.ctm = multiply(formState.ctm as Matrix, Array.from(matrix, fromFloat32) as Matrix);
          builder = new RunBuilder(formState, view, runs);
          break;
        }
        case OPS.paintFormXObjectEnd:
          builder.flush();
          builder = forms.pop() ?? builder;
          break;
        case OPS.setFont:
          setFont(state, fontOf(args![0] as string), args![0] as string, num(args![1]));
          break;
        case OPS.setGState:
          for (const [key, value] of args![0] as [string, unknown][]) {
            if (key !== 'Font') continue;
            builder.flush();
            const [loadedName, size] = value as [string, number];
            setFont(state, fontOf(loadedName), null, size);
          }
          break;
        case OPS.setTextRise:
          state.textRise = num(args![0]);
          break;
        case OPS.setHScale:
          state.textHScale = num(args![0]) / 100;
          break;
        case OPS.setLeading:
          state.leading = num(args![0]);
          break;
        case OPS.moveText:
          state.translateTextLineMatrix(num(args![0]), num(args![1]));
          state.textMatrix = state.textLineMatrix.slice();
          break;
        case OPS.setLeadingMoveText:
          state.leading = -num(args![1]);
          state.translateTextLineMatrix(num(args![0]), num(args![1]));
          state.textMatrix = state.textLineMatrix.slice();
          break;
        case OPS.nextLine:
          state.carriageReturn();
          break;
        case OPS.setTextMatrix: {
          const m = Array.from(args![0] as ArrayLike<number>, fromFloat32);
          state.textMatrix = m;
          state.textLineMatrix = m.slice();
          builder.updateAdvanceScale();
          break;
        }
        case OPS.setCharSpacing:
          state.charSpacing = num(args![0]);
          break;
        case OPS.setWordSpacing:
          state.wordSpacing = num(args![0]);
          break;
        case OPS.beginText:
          state.textMatrix = [1, 0, 0, 1, 0, 0];
          state.textLineMatrix = [1, 0, 0, 1, 0, 0];
          break;
        case OPS.showText:
          builder.show(args![0] as (DrawnGlyph | number)[]);
          break;
        case OPS.beginMarkedContent:
        case OPS.beginMarkedContentProps:
        case OPS.endMarkedContent:
          builder.flush();
          break;
      }
    }
    builder.flush();
  } catch (error) {
    if (error instanceof NotRebuilt) return null;
    throw error;
  }
  return runs;
}

function setFont(state: TextState, font: RunFont, fontName: string | null, size: number): void {
  if (font.isType3Font) throw new NotRebuilt();
  state.fontName = fontName;
  state.fontSize = size;
  state.font = font;
  state.fontMatrix = font.fontMatrix ?? FONT_IDENTITY_MATRIX;
}

/** The page's fonts by loaded name, read once each from pdf.js's display-side font objects. */
export function fontsOf(page: PDFPageProxy): (loadedName: string) => RunFont {
  const fonts = new Map<string, RunFont>();
  return (loadedName) => {
    let font = fonts.get(loadedName);
    if (font === undefined) {
      const loaded = page.commonObjs.get(loadedName) as RunFont;
      font = { name: loaded.name, vertical: loaded.vertical, fontMatrix: loaded.fontMatrix, isType3Font: loaded.isType3Font };
      fonts.set(loadedName, font);
    }
    return font;
  };
}
