// Runs the compiled worker (dist/, built by `npm test`).
import { describe, expect, it } from 'vitest';
import { createConverterPool } from './converter-pool.js';

describe('the converter pool', () => {
  it('fails a file that outgrows a thread’s heap with TOO_LARGE and carries on with a fresh thread', async () => {
    const pool = createConverterPool(1, 64);
    try {
      const hog = Buffer.from(`<html><body>${'<div><span>预算</span></div>'.repeat(600_000)}</body></html>`);
      const hogged = await pool.convert(hog, 'hog.html', 120_000);
      expect(hogged).toMatchObject({ ok: false, code: 'TOO_LARGE', message: expect.stringContaining('64 MiB') });
      const next = await pool.convert(Buffer.from('<html><body><p>关于召开工作会议的通知</p></body></html>'), 'next.html', 120_000);
      expect(next).toMatchObject({ ok: false, code: 'NOT_A_DISCLOSURE' });
    } finally {
      await pool.close();
    }
  });

  it('fails a page of tables nested 20,000 deep with TOO_LARGE, not INTERNAL_ERROR', async () => {
    const pool = createConverterPool(1);
    try {
      const depth = 20_000;
      const html = `<html><body><h1>XX局2023年部门预算公开</h1>${'<table><tr><td>'.repeat(depth)}x${'</td></tr></table>'.repeat(depth)}</body></html>`;
      expect(await pool.convert(Buffer.from(html), 'nested.html', 120_000)).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    } finally {
      await pool.close();
    }
  });
});
