// A PDF stream can be a few KB of deflate data that inflates to gigabytes;
// pdf.js inflates a content stream whole, outside the JavaScript heap (so the
// worker's heap limit does not stop it). Before pdf.js sees the file, every
// Flate stream that could inflate past the cap is inflated by zlib under it.
import { inflateSync, constants } from 'node:zlib';
import { ConversionError } from '../../errors.js';
import { limits } from '../../limits.js';

/** Deflate never inflates more than about 1032 bytes per byte: smaller streams cannot reach the cap and are not inflated. */
const MAX_DEFLATE_RATIO = 1032;
/** How far before a `stream` keyword its dictionary is looked for. */
const DICTIONARY_BYTES = 4096;

/** Throws TOO_LARGE when a Flate stream of the file inflates to more than maxBytes. */
export function refuseStreamBombs(bytes: Uint8Array, maxBytes: number = limits.maxPdfStreamBytes): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; ; ) {
    const keyword = buffer.indexOf('stream', at, 'latin1');
    if (keyword < 0) return;
    at = keyword + 'stream'.length;
    if (buffer.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = at;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const end = buffer.indexOf('endstream', start, 'latin1');
    if (end < 0) return;
    at = end + 'endstream'.length;
    if ((end - start) * MAX_DEFLATE_RATIO <= maxBytes) continue;
    const before = buffer.toString('latin1', Math.max(0, keyword - DICTIONARY_BYTES), keyword);
    const dictionary = before.slice(before.lastIndexOf('obj') + 1);
    if (!/\/(?:FlateDecode|Fl)\b/u.test(dictionary)) continue;
    try {
      inflateSync(buffer.subarray(start, end), { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ConversionError('TOO_LARGE', `a compressed stream of the PDF inflates to over ${maxBytes / 1024 / 1024} MiB; no notice holds that much (a decompression bomb?)`);
      }
      // Damaged deflate data is pdf.js's to judge: it reads what it can.
    }
  }
}
