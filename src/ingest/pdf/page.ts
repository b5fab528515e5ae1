// One pdf.js page → its glyphs and rulings in displayed coordinates.
import type { PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Matrix, PageContent } from './geometry.js';
import { clipReader } from './clips.js';
import { walkOperators } from './graphics-state.js';
import { rulingReader } from './rulings.js';
import { glyphsOf } from './text.js';

export async function readPage(page: PDFPageProxy): Promise<PageContent> {
  // Scale 1 keeps PDF points; the viewport applies /Rotate and the crop box origin.
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const items = content.items.filter((item): item is TextItem => 'str' in item);
  const size = { width: viewport.width, height: viewport.height };
  const clips = clipReader(transform);
  const rulings = rulingReader(transform, size);
  walkOperators(operators, [rulings.visit, clips.visit]);
  return {
    number: page.pageNumber,
    ...size,
    glyphs: glyphsOf(items, transform, clips.index()),
    segments: rulings.segments,
  };
}
