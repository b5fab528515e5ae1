// Killing a run midway and resuming it loses nothing and redoes nothing finished;
// identical files are converted once unless --no-dedupe.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCli, startCli } from './support/cli.js';
import { docxVariant } from './support/docx-variants.js';

const COPIES = 40;
const jsonOutputs = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json') && name !== '_report.json');

describe('extract --resume after a killed run', () => {
  it('keeps every finished output, converts only the rest, and leaves no partial file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'batch-resume-'));
    const inputDir = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(inputDir);
    for (let i = 0; i < COPIES; i += 1) writeFileSync(join(inputDir, `notice-${String(i).padStart(3, '0')}.docx`), await docxVariant(String(i)));

    const run = startCli(['extract', inputDir, '-o', outDir, '--jobs', '1']);
    const exited = new Promise((resolve) => run.once('exit', resolve));
    while (!existsSync(outDir) || jsonOutputs(outDir).length < 3) await sleep(20);
    run.kill('SIGKILL');
    await exited;

    const finished = jsonOutputs(outDir).sort();
    expect(finished.length).toBeGreaterThanOrEqual(3);
    expect(finished.length).toBeLessThan(COPIES);
    expect(existsSync(join(outDir, '_report.json'))).toBe(false);
    // The journal is the killed run's record: the outputs it finished (all but those
    // the kill caught between writing a file and its journal line), each with its input.
    const recorded = readFileSync(join(outDir, '_journal.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.endsWith('}'))
      .map((line) => JSON.parse(line) as { input: string; output: string });
    expect(recorded.length).toBeGreaterThanOrEqual(finished.length - 2);
    for (const entry of recorded) expect(finished).toContain(entry.output.slice(outDir.length + 1));
    const before = new Map(finished.map((name) => [name, statSync(join(outDir, name)).mtimeMs]));
    for (const name of finished) expect(JSON.parse(readFileSync(join(outDir, name), 'utf8')).source.file).toBe(name.replace(/\.json$/u, ''));

    const resumed = runCli(['extract', inputDir, '-o', outDir, '--resume']);
    expect(resumed.status).toBe(0);
    const report = JSON.parse(readFileSync(join(outDir, '_report.json'), 'utf8'));
    expect(report).toMatchObject({ inputs: COPIES, ok: COPIES - finished.length, skipped: finished.length, failed: 0 });
    const skipped = report.files
      .filter((file: { status: string }) => file.status === 'skipped')
      .map((file: { output: string }) => file.output.slice(outDir.length + 1))
      .sort();
    expect(skipped).toEqual(finished);
    for (const [name, mtime] of before) expect(statSync(join(outDir, name)).mtimeMs).toBe(mtime);
    expect(readdirSync(outDir).sort()).toEqual(['_journal.ndjson', '_report.json', ...Array.from({ length: COPIES }, (_, i) => `notice-${String(i).padStart(3, '0')}.docx.json`)]);

    // Nothing left to convert: the run starts no worker thread and ends cleanly.
    const again = runCli(['extract', inputDir, '-o', outDir, '--resume']);
    expect({ status: again.status, signal: again.signal, stderr: again.stderr }).toMatchObject({ status: 0, signal: null });
    expect(JSON.parse(readFileSync(join(outDir, '_report.json'), 'utf8'))).toMatchObject({ ok: 0, skipped: COPIES });
  });
});

describe('extract deduplication', () => {
  it('converts identical files once and reports the others as duplicates; --no-dedupe converts each', async () => {
    const root = mkdtempSync(join(tmpdir(), 'batch-dedupe-'));
    const inputDir = join(root, 'in');
    mkdirSync(inputDir);
    const bytes = await docxVariant('same');
    for (const name of ['a.docx', 'b.docx', 'c.docx']) writeFileSync(join(inputDir, name), bytes);
    writeFileSync(join(inputDir, 'd.docx'), await docxVariant('other'));

    const deduped = runCli(['extract', inputDir, '-o', join(root, 'deduped')]);
    expect(deduped.status).toBe(0);
    expect(deduped.stderr).toContain('2 duplicates');
    expect(readdirSync(join(root, 'deduped')).sort()).toEqual(['_journal.ndjson', '_report.json', 'a.docx.json', 'd.docx.json']);
    const report = JSON.parse(readFileSync(join(root, 'deduped', '_report.json'), 'utf8'));
    expect(report).toMatchObject({ inputs: 4, ok: 2, duplicates: 2, failed: 0 });
    const c = report.files.find((file: { input: string }) => file.input.endsWith('c.docx'));
    expect(c).toMatchObject({ status: 'duplicate', duplicateOf: join(inputDir, 'a.docx'), output: join(root, 'deduped', 'a.docx.json') });

    const each = runCli(['extract', inputDir, '-o', join(root, 'each'), '--no-dedupe']);
    expect(each.status).toBe(0);
    expect(readdirSync(join(root, 'each')).sort()).toEqual(['_journal.ndjson', '_report.json', 'a.docx.json', 'b.docx.json', 'c.docx.json', 'd.docx.json']);
    const b = JSON.parse(readFileSync(join(root, 'each', 'b.docx.json'), 'utf8'));
    const a = JSON.parse(readFileSync(join(root, 'each', 'a.docx.json'), 'utf8'));
    expect(b.source.file).toBe('b.docx');
    expect({ ...b, source: { ...b.source, file: 'a.docx' } }).toEqual(a);
  });

  it('names the output of a second file sharing a name by its content instead of overwriting one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'batch-names-'));
    for (const dir of ['x', 'y']) {
      mkdirSync(join(root, 'in', dir), { recursive: true });
      writeFileSync(join(root, 'in', dir, 'notice.docx'), await docxVariant(dir));
    }
    const result = runCli(['extract', join(root, 'in'), '-o', join(root, 'out'), '--quiet']);
    expect(result.status).toBe(0);
    const y = createHash('sha256').update(readFileSync(join(root, 'in', 'y', 'notice.docx'))).digest('hex');
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['_journal.ndjson', '_report.json', 'notice.docx.json', `notice.docx~${y.slice(0, 12)}.json`]);
  });
});
