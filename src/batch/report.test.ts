import { describe, expect, it } from 'vitest';
import { buildReport, withEarlierOutcomes, type FileOutcome } from './report.js';

describe('buildReport', () => {
  const outcomes: FileOutcome[] = [
    { input: 'a.docx', status: 'ok', sha256: 'aa', output: 'out/a.docx.json', milliseconds: 5 },
    { input: 'b.pdf', status: 'failed', code: 'NO_TEXT_LAYER', message: 'scanned', milliseconds: 2 },
    { input: 'c.docx', status: 'duplicate', sha256: 'aa', duplicateOf: 'a.docx', milliseconds: 1 },
    { input: 'd.pdf', status: 'failed', code: 'CORRUPT_FILE', message: 'damaged', milliseconds: 1 },
    { input: 'e.pdf', status: 'failed', code: 'NO_TEXT_LAYER', message: 'scanned', milliseconds: 1 },
    { input: 'f.docx', status: 'skipped', sha256: 'ff', output: 'out/f.docx.json', milliseconds: 1 },
  ];

  it('counts each status and the failures by code, codes sorted', () => {
    const report = buildReport(outcomes, { threads: 4, milliseconds: 30 });
    expect(report).toMatchObject({ inputs: 6, ok: 1, failed: 3, duplicates: 1, skipped: 1, threads: 4, milliseconds: 30 });
    expect(Object.entries(report.failuresByCode)).toEqual([
      ['CORRUPT_FILE', 1],
      ['NO_TEXT_LAYER', 2],
    ]);
  });

  it('adds up the findings of the converted files and counts the files with an error finding', () => {
    const report = buildReport(
      [
        { input: 'a.docx', status: 'ok', sha256: 'aa', output: 'out/a.docx.json', milliseconds: 5, findings: { error: 8, warning: 1, info: 2 } },
        { input: 'g.pdf', status: 'ok', sha256: 'gg', output: 'out/g.pdf.json', milliseconds: 5, findings: { error: 0, warning: 12, info: 0 } },
        { input: 'b.pdf', status: 'failed', code: 'NO_TEXT_LAYER', message: 'scanned', milliseconds: 2 },
      ],
      { threads: 1, milliseconds: 10 },
    );
    expect(report).toMatchObject({ findings: { error: 8, warning: 13, info: 2 }, filesWithErrors: 1 });
  });

  it('points a duplicate at the output of the file it duplicates', () => {
    expect(buildReport(outcomes, { threads: 1, milliseconds: 0 }).files[2]).toMatchObject({ output: 'out/a.docx.json', duplicateOf: 'a.docx' });
  });

  it('keeps every input an earlier run wrote, its latest outcome, after this run’s inputs', () => {
    const earlier: FileOutcome[] = [
      { input: 'old.pdf', status: 'failed', code: 'TIMEOUT', message: 'slow', milliseconds: 9 },
      { input: 'a.docx', status: 'ok', sha256: 'aa', output: 'out/a.docx.json', milliseconds: 5 },
      { input: 'old.pdf', status: 'ok', sha256: 'oo', output: 'out/old.pdf.json', milliseconds: 7 },
    ];
    const current: FileOutcome[] = [{ input: 'a.docx', status: 'skipped', sha256: 'aa', output: 'out/a.docx.json', milliseconds: 1 }];
    expect(withEarlierOutcomes(current, earlier).map((o) => [o.input, o.status])).toEqual([
      ['a.docx', 'skipped'],
      ['old.pdf', 'ok'],
    ]);
  });
});
