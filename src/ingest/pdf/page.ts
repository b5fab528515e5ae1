// One pdf.js page → its glyphs and rulings in displayed coordinates.
import type { PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Matrix, PageContent } from './geometry.js';
import { clippedRuns } from './clips.js';
import { rulingsOf } from './rulings.js';
import { glyphsOf } from './text.js';

export async function readPage(page: PDFPageProxy): Promise<PageContent> {
  // Scale 1 keeps PDF points; the viewport applies /Rotate and the crop box origin.
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const items = content.items.filter((item): item is TextItem => 'str' in item);
  const size = { width: viewport.width, height: viewport.height };
  return {
    number: page.pageNumber,
    ...size,
    glyphs: glyphsOf(items, transform, clippedRuns(operators, transform)),
    segments: rulingsOf(operators, transform, size),
  };
}
