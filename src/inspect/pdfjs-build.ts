// pdf.js's browser build (library and worker), gzipped for the review page: a
// page opened from disk cannot load modules or workers from files beside it,
// so both travel inside it and the page unpacks them (DecompressionStream).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pdfjsDir } from './pdf-data.js';

export interface PdfjsBuild {
  library: Uint8Array;
  worker: Uint8Array;
}

export async function pdfjsBrowserBuild(): Promise<PdfjsBuild> {
  const [library, worker] = await Promise.all(['pdf.min.mjs', 'pdf.worker.min.mjs'].map((file) => readFile(join(pdfjsDir, 'build', file))));
  return { library: gzipSync(library, { level: 9 }), worker: gzipSync(worker, { level: 9 }) };
}
