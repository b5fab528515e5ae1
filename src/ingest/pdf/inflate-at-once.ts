// pdf.js inflates every Flate-encoded content stream through the web
// DecompressionStream. Node's implements it on its asynchronous zlib stream:
// the data goes through zlib in small chunks, each a round trip to the thread
// pool and a few promises, and that cost pdf.js's whole page parse some 8% of
// its CPU on samples/. pdf.js writes the whole stream at once and reads the
// result whole, so inflating it in one synchronous call gives the same bytes
// sooner. zlib is the same library either way and fails on the same input
// (truncated data, a bad header or checksum), on which pdf.js falls back to its
// own decoder as before; what follows a complete stream is ignored by both.
import { TransformStream, type ReadableWritablePair } from 'node:stream/web';
import { inflateSync } from 'node:zlib';

/** A DecompressionStream('deflate') that inflates what was written in one call when the writer closes. */
export class InflateAtOnce extends TransformStream<ArrayBufferView, Uint8Array> {
  constructor() {
    const written: Buffer[] = [];
    super({
      transform(chunk) {
        written.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      },
      flush(controller) {
        const inflated = inflateSync(Buffer.concat(written));
        controller.enqueue(new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength));
      },
    });
  }
}

/** Makes the process's DecompressionStream inflate 'deflate' at once; every other format stays Node's. pdfjs.ts calls it once. */
export function inflateDeflateAtOnce(): void {
  const Native = globalThis.DecompressionStream;
  function DecompressionStreamInflatingAtOnce(format: string): ReadableWritablePair<Uint8Array, ArrayBufferView> {
    return format === 'deflate' ? new InflateAtOnce() : new Native(format as 'deflate');
  }
  globalThis.DecompressionStream = DecompressionStreamInflatingAtOnce as unknown as typeof DecompressionStream;
}
