import { rename, writeFile } from 'node:fs/promises';

/** Write via a temporary file and a rename, so an interrupted run never leaves a half-written file. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}
