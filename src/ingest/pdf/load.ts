// Opening a PDF with pdf.js: the data files Chinese text needs, and pdf.js's
// failures translated into the contract's error codes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InThreadPort } from './in-thread-port.js';
import { getDocument, PDFWorker, WorkerMessageHandler } from './pdfjs.js';
import { ConversionError } from '../../errors.js';

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * Without the CMaps, text in CID fonts with a predefined encoding (UniGB-UCS2-H
 * and the like, common in Chinese notices) silently disappears; without the
 * standard font data, non-embedded base-14 fonts lose their widths. pdf.js in
 * Node reads both with fs, so they are plain directory paths ending in a slash.
 */
const dataPaths = {
  cMapUrl: join(packageDir, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
};

export interface OpeningPdf {
  document: Promise<PDFDocumentProxy>;
  /** Stops loading or parsing and frees the worker's resources. */
  destroy(): Promise<void>;
}

export function openPdf(bytes: Uint8Array): OpeningPdf {
  // pdf.js's worker side runs in this thread, as it does in Node anyway, over a
  // port that does not deep-copy operator lists and keeps fonts from being
  // loaded (in-thread-port.ts). The port is typed as a DOM Worker; pdf.js uses only its messaging.
  const port = new InThreadPort();
  const worker = new PDFWorker({ port: port as never, verbosity: 0 });
  WorkerMessageHandler.initializeFromPort(port);
  const task = getDocument({
    worker,
    // pdf.js transfers the buffer it is given to its worker; the caller keeps its own bytes.
    data: new Uint8Array(bytes),
    ...dataPaths,
    // Fonts are never rendered: no glyph outlines compiled (the port keeps the
    // display side from loading font faces instead), no eval'd glyph programs.
    disableFontFace: false,
    isEvalSupported: false,
    // Images are never read: every image is over this size (in pixels), so pdf.js
    // drops its drawing from the operator list instead of decoding it (with
    // ignoreErrors, pdf.js's default, that is a warning, not a failure).
    maxImageSize: 0,
    useSystemFonts: false,
    verbosity: 0,
  });
  return {
    document: task.promise.catch((error: unknown) => {
      throw loadError(error);
    }),
    destroy: async () => {
      await task.destroy();
      worker.destroy();
      port.terminate();
    },
  };
}

function loadError(error: unknown): ConversionError {
  const name = (error as { name?: string } | null)?.name;
  const message = (error as Error | null)?.message ?? String(error);
  if (name === 'PasswordException') {
    return new ConversionError('ENCRYPTED', 'the PDF is password-protected; remove the password (or get an unprotected copy) and convert that');
  }
  return new ConversionError('CORRUPT_FILE', `the PDF cannot be read (${message}); re-download or re-export the file`);
}
