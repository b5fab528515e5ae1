// The report's code and one-line message for an error met while reading an input
// or writing its output: file-system failures are named as what they are.
import { ConversionError } from '../errors.js';
import { NotAFile } from './read-input.js';

export interface Failure {
  code: string;
  message: string;
}

/** Reading an input failed. */
export function inputFailure(error: unknown): Failure {
  if (error instanceof ConversionError) return { code: error.code, message: error.message };
  if (error instanceof NotAFile) return { code: 'NOT_A_FILE', message: `${error.message}; name notice files only` };
  const code = errnoOf(error);
  if (code === 'ENOENT') return { code: 'NOT_FOUND', message: 'no such file (or a link to a file that is gone)' };
  if (code === 'EISDIR') return { code: 'NOT_A_FILE', message: 'this is a folder, not a file; name notice files only' };
  if (code === 'ELOOP') return { code: 'NOT_FOUND', message: 'the link points back at itself (ELOOP)' };
  if (code === 'ENAMETOOLONG') return { code: 'NAME_TOO_LONG', message: 'the path is too long for the file system (ENAMETOOLONG)' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EIO') return { code: 'UNREADABLE', message: `cannot read the file (${code})` };
  return unexpected(error);
}

/** Writing an output into the -o folder failed. */
export function outputFailure(error: unknown): Failure {
  const code = errnoOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return { code: 'DISK_FULL', message: `the output could not be written: no space left (${code}); free space and run again with --resume` };
  if (code === 'ENAMETOOLONG') return { code: 'NAME_TOO_LONG', message: 'the output path is too long for the file system (ENAMETOOLONG); use a shorter -o folder' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { code: 'OUTPUT_NOT_WRITABLE', message: `the output could not be written (${code}); check the -o folder's permissions` };
  return unexpected(error);
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function unexpected(error: unknown): Failure {
  return {
    code: 'INTERNAL_ERROR',
    message: `unexpected failure, please report it with this file: ${(error as Error)?.message ?? String(error)}`,
  };
}
