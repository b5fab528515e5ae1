// Reading one input file, with the failures a batch reports for it instead of stopping.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConversionError } from '../errors.js';
import { limits } from '../limits.js';

const READ_CHUNK_BYTES = 4 * 1024 * 1024;

/** A device, FIFO, socket or folder given where a notice file was expected. */
export class NotAFile extends Error {
  constructor(readonly kind: string) {
    super(`this is ${kind}, not a file`);
  }
}

/**
 * The file's bytes, never more than the size limit whatever `stat` says (a file
 * may grow while read, or be a link to a device). Opened without blocking, so a
 * FIFO with no writer is refused instead of hanging the run.
 */
export async function readInput(path: string, maxBytes: number = limits.maxInputBytes): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotAFile(kindOf(info));
    if (info.size > maxBytes) throw tooLarge(`has ${info.size} bytes`, maxBytes);
    // Read in chunks up to one byte past the limit: the size stat gave may be wrong.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(`has over ${maxBytes} bytes`, maxBytes);
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

function tooLarge(what: string, maxBytes: number): ConversionError {
  return new ConversionError(
    'TOO_LARGE',
    `the file ${what}, over the ${maxBytes / 1024 / 1024} MiB limit; a notice this large is not a notice, or needs splitting`,
  );
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}
