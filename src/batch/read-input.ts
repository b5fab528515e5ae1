// Reading one input file, with the failures a batch reports for it instead of stopping.
import { open } from 'node:fs/promises';
import { ConversionError } from '../errors.js';

/** Larger files are refused before they are read, so one file cannot exhaust a batch's memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export async function readInput(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_INPUT_BYTES) {
      throw new ConversionError(
        'TOO_LARGE',
        `the file has ${size} bytes, over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit; split it or convert it alone`,
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export interface Failure {
  code: string;
  message: string;
}

/** The report's code and one-line message for an error thrown while handling a file. */
export function failureOf(error: unknown): Failure {
  if (error instanceof ConversionError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { code: 'NOT_FOUND', message: 'no such file' };
  if (code === 'EISDIR' || code === 'EACCES') return { code: 'UNREADABLE', message: `cannot read the file (${code})` };
  return {
    code: 'INTERNAL_ERROR',
    message: `unexpected failure, please report it with this file: ${(error as Error)?.message ?? String(error)}`,
  };
}
