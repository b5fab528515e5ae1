// What an output folder already holds: the sha256 of the source of every canonical
// JSON in it, by file name. Outputs are written atomically, so any file present is
// complete; links and other non-files are not outputs and are never read through.
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_FILE } from './output-names.js';

export const NOT_AN_OUTPUT = '';

/** `source.sha256` is among the first keys of every output; reading the head avoids parsing whole files. */
const HEAD_BYTES = 4096;
const shaInHead = /"source"\s*:\s*\{[^{}]*?"sha256"\s*:\s*"([0-9a-f]{64})"/u;

/**
 * Every `.json` name in the folder → the sha256 of the source its canonical JSON
 * holds, or NOT_AN_OUTPUT (a link, a folder, someone else's JSON): such a name is
 * taken all the same, never overwritten.
 */
export async function existingOutputs(outDir: string): Promise<Map<string, string>> {
  const names = (await readdir(outDir)).filter((name) => name.endsWith('.json') && name !== REPORT_FILE).sort();
  const byName = new Map<string, string>();
  for (const name of names) {
    const path = join(outDir, name);
    const sha = (await lstat(path)).isFile() ? await sourceSha256(path) : null;
    byName.set(name, sha ?? NOT_AN_OUTPUT);
  }
  return byName;
}

async function sourceSha256(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const match = shaInHead.exec(head);
  if (match) return match[1];
  // Not in the head (another writer's layout): read the whole file once.
  try {
    const sha = (JSON.parse(await readFile(path, 'utf8')) as { source?: { sha256?: unknown } })?.source?.sha256;
    return typeof sha === 'string' ? sha : null;
  } catch {
    return null;
  }
}
