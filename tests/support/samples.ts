// Converting the notices in samples/ for tests, once per test file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from '../../src/convert.js';
import type { Disclosure } from '../../src/schema/canonical.js';

export function samplePath(name: string): string {
  return fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));
}

const converted = new Map<string, Promise<Disclosure>>();

/** The canonical document of samples/<name> (e.g. `langfang-org-2023.docx`, `real/xian-bangongting-2026-dept-budget.pdf`). */
export function convertSample(name: string): Promise<Disclosure> {
  if (!converted.has(name)) converted.set(name, convert(readFileSync(samplePath(name)), basename(name)));
  return converted.get(name)!;
}
