// Replacing the pool's threads mid-batch loses no file and changes no output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConverterPool } from './converter-pool.js';

const html = readFileSync(new URL('../../samples/langfang-org-2023.html', import.meta.url));

describe('converter pool', () => {
  it('converts every file the same across fresh sets of threads', async () => {
    // Two files per thread: five files run on three sets of threads.
    const pool = createConverterPool(1, 2);
    try {
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => pool.convert(html, `copy-${i}.html`, 60_000)));
      expect(results.every((r) => r.ok)).toBe(true);
      const texts = results.map((r) => (r.ok ? r.json.replace(/"file": "copy-\d\.html"/u, '') : ''));
      expect(new Set(texts).size).toBe(1);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
