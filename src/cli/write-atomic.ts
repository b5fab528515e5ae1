import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Write via a temporary file and a rename, so an interrupted run never leaves a
 * half-written file. The temporary file is created exclusively (O_EXCL: a link
 * planted at its name is never followed) under a random name beside the target,
 * so the write cannot land outside the target's folder.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  // The name does not grow with the target's: a target name at the file system's limit still has a temporary file.
  const temporary = join(dirname(path), `${TEMPORARY_PREFIX}${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(content);
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  // rename replaces whatever is at `path` (a planted link included) without following it.
  await rename(temporary, path).catch(async (error: unknown) => {
    await unlink(temporary).catch(() => undefined);
    throw error;
  });
}

/** Temporary files are `.disclosure-<16 hex>.tmp`; a run clears those an interrupted run left in its output folder. */
export const TEMPORARY_PREFIX = '.disclosure-';
