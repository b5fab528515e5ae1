// Outputs are never lost: names depend on the input alone (and its content where
// a name is taken), resumed and repeated runs never overwrite other content, the
// report covers every input ever written into the folder, nothing is written
// outside -o, and every odd entry of an input folder gets a line in the report.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { docxVariant } from './support/docx-variants.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface ReportFile {
  input: string;
  status: string;
  code?: string;
  output?: string;
}
const readReport = (outDir: string) => JSON.parse(readFileSync(join(outDir, '_report.json'), 'utf8')) as { inputs: number; ok: number; skipped: number; files: ReportFile[] };

/** Every output the report names holds the canonical JSON of that very input. */
function expectOutputsMatchInputs(files: ReportFile[]): void {
  for (const file of files.filter((f) => f.output)) {
    const json = JSON.parse(readFileSync(file.output!, 'utf8'));
    expect(json.source.sha256).toBe(sha256(readFileSync(file.input)));
  }
}

describe('extract into a folder that already holds outputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'batch-outputs-'));
  const input = (dir: string) => join(root, 'in', dir, '附件.docx');
  const out = join(root, 'out');

  it('never lets a same-named input added later overwrite another’s output on --resume', async () => {
    for (const dir of ['a', 'c']) {
      mkdirSync(join(root, 'in', dir), { recursive: true });
      writeFileSync(input(dir), await docxVariant(dir));
    }
    expect(runCli(['extract', join(root, 'in'), '-o', out, '--quiet']).status).toBe(0);
    const before = new Map(readReport(out).files.map((f) => [f.input, readFileSync(f.output!)]));

    mkdirSync(join(root, 'in', 'b'));
    writeFileSync(input('b'), await docxVariant('b'));
    const resumed = runCli(['extract', join(root, 'in'), '-o', out, '--resume', '--quiet']);
    expect(resumed.status).toBe(0);
    const report = readReport(out);
    expect(report).toMatchObject({ inputs: 3, ok: 1, skipped: 2 });
    expect(new Set(report.files.map((f) => f.output)).size).toBe(3);
    expectOutputsMatchInputs(report.files);
    for (const [file, bytes] of before) expect(readFileSync(report.files.find((f) => f.input === file)!.output!)).toEqual(bytes);
  });

  it('keeps a first run’s outputs and report lines when a second run writes other inputs into the folder', async () => {
    mkdirSync(join(root, 'other'));
    writeFileSync(join(root, 'other', '附件.docx'), await docxVariant('other'));
    const second = runCli(['extract', join(root, 'other', '附件.docx'), '-o', out, '--quiet']);
    expect(second.status).toBe(0);
    const report = readReport(out);
    expect(report.inputs).toBe(4);
    expect(report.files.map((f) => f.input).sort()).toEqual([input('a'), input('b'), input('c'), join(root, 'other', '附件.docx')].sort());
    expectOutputsMatchInputs(report.files);
  });

  it('refuses to write into a folder another live run holds, and takes over the lock of a run that is gone', () => {
    writeFileSync(join(out, '_lock'), `${process.pid}\n`);
    const refused = runCli(['extract', input('a'), '-o', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`another run \\(pid ${process.pid}\\) is writing into`, 'u'));
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(out, '_lock'), `${gone}\n`);
    expect(runCli(['extract', input('a'), '-o', out, '--quiet']).status).toBe(0);
    expect(existsSync(join(out, '_lock'))).toBe(false);
  });

  it('says so when -o names a file', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    const result = runCli(['extract', input('a'), '-o', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is a file, not a folder');
    expect(result.stderr).not.toContain('EEXIST');
  });
});

describe('extract never writes outside -o', () => {
  it('replaces nothing a link planted at a predictable name points to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'batch-links-'));
    const victims = join(root, 'victims');
    const out = join(root, 'out');
    mkdirSync(victims);
    mkdirSync(out);
    const notice = join(root, 'notice.docx');
    writeFileSync(notice, await docxVariant('links'));
    const planted = ['_report.json', 'notice.docx.json', `notice.docx.json.${process.pid}.tmp`, '.disclosure-0123456789abcdef.tmp'];
    for (const name of planted) {
      writeFileSync(join(victims, name), 'precious');
      symlinkSync(join(victims, name), join(out, name));
    }
    const result = runCli(['extract', notice, '-o', out, '--quiet']);
    expect(result.status).toBe(0);
    for (const name of planted) expect(readFileSync(join(victims, name), 'utf8')).toBe('precious');
    expect(lstatSync(join(out, 'notice.docx.json')).isSymbolicLink()).toBe(true);
    expectOutputsMatchInputs(readReport(out).files);

    for (const name of ['_journal.ndjson', '_lock']) {
      const folder = join(root, `out-${name}`);
      mkdirSync(folder);
      writeFileSync(join(victims, name), 'precious');
      symlinkSync(join(victims, name), join(folder, name));
      const refused = runCli(['extract', notice, '-o', folder]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(name);
      expect(readFileSync(join(victims, name), 'utf8')).toBe('precious');
    }
  });
});

describe('extract over a folder with odd entries', () => {
  it('reports hidden files, dangling links, FIFOs and devices, and shortens a name too long for an output', async () => {
    const root = mkdtempSync(join(tmpdir(), 'batch-odd-'));
    const inDir = join(root, 'in');
    mkdirSync(inDir);
    const long = `${'预算公开'.repeat(20)}.docx`;
    writeFileSync(join(inDir, '.hidden.docx'), await docxVariant('hidden'));
    writeFileSync(join(inDir, long), await docxVariant('long'));
    symlinkSync(join(root, 'gone.pdf'), join(inDir, 'gone.pdf'));
    symlinkSync('/dev/zero', join(inDir, 'zero.pdf'));
    execFileSync('mkfifo', [join(inDir, 'pipe.pdf')]);
    const out = join(root, 'out');
    const result = runCli(['extract', inDir, '-o', out, '--quiet']);
    expect(result.status).toBe(1);
    const report = readReport(out);
    expect(Object.fromEntries(report.files.map((f) => [f.input.slice(inDir.length + 1), f.code ?? f.status]))).toEqual({
      '.hidden.docx': 'ok',
      [long]: 'ok',
      'gone.pdf': 'NOT_FOUND',
      'pipe.pdf': 'NOT_A_FILE',
      'zero.pdf': 'NOT_A_FILE',
    });
    expectOutputsMatchInputs(report.files);
    expect(result.stderr).toContain('pipe.pdf: NOT_A_FILE: this is a FIFO');
    expect(readdirSync(out).every((name) => Buffer.byteLength(name) <= 255)).toBe(true);
  });
});
