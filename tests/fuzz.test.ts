// A seeded mutation fuzzer over small DOCX, HTML and PDF notices: whatever the
// damage, a file converts to schema-valid JSON or fails with a documented code,
// never INTERNAL_ERROR and never TIMEOUT (the inputs are a few KB).
// FUZZ_CASES=5000 npx vitest run tests/fuzz.test.ts runs a longer campaign.
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { createConverterPool } from '../src/batch/converter-pool.js';
import { conversionErrorCodes } from '../src/errors.js';
import { disclosureSchema } from '../src/schema/canonical.js';
import { mutate, random } from './support/mutate.js';
import { pdfStream as stream, tinyPdf as pdf } from './support/tiny-pdf.js';

const CASES = Number(process.env.FUZZ_CASES ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
/** Far above what a few-KB file needs: reaching it means a hang, which the test reports. */
const CASE_TIMEOUT_MS = 20_000;

const title = 'XX市财政局2023年部门预算公开';
const rows = [
  ['项目', '本年预算'],
  ['一般公共服务支出', '1,234.56'],
  ['合计', '1,234.56'],
];

async function docxSeed(): Promise<Uint8Array> {
  const cell = (text: string) => `<w:tc><w:tcPr><w:gridSpan w:val="1"/></w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      `<w:p><w:r><w:t>${title}</w:t></w:r></w:p><w:p><w:r><w:t>表一 收支总表</w:t></w:r></w:p>` +
      `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const htmlSeed = Buffer.from(
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="content"><h1>${title}</h1>` +
    `<p>表一 收支总表</p><table border=1>${rows.map((row) => `<tr>${row.map((c) => `<td colspan=1>${c}</td>`).join('')}</tr>`).join('')}</table></div></body></html>`,
);

const pdfSeed = pdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  stream('BT /F1 14 Tf 72 760 Td (2023 Budget) Tj ET 0.5 w 72 700 m 400 700 l S 72 680 m 400 680 l S BT /F1 10 Tf 80 686 Td (Total 1,234.56) Tj ET'),
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
]);

const documented = new Set<string>([...conversionErrorCodes.filter((code) => code !== 'TIMEOUT')]);

describe('mutation fuzzing', () => {
  const pool = createConverterPool(2);
  afterAll(() => pool.close());

  it(`converts ${CASES} damaged files (seed ${SEED}) to valid JSON or a documented code`, async () => {
    const seeds = [
      { format: 'docx', bytes: await docxSeed() },
      { format: 'html', bytes: new Uint8Array(htmlSeed) },
      { format: 'pdf', bytes: pdfSeed },
    ];
    const next = random(SEED);
    const cases = Array.from({ length: CASES }, (_, i) => ({ index: i, format: seeds[i % 3].format, bytes: mutate(seeds[i % 3].bytes, next) }));
    const bad: string[] = [];
    const codes = new Map<string, number>();
    await Promise.all(
      cases.map(async ({ index, format, bytes }) => {
        const result = await pool.convert(bytes, `case-${index}.${format}`, CASE_TIMEOUT_MS);
        const code = result.ok ? 'ok' : result.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (result.ok) {
          const checked = disclosureSchema.safeParse(JSON.parse(result.json));
          if (!checked.success) bad.push(`case ${index} (${format}): output breaks the schema: ${checked.error.message.slice(0, 200)}`);
        } else if (!documented.has(result.code)) {
          bad.push(`case ${index} (${format}): ${result.code}: ${result.message}`);
        }
      }),
    );
    expect(bad).toEqual([]);
    // The seeds are real notices: some mutants must still convert, or the fuzzer tests nothing but the front door.
    expect(codes.get('ok') ?? 0).toBeGreaterThan(0);
  });
});
