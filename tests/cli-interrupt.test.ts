// Ctrl-C in the middle of a batch: the run stops at once with exit status 130, says how
// to carry on (--resume), and keeps every output it finished.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { fileLabel, progressFigures } from '../src/cli/progress.js';
import { startCli } from './support/cli.js';
import { docxVariant } from './support/docx-variants.js';

const COPIES = 20;
const outputs = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.docx.json')) : []);

describe('extract interrupted with Ctrl-C', () => {
  it('exits 130 with a --resume hint and keeps the finished outputs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'batch-interrupt-'));
    const inputDir = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(inputDir);
    for (let i = 0; i < COPIES; i += 1) writeFileSync(join(inputDir, `notice-${String(i).padStart(2, '0')}.docx`), await docxVariant(String(i)));

    const run = startCli(['extract', inputDir, '-o', outDir, '--jobs', '1']);
    let stderr = '';
    run.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => run.once('exit', (code) => resolve(code)));
    while (outputs(outDir).length < 1) await sleep(20);
    run.kill('SIGINT');
    const status = await exited;

    expect(status).toBe(130);
    expect(stderr).toMatch(/interrupted after \d+ of 20 files; run the same command with --resume to convert only the rest/u);
    expect(outputs(outDir).length).toBeGreaterThanOrEqual(1);
  });
});

describe('the progress bar figures', () => {
  it('leaves rate and time left blank until a file has finished, then counts down', () => {
    expect(progressFigures(0, 10, 5)).toEqual({ rate: '–', left: '–' });
    expect(progressFigures(5, 10, 10)).toEqual({ rate: '0.5', left: '10s' });
    expect(progressFigures(1, 1000, 2)).toEqual({ rate: '0.5', left: '33m18s' });
  });

  it('names the file at work by its base name, its end kept when long', () => {
    expect(fileLabel('/data/notices/2026年福州市公安局部门预算.pdf')).toBe('2026年福州市公安局部门预算.pdf');
    expect(fileLabel(`/x/${'a'.repeat(40)}.pdf`)).toBe(`…${'a'.repeat(25)}.pdf`);
  });
});
