// The command line on bad input: a code and a one-line message naming the file, no stack
// trace, and the other inputs of the run still convert.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePath } from './support/samples.js';

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['bin/disclosure.js', ...args], { encoding: 'utf8', cwd: new URL('..', import.meta.url).pathname });

describe('disclosure extract with broken inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-cli-'));
  const good = join(dir, 'notice.docx');
  copyFileSync(samplePath('langfang-org-2023.docx'), good);
  const empty = join(dir, 'empty.pdf');
  writeFileSync(empty, '');
  const notZip = join(dir, 'not-a-zip.docx');
  writeFileSync(notZip, 'this is not a Word document');
  const truncated = join(dir, 'truncated.docx');
  writeFileSync(truncated, readFileSync(samplePath('langfang-org-2023.docx')).subarray(0, 20000));
  const out = join(dir, 'out');

  it('converts the good file, reports each bad one by code, and exits 1', () => {
    const result = cli(['extract', good, empty, notZip, truncated, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stderr).toContain(`${empty}: EMPTY_FILE`);
    expect(result.stderr).toContain(`${notZip}: UNSUPPORTED_FORMAT`);
    expect(result.stderr).toContain(`${truncated}: CORRUPT_FILE`);
    const report = JSON.parse(readFileSync(join(out, '_report.json'), 'utf8'));
    const byFile = Object.fromEntries(report.files.map((f: { input: string; status: string; code?: string }) => [f.input, f.code ?? f.status]));
    expect(byFile).toEqual({ [good]: 'ok', [empty]: 'EMPTY_FILE', [notZip]: 'UNSUPPORTED_FORMAT', [truncated]: 'CORRUPT_FILE' });
    const written = JSON.parse(readFileSync(join(out, 'notice.docx.json'), 'utf8'));
    expect(written.document.unit).toBe('中共廊坊市委组织部');
    // The run's quality, not only its count: the notice's 8 error findings (procurement and asset sums, the
    // narrative's asset figure) and its YEAR_MISMATCH warning, in the summary line and the report.
    expect(result.stderr).toContain('findings: 8 errors in 1 file, 1 warnings');
    expect(report).toMatchObject({ findings: { error: 8, warning: 1, info: 2 }, filesWithErrors: 1 });
  });

  it('gives NOT_A_DISCLOSURE for a readable Word file that is no budget notice', () => {
    const other = join(dir, 'minutes.docx');
    const script = `
      const JSZip = require('jszip');
      const zip = new JSZip();
      zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>关于召开2023年度工作会议的通知</w:t></w:r></w:p><w:p><w:r><w:t>请各单位按时参加。</w:t></w:r></w:p></w:body></w:document>');
      zip.generateAsync({ type: 'nodebuffer' }).then((b) => require('fs').writeFileSync(${JSON.stringify(other)}, b));`;
    execFileSync(process.execPath, ['-e', script], { cwd: new URL('..', import.meta.url).pathname });
    const result = cli(['extract', other]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(/^.*minutes\.docx: NOT_A_DISCLOSURE: /);
  });

  it('exits 2 on a usage error', () => {
    expect(cli(['extract']).status).toBe(2);
    expect(cli(['extract', good, empty]).status).toBe(2);
  });
});

describe('disclosure --version', () => {
  it("prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const result = cli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});
