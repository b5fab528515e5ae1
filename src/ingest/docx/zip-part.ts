// One part of a Word file's ZIP container, inflated under a size cap: a zip bomb
// (a few KB inflating to gigabytes) stops at the cap instead of exhausting memory,
// and a damaged entry (wrong declared size, bad CRC, broken deflate data) is
// CORRUPT_FILE, not a crash.
import type { Readable } from 'node:stream';
import type JSZip from 'jszip';
import { ConversionError } from '../../errors.js';
import { limits } from '../../limits.js';

export async function readZipPart(entry: JSZip.JSZipObject, maxBytes: number = limits.maxZipEntryBytes): Promise<string> {
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    // jszip inflates chunk by chunk into this stream: each chunk is counted before many more are made.
    const stream = entry.nodeStream('nodebuffer') as Readable;
    stream
      .on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > maxBytes) {
          stream.destroy();
          reject(
            new ConversionError(
              'TOO_LARGE',
              `${entry.name} inflates to over ${maxBytes / 1024 / 1024} MiB; no notice is that large (a zip bomb?)`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error: Error) =>
        reject(new ConversionError('CORRUPT_FILE', `${entry.name} in the ZIP container is damaged (${error.message}); re-download or re-save the file`)),
      )
      .on('end', () => resolve(Buffer.concat(chunks, length)));
  });
  return new TextDecoder('utf-8').decode(bytes);
}
