import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InflateAtOnce } from './inflate-at-once.js';

/** What pdf.js does with a DecompressionStream: write the stream whole, close, read every chunk; null when it fails. */
async function inflated(stream: { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> }, bytes: Uint8Array): Promise<string | null> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes).then(() => writer.close()).catch(() => {});
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream.readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('latin1');
  } catch {
    return null;
  }
}

describe('a deflate stream inflated at once', () => {
  const content = Buffer.from('BT /F1 12 Tf 72 720 Td (2023) Tj ET\n'.repeat(2000));
  const deflated = deflateSync(content);
  const cases: [string, Uint8Array][] = [
    ['whole', deflated],
    ['truncated', deflated.subarray(0, deflated.length - 20)],
    ['followed by other bytes', Buffer.concat([deflated, Buffer.from('endstream\n')])],
    ['with a wrong checksum', Buffer.concat([deflated.subarray(0, -1), Buffer.from([deflated[deflated.length - 1] ^ 1])])],
  ];
  it.each(cases)('gives what Node’s DecompressionStream gives, %s', async (_, bytes) => {
    const native = await inflated(new DecompressionStream('deflate') as never, bytes);
    expect(await inflated(new InflateAtOnce() as never, bytes)).toBe(native);
  });
  it('reads a whole stream back', async () => {
    expect(await inflated(new InflateAtOnce() as never, deflated)).toBe(content.toString('latin1'));
  });
});
