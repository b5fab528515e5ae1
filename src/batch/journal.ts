// The run journal (_journal.ndjson): one JSON line per finished input, appended
// the moment it finishes, never rewritten. A killed run leaves it as the record of
// what it finished; each run's report is built from it, so the report covers every
// input ever written into the folder.
import { constants } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { FileOutcome } from './report.js';

/** Every outcome recorded so far, oldest first; a line cut short by a kill is ignored. */
export async function readJournal(path: string): Promise<FileOutcome[]> {
  // O_NOFOLLOW: a link planted at the journal's name is refused, never read through.
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return [];
  const text = await readFile(handle, 'utf8').finally(() => handle.close());
  return text.split('\n').flatMap((line) => {
    try {
      const outcome = JSON.parse(line) as FileOutcome;
      return typeof outcome?.input === 'string' && typeof outcome.status === 'string' ? [outcome] : [];
    } catch {
      return [];
    }
  });
}

export interface Journal {
  /** Appends one outcome as one line (one write, so lines never interleave). */
  append(outcome: FileOutcome): Promise<void>;
  close(): Promise<void>;
}

export async function openJournal(path: string): Promise<Journal> {
  const handle = await open(path, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o644);
  // A line a killed run left unfinished is ended first, so the next line stays whole.
  const { size } = await handle.stat();
  const tail = Buffer.alloc(1);
  if (size > 0) await handle.read(tail, 0, 1, size - 1);
  let last: Promise<unknown> = size > 0 && tail[0] !== 0x0a ? handle.write('\n') : Promise.resolve();
  return {
    append: (outcome) => {
      // Each line waits for the one before, whether or not that one could be written.
      const line = last.catch(() => undefined).then(() => handle.write(`${JSON.stringify(outcome)}\n`));
      last = line;
      return line.then(() => undefined);
    },
    close: async () => {
      await last.catch(() => undefined);
      await handle.close();
    },
  };
}
