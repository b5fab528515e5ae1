// The notices in samples/ as canonical documents for tests, each converted once per
// test run (and per source tree) whichever test files ask for it: the first asker
// converts and writes the JSON into the cache folder of the global setup
// (tests/support/converted-samples.ts), the others read it.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Disclosure } from '../../src/schema/canonical.js';

/** How often a test file waiting for another's conversion looks for the result. */
const POLL_MS = 100;

export function samplePath(name: string): string {
  return fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));
}

const converted = new Map<string, Promise<Disclosure>>();

/** The canonical document of samples/<name> (e.g. `langfang-org-2023.docx`, `real/xian-bangongting-2026-dept-budget.pdf`). */
export function convertSample(name: string): Promise<Disclosure> {
  if (!converted.has(name)) converted.set(name, load(name));
  return converted.get(name)!;
}

async function load(name: string): Promise<Disclosure> {
  const bytes = readFileSync(samplePath(name));
  const target = join(inject('convertedSamples'), `${createHash('sha256').update(bytes).digest('hex')}.json`);
  const lock = `${target}.lock`;
  for (;;) {
    if (existsSync(target)) return JSON.parse(readFileSync(target, 'utf8')) as Disclosure;
    if (takeLock(lock)) break;
    await sleep(POLL_MS);
  }
  try {
    const disclosure = await convert(bytes, basename(name));
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(disclosure));
    renameSync(temporary, target);
    return JSON.parse(readFileSync(target, 'utf8')) as Disclosure;
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Whether this test file may convert the sample: the lock file is created exclusively. */
function takeLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
