// Expanding the command line's files and directories into the files to convert.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** In a directory, these are the files taken; a file named on the command line is taken whatever its name. */
const noticeExtension = /\.(?:pdf|docx|doc|html?|shtml|xhtml)$/iu;

export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && noticeExtension.test(entry.name)) files.push(path);
  }
  return files;
}
