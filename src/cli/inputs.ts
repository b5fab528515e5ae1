// Expanding the command line's files, directories and glob patterns into the files to convert.
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** In a directory, these are the files taken; a file named on the command line is taken whatever its name. */
const noticeFiles = '**/*.{pdf,docx,doc,html,htm,shtml,xhtml}';

/**
 * Files in command-line order; each directory's and pattern's matches sorted by
 * path (code units), so a run's order and its output names never depend on the
 * file system. A path that does not exist is kept: the batch reports it as NOT_FOUND.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      files.push(...sorted(await glob(noticeFiles, { cwd: path, absolute: false, caseSensitiveMatch: false })).map((file) => join(path, file)));
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
