// One pdf.js page → its glyphs and rulings in displayed coordinates.
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { Matrix, PageContent } from './geometry.js';
import { clipReader } from './clips.js';
import { walkOperators } from './graphics-state.js';
import { rulingReader } from './rulings.js';
import { glyphsOf } from './text.js';
import { fontsOf, textRunsOf, type TextRun } from './text-runs.js';

export async function readPage(page: PDFPageProxy): Promise<PageContent> {
  // Scale 1 keeps PDF points; the viewport applies /Rotate and the crop box origin.
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const operators = await page.getOperatorList();
  const runs = textRunsOf(operators, fontsOf(page), page.view) ?? (await textContentRuns(page));
  const size = { width: viewport.width, height: viewport.height };
  const clips = clipReader(transform);
  const rulings = rulingReader(transform, size);
  walkOperators(operators, [rulings.visit, clips.visit]);
  return {
    number: page.pageNumber,
    ...size,
    glyphs: glyphsOf(runs, transform, clips.index()),
    segments: rulings.segments,
  };
}

/** pdf.js's own text runs, for the pages text-runs.ts cannot rebuild. */
async function textContentRuns(page: PDFPageProxy): Promise<TextRun[]> {
  const content = await page.getTextContent();
  return content.items.flatMap((item) => ('str' in item ? [{ str: item.str, transform: item.transform as Matrix, width: item.width }] : []));
}
