// A small seeded mutator for fuzzing: the same seed gives the same damaged files.

/** mulberry32: a tiny, well-mixed 32-bit generator. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that break parsers: huge and odd numbers, markup, zero and high bytes. */
const nasty = ['9'.repeat(400), '-1', 'NaN', '0', '99999999', '<<', '>>', '<div>', '</table>', 'colspan=1000000000', '\u0000\u0000', '\xff\xfe', 'stream', 'endobj'];

/** One to four random edits: bit flips, overwrites, insertions, deletions, duplicated chunks, truncation. */
export function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  let data = Buffer.from(bytes);
  const at = () => Math.floor(next() * data.length);
  const edits = 1 + Math.floor(next() * 4);
  for (let edit = 0; edit < edits && data.length > 0; edit++) {
    const kind = Math.floor(next() * 6);
    const position = at();
    if (kind === 0) {
      data[position] ^= 1 << Math.floor(next() * 8);
    } else if (kind === 1) {
      const value = Buffer.from(nasty[Math.floor(next() * nasty.length)], 'latin1');
      data = Buffer.concat([data.subarray(0, position), value, data.subarray(Math.min(data.length, position + value.length))]);
    } else if (kind === 2) {
      const value = Buffer.from(nasty[Math.floor(next() * nasty.length)], 'latin1');
      data = Buffer.concat([data.subarray(0, position), value, data.subarray(position)]);
    } else if (kind === 3) {
      data = Buffer.concat([data.subarray(0, position), data.subarray(Math.min(data.length, position + 1 + Math.floor(next() * 64)))]);
    } else if (kind === 4) {
      const end = Math.min(data.length, position + 1 + Math.floor(next() * 256));
      data = Buffer.concat([data.subarray(0, end), data.subarray(position, end), data.subarray(end)]);
    } else {
      data = data.subarray(0, position);
    }
  }
  return new Uint8Array(data);
}
