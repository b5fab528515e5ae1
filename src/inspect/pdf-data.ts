// The pdf.js data files one PDF needs to be drawn — the predefined CMaps of its
// CID fonts (UniGB-UCS2-H …) and the standard font data of fonts it does not
// embed — found by letting pdf.js load every font of the pages to draw and
// noting what it asks for. All the CMaps together are 1.7 MB; a notice needs a
// few kilobytes of them, so only those go into the review page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from '../ingest/pdf/pdfjs.js';

export const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const folders = { cMapUrl: 'cmaps', standardFontDataUrl: 'standard_fonts' } as const;
type Kind = keyof typeof folders;

export interface PdfData {
  /** File name (`UniGB-UCS2-H.bcmap`) → bytes. */
  cMaps: Map<string, Uint8Array>;
  standardFonts: Map<string, Uint8Array>;
  /** Page number → its size in points as displayed (rotation applied), the space of cell bboxes. */
  pageSizes: Map<number, { width: number; height: number }>;
}

export async function pdfDataFor(bytes: Uint8Array, pages: readonly number[]): Promise<PdfData> {
  const data: PdfData = { cMaps: new Map(), standardFonts: new Map(), pageSizes: new Map() };
  // pdf.js instantiates the factory itself; it records into `data` through this closure.
  class RecordingFactory {
    async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
      const file = new Uint8Array(await readFile(join(pdfjsDir, folders[kind], filename)));
      (kind === 'cMapUrl' ? data.cMaps : data.standardFonts).set(filename, file);
      return file;
    }
  }
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    standardFontDataUrl: 'standard_fonts/',
    BinaryDataFactory: RecordingFactory,
    useWorkerFetch: false,
    // As the browser draws it: system fonts are not used, so every non-embedded font asks for its data.
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    useWasm: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    for (const number of pages) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      data.pageSizes.set(number, { width, height });
      // Building the operator list loads every font the page draws with.
      await page.getOperatorList();
    }
  } finally {
    await task.destroy();
  }
  return data;
}
