// Where each input's JSON goes: `<input file name>.json`, so the DOCX, PDF and HTML
// renderings of one notice do not collide.
import { basename } from 'node:path';

export const REPORT_FILE = '_report.json';

/**
 * One output name per input, in input order. Inputs sharing a file name (a/x.pdf,
 * b/x.pdf) would overwrite each other: the later ones are numbered (x.pdf~2.json).
 * Depends only on the input list, so a resumed run names files as the first run did.
 */
export function outputNames(inputs: readonly string[]): string[] {
  const taken = new Set<string>([REPORT_FILE]);
  return inputs.map((input) => {
    const name = basename(input);
    let candidate = `${name}.json`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${name}~${n}.json`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
