// Bytes in, document model out: the only place that knows which format a notice came in.
import type { DocumentModel } from '../model/document.js';
import { detectFormat, type SourceFormat } from './detect.js';
import { readDocx } from './docx/read-docx.js';
import { readHtml } from './html/read-html.js';
import { readPdf } from './pdf/read-pdf.js';

export interface IngestOptions {
  /** Milliseconds one file may take before it fails with TIMEOUT. */
  timeoutMs: number;
}

export interface Ingested {
  format: SourceFormat;
  model: DocumentModel;
}

export async function ingest(bytes: Uint8Array, options: IngestOptions): Promise<Ingested> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'docx':
      return { format, model: await readDocx(bytes) };
    case 'pdf':
      return { format, model: await readPdf(bytes, options.timeoutMs) };
    case 'html':
      return { format, model: readHtml(bytes) };
  }
}
