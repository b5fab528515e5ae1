// Damaged, protected and scanned PDFs fail with the contract's codes, in its
// order of precedence, and never hang. The bad files are made here: a real
// notice cut short, and tiny PDFs written by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { ConversionError } from '../src/errors.js';
import { samplePath } from './support/samples.js';
import { pdfStream as stream, tinyPdf as pdf } from './support/tiny-pdf.js';

/** One page showing a 1×1 image and no text: what a scanner produces. */
const scanned = pdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
  stream('q 595 0 0 842 0 0 cm /Im1 Do Q'),
  stream('\x80', '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
]);

/** The same page behind a standard security handler whose user password is not empty. */
const encrypted = pdf(
  [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'7a'.repeat(32)}> /U <${'5c'.repeat(32)}> >>`,
  ],
  `/Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `,
);

async function failure(bytes: Uint8Array, timeoutMs = 60_000): Promise<ConversionError> {
  const error = await convert(bytes, 'bad.pdf', { timeoutMs }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConversionError);
  return error as ConversionError;
}

describe('PDF errors', () => {
  const notice = readFileSync(samplePath('langfang-org-2023.pdf'));

  it('a notice cut short is CORRUPT_FILE', async () => {
    for (const share of [0.3, 0.9, 0.999]) {
      const error = await failure(notice.subarray(0, Math.floor(notice.length * share)));
      expect(error.code).toBe('CORRUPT_FILE');
      expect(error.message).toMatch(/truncated/);
    }
  });

  it('a PDF header followed by garbage is CORRUPT_FILE', async () => {
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF\n')]);
    expect((await failure(garbage)).code).toBe('CORRUPT_FILE');
  });

  it('a password-protected PDF is ENCRYPTED', async () => {
    const error = await failure(encrypted);
    expect(error.code).toBe('ENCRYPTED');
    expect(error.message).toMatch(/password/);
  });

  it('a scanned PDF (pages but no text) is NO_TEXT_LAYER, not NOT_A_DISCLOSURE', async () => {
    const error = await failure(scanned);
    expect(error.code).toBe('NO_TEXT_LAYER');
    expect(error.message).toMatch(/OCR/);
  });

  it('a truncated encrypted PDF is CORRUPT_FILE: damage outranks protection', async () => {
    expect((await failure(encrypted.subarray(0, encrypted.length - 30))).code).toBe('CORRUPT_FILE');
  });

  it('an empty file is EMPTY_FILE before anything is parsed', async () => {
    expect((await failure(new Uint8Array(0))).code).toBe('EMPTY_FILE');
  });

  it('a file over its time limit fails with TIMEOUT instead of hanging', async () => {
    const large = readFileSync(samplePath('real/guangzhou-sthj-2026-project-perf-targets.pdf'));
    const started = Date.now();
    const error = await failure(large, 50);
    expect(error.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('leaves the caller its bytes (pdf.js transfers what it is given)', async () => {
    const bytes = new Uint8Array(notice);
    await convert(bytes, 'langfang-org-2023.pdf');
    expect(bytes.length).toBe(notice.length);
  });
});
