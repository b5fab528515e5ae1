// Expanding the command line's files, directories and glob patterns into the files to convert.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** In a directory, entries with these extensions are taken; a file named on the command line is taken whatever its name. */
const noticeExtension = /\.(?:pdf|docx|doc|html|htm|shtml|xhtml)$/iu;

/**
 * Files in command-line order; each directory's and pattern's matches sorted by
 * path (code units), so a run's order never depends on the file system. A path
 * that does not exist is kept: the batch reports it as NOT_FOUND. In a directory
 * every entry with a notice extension is taken — hidden ones, links whose target
 * is gone, FIFOs and devices too — so each gets a line in the report rather
 * than vanishing from it; folders are searched, not followed through links.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const names = entries
        .filter((entry) => !entry.isDirectory() && noticeExtension.test(entry.name))
        .map((entry) => relative(path, join(entry.parentPath, entry.name)));
      files.push(...sorted(names).map((name) => join(path, name)));
    } else if (!info && isDynamicPattern(path)) {
      files.push(...sorted(await glob(path, { onlyFiles: true, absolute: isAbsolute(path) })));
    } else {
      files.push(path);
    }
  }
  return files;
}

function sorted(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
