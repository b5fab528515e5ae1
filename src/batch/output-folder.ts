// Taking the -o folder for a run: it must be a folder this process can write,
// and no other run may be writing into it (a lock file holding the owner's pid).
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMPORARY_PREFIX } from '../cli/write-atomic.js';
import { LOCK_FILE } from './output-names.js';

/** The output folder cannot be used: the run stops before converting anything. */
export class OutputFolderError extends Error {}

export interface OutputFolder {
  release(): Promise<void>;
}

export async function takeOutputFolder(outDir: string): Promise<OutputFolder> {
  const info = await stat(outDir).catch(() => null);
  if (info && !info.isDirectory()) {
    throw new OutputFolderError(`-o ${outDir} is a file, not a folder; name a folder (it is created if missing)`);
  }
  await mkdir(outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new OutputFolderError(`cannot create the output folder ${outDir} (${error.code ?? error.message})`);
  });
  const lock = join(outDir, LOCK_FILE);
  await lockFolder(outDir, lock);
  await removeTemporaryFiles(outDir);
  return { release: () => unlink(lock).catch(() => undefined) };
}

/** Creates the lock exclusively; a lock left by a process that is gone is taken over once. */
async function lockFolder(outDir: string, lock: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new OutputFolderError(`cannot write into the output folder ${outDir} (${code ?? (error as Error).message})`);
    }
    const info = await lstat(lock);
    if (!info.isFile()) throw new OutputFolderError(`${lock} is not a lock this tool wrote; remove it and run again`);
    const owner = Number.parseInt(await readFile(lock, 'utf8'), 10);
    if (attempt === 0 && !(Number.isInteger(owner) && isRunning(owner))) {
      await unlink(lock).catch(() => undefined);
      continue;
    }
    throw new OutputFolderError(
      `another run (pid ${owner}) is writing into ${outDir}; wait for it to finish or choose another -o folder`,
    );
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of an interrupted run: only the lock holder writes here, so all are stale. */
async function removeTemporaryFiles(outDir: string): Promise<void> {
  const names = await readdir(outDir);
  const stale = names.filter((name) => name.startsWith(TEMPORARY_PREFIX) && /^[0-9a-f]{16}\.tmp$/u.test(name.slice(TEMPORARY_PREFIX.length)));
  await Promise.all(stale.map((name) => unlink(join(outDir, name)).catch(() => undefined)));
}
