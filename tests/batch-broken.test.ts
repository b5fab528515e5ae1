// A batch with broken files mixed in converts every good file and reports every bad one.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { docxVariant, docxWithText } from './support/docx-variants.js';

const title = '中共廊坊市委组织部2023年单位预算信息公开情况说明';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('extract over a folder with broken files', () => {
  let inputDir: string;
  let outDir: string;
  let good: Map<string, Buffer>;
  let result: ReturnType<typeof runCli>;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'batch-broken-'));
    inputDir = join(root, 'in');
    outDir = join(root, 'out');
    mkdirSync(join(inputDir, 'nested'), { recursive: true });
    good = new Map([
      ['a-notice.docx', await docxVariant('a')],
      ['nested/b-notice.docx', await docxVariant('b')],
      ['z-notice.docx', await docxVariant('z')],
    ]);
    for (const [name, bytes] of good) writeFileSync(join(inputDir, name), bytes);
    const notice = good.get('a-notice.docx')!;
    writeFileSync(join(inputDir, 'empty.pdf'), Buffer.alloc(0));
    writeFileSync(join(inputDir, 'truncated.docx'), notice.subarray(0, notice.length >> 1));
    writeFileSync(join(inputDir, 'legacy.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(inputDir, 'picture.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    writeFileSync(join(inputDir, 'meeting.docx'), await docxWithText('会议通知：请各单位按时参加培训。'));
    writeFileSync(join(inputDir, 'ignored.txt'), 'not a notice extension: not taken from a folder');
    result = runCli(['extract', inputDir, '-o', outDir]);
  });

  it('exits 1 and writes one JSON per good file', () => {
    expect(result.status).toBe(1);
    const outputs = readdirSync(outDir).sort();
    expect(outputs).toEqual(['_journal.ndjson', '_report.json', 'a-notice.docx.json', 'b-notice.docx.json', 'z-notice.docx.json']);
    for (const [name, bytes] of good) {
      const json = JSON.parse(readFileSync(join(outDir, `${name.split('/').pop()}.json`), 'utf8'));
      expect(json.document.title).toBe(title);
      expect(json.source.sha256).toBe(sha256(bytes));
    }
  });

  it('reports every bad file with its code, and counts', () => {
    const report = JSON.parse(readFileSync(join(outDir, '_report.json'), 'utf8'));
    const byName = Object.fromEntries(
      report.files.map((file: { input: string; status: string; code?: string }) => [file.input.slice(inputDir.length + 1), [file.status, file.code]]),
    );
    expect(byName).toEqual({
      'a-notice.docx': ['ok', undefined],
      'empty.pdf': ['failed', 'EMPTY_FILE'],
      'legacy.doc': ['failed', 'UNSUPPORTED_FORMAT'],
      'meeting.docx': ['failed', 'NOT_A_DISCLOSURE'],
      'nested/b-notice.docx': ['ok', undefined],
      'picture.html': ['failed', 'UNSUPPORTED_FORMAT'],
      'truncated.docx': ['failed', 'CORRUPT_FILE'],
      'z-notice.docx': ['ok', undefined],
    });
    expect(report).toMatchObject({
      inputs: 8,
      ok: 3,
      failed: 5,
      duplicates: 0,
      skipped: 0,
      failuresByCode: { CORRUPT_FILE: 1, EMPTY_FILE: 1, NOT_A_DISCLOSURE: 1, UNSUPPORTED_FORMAT: 2 },
    });
    expect(result.stderr).toContain('truncated.docx: CORRUPT_FILE:');
    expect(result.stderr).toContain('3 of 8 converted');
  });

  it('prints nothing but errors and the summary when stderr is not a terminal', () => {
    expect(result.stderr).not.toMatch(/files\/s|ETA/u);
    expect(result.stderr.trim().split('\n')).toHaveLength(6);
  });

  it('says nothing but the errors with --quiet', () => {
    const quiet = runCli(['extract', inputDir, '-o', join(outDir, '..', 'quiet'), '--quiet']);
    expect(quiet.status).toBe(1);
    expect(quiet.stderr.trim().split('\n')).toHaveLength(5);
  });

  it('takes glob patterns, and a file named on the command line whatever its extension', () => {
    const globbed = runCli(['extract', `${inputDir}/**/*-notice.docx`, join(inputDir, 'ignored.txt'), '-o', join(outDir, '..', 'glob'), '--quiet']);
    expect(globbed.status).toBe(1);
    const report = JSON.parse(readFileSync(join(outDir, '..', 'glob', '_report.json'), 'utf8'));
    expect(report.files.map((f: { input: string; code?: string }) => [f.input.slice(inputDir.length + 1), f.code ?? 'ok'])).toEqual([
      ['a-notice.docx', 'ok'],
      ['nested/b-notice.docx', 'ok'],
      ['z-notice.docx', 'ok'],
      ['ignored.txt', 'UNSUPPORTED_FORMAT'],
    ]);
  });

  it('fails a file that overruns --timeout with TIMEOUT and carries on with fresh workers', () => {
    const slow = runCli(['extract', inputDir, '-o', join(outDir, '..', 'timeout'), '--timeout', '0.001', '--jobs', '2', '--quiet']);
    expect(slow.status).toBe(1);
    const report = JSON.parse(readFileSync(join(outDir, '..', 'timeout', '_report.json'), 'utf8'));
    expect(report.inputs).toBe(8);
    expect(report.ok).toBe(0);
    expect(report.failuresByCode).toEqual({ TIMEOUT: 8 });
  });

  it('keeps the single-file behaviour: JSON on stdout, exit 0; a bad file exits 1 with its code', () => {
    const one = runCli(['extract', join(inputDir, 'a-notice.docx')]);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).document.title).toBe(title);
    const bad = runCli(['extract', join(inputDir, 'empty.pdf')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('EMPTY_FILE');
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['extract', inputDir]).status).toBe(2);
    expect(runCli(['extract', join(inputDir, 'a-notice.docx'), '--resume']).status).toBe(2);
    expect(runCli(['extract', join(inputDir, 'a-notice.docx'), '--jobs', '0']).status).toBe(2);
  });
});
