// What an output folder already holds, for --resume: the sha256 of the source of
// every canonical JSON in it. Outputs are written atomically, so any file present
// is complete.
import { open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_FILE } from './output-names.js';

/** `source.sha256` is among the first keys of every output; reading the head avoids parsing whole files. */
const HEAD_BYTES = 4096;
const shaInHead = /"source"\s*:\s*\{[^{}]*?"sha256"\s*:\s*"([0-9a-f]{64})"/u;

/** sha256 of the source → output file name, for every canonical JSON in the folder. */
export async function existingOutputs(outDir: string): Promise<Map<string, string>> {
  const names = (await readdir(outDir).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.json') && name !== REPORT_FILE)
    .sort();
  const bySha = new Map<string, string>();
  for (const name of names) {
    const sha = await sourceSha256(join(outDir, name));
    if (sha && !bySha.has(sha)) bySha.set(sha, name);
  }
  return bySha;
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

/** Temporary files left by an interrupted run (`x.json.<pid>.tmp` of a process that is gone). */
export async function removeStaleTemporaryFiles(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = /\.json\.(\d+)\.tmp$/u.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  await Promise.all(stale.map((name) => unlink(join(outDir, name)).catch(() => undefined)));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
