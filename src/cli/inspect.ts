// `disclosure inspect`: a notice (and its canonical JSON, or converted on the
// way) → one self-contained HTML review page laying the records over the pages.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { convert } from '../convert.js';
import { detectFormat } from '../ingest/detect.js';
import { parsePageRange } from '../inspect/page-range.js';
import { renderReviewPage } from '../inspect/page-html.js';
import { pdfDataFor } from '../inspect/pdf-data.js';
import { pdfjsBrowserBuild } from '../inspect/pdfjs-build.js';
import { reviewModel } from '../inspect/review-model.js';
import { loadDisclosure, UnusableInput } from './compare.js';
import { writeFileAtomic } from './write-atomic.js';

export interface InspectOptions {
  outDir: string;
  json: string | null;
  pages: string | null;
  timeoutMs: number;
}

/** Writes `<outDir>/<notice file name>.review.html` and returns its path. */
export async function inspectNotice(noticePath: string, options: InspectOptions): Promise<string> {
  const bytes = new Uint8Array(
    await readFile(noticePath).catch((error: NodeJS.ErrnoException) => {
      throw new UnusableInput(`cannot read ${noticePath} (${error.code ?? error.message})`);
    }),
  );
  if (options.pages !== null && detectFormat(bytes) !== 'pdf') throw new UnusableInput('--pages applies to PDF notices only');
  const disclosure = options.json ? await loadDisclosure(options.json, options.timeoutMs) : await convert(bytes, basename(noticePath), { timeoutMs: options.timeoutMs });
  // The cells' pages and boxes are only true of the file they were read from.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (disclosure.source.sha256 !== sha256) throw new UnusableInput(`${options.json} was converted from another file than ${noticePath} (sha256 differs)`);
  const isPdf = disclosure.source.format === 'pdf';
  let pages: number[] | null = null;
  try {
    pages = options.pages === null ? null : parsePageRange(options.pages, disclosure.source.pages ?? 0);
  } catch (error) {
    throw new UnusableInput(`--pages: ${(error as Error).message}`);
  }
  const model = reviewModel(disclosure, pages);
  const pdf = isPdf ? { bytes, data: await pdfDataFor(bytes, model.pages), pdfjs: await pdfjsBrowserBuild() } : null;
  await mkdir(options.outDir, { recursive: true });
  const out = join(options.outDir, `${basename(noticePath)}.review.html`);
  await writeFileAtomic(out, renderReviewPage(model, pdf));
  return out;
}
