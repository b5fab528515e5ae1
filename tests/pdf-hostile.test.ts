// PDFs built to hurt: a text matrix of infinite scale (NaN font sizes) and a
// Flate stream that inflates past the cap. Each fails alone with a documented
// code (or converts), never INTERNAL_ERROR.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { ConversionError } from '../src/errors.js';
import { refuseStreamBombs } from '../src/ingest/pdf/stream-bombs.js';
import { pdfStream as stream, tinyPdf as pdf } from './support/tiny-pdf.js';

const page = (content: string, extra = '') =>
  pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(extra ? [extra] : []),
  ]);

async function outcome(bytes: Uint8Array): Promise<string> {
  return convert(bytes, 'hostile.pdf', { timeoutMs: 60_000 }).then(
    () => 'ok',
    (error: unknown) => (error instanceof ConversionError ? error.code : `INTERNAL_ERROR: ${(error as Error).message}`),
  );
}

describe('hostile PDFs', () => {
  it('reads a text run at an infinite scale (NaN font size) as no text, not a crash', async () => {
    const infinite = '9'.repeat(400);
    const bytes = page(`BT /F1 12 Tf ${infinite} 0 0 ${infinite} 72 700 Tm (2023 budget) Tj ET BT /F1 12 Tf 72 600 Td (hello world) Tj ET`);
    expect(await outcome(bytes)).toBe('NOT_A_DISCLOSURE');
  });

  it('refuses a Flate stream inflating past the cap with TOO_LARGE, before pdf.js inflates it', () => {
    const bomb = deflateSync(Buffer.alloc(4 * 1024 * 1024), { level: 9 }).toString('latin1');
    const bytes = page('BT /F1 12 Tf 72 700 Td (x) Tj ET', stream(bomb, '/Filter /FlateDecode '));
    expect(() => refuseStreamBombs(bytes, 1024 * 1024)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => refuseStreamBombs(bytes, 8 * 1024 * 1024)).not.toThrow();
  });
});
