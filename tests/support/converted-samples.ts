// Vitest global setup for the conversion cache of samples/ (read through
// tests/support/samples.ts): each notice is converted once, by the first test file
// that asks for it, and kept as canonical JSON named by the sample's sha256, so the
// other test files read it instead of converting it again in their own worker.
//
// The cache folder is keyed by the content of everything a conversion depends on
// (the source tree and the lock file): an unchanged tree reuses earlier conversions,
// any change to the code converts afresh.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cacheRoot = join(root, 'node_modules', '.cache', 'disclosure-samples');
/** How long the conversions of another source tree are kept. */
const STALE_CACHE_MS = 24 * 60 * 60 * 1000;

declare module 'vitest' {
  export interface ProvidedContext {
    convertedSamples: string;
  }
}

export default function setup(project: TestProject): void {
  const dir = join(cacheRoot, codeKey());
  // Conversions of trees untouched for a day are of no further use; a newer one may belong to a run going on beside this one.
  if (existsSync(cacheRoot)) {
    for (const entry of readdirSync(cacheRoot)) {
      const path = join(cacheRoot, entry);
      if (path !== dir && Date.now() - statSync(path).mtimeMs > STALE_CACHE_MS) rmSync(path, { recursive: true, force: true });
    }
  }
  mkdirSync(dir, { recursive: true });
  // A lock left by an interrupted run would make its sample wait forever: no test runs yet.
  for (const entry of readdirSync(dir)) if (entry.endsWith('.lock')) rmSync(join(dir, entry), { force: true });
  project.provide('convertedSamples', dir);
}

function codeKey(): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of [...files, join(root, 'package-lock.json')].sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
