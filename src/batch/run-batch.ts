// Converting many files into an output folder: reads and writes on a bounded
// queue, parsing on the worker pool, each result written to disk as soon as it
// is ready. Memory holds only the files in flight and one small record per input.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import PQueue from 'p-queue';
import { writeFileAtomic } from '../cli/write-atomic.js';
import type { ConverterPool } from './converter-pool.js';
import { existingOutputs, removeStaleTemporaryFiles } from './existing-outputs.js';
import { outputNames, REPORT_FILE } from './output-names.js';
import { failureOf, readInput } from './read-input.js';
import { buildReport, type FileOutcome } from './report.js';

export interface BatchOptions {
  outDir: string;
  timeoutMs: number;
  /** Skip inputs whose sha256 already has an output in outDir. */
  resume: boolean;
  /** Convert identical inputs (same sha256) once; the others are reported as duplicates. */
  dedupe: boolean;
  /** Called once per input as soon as its outcome is known (progress, error lines). */
  onOutcome?: (outcome: FileOutcome, stack?: string) => void;
}

export async function runBatch(inputs: readonly string[], pool: ConverterPool, options: BatchOptions): Promise<FileOutcome[]> {
  const started = performance.now();
  await mkdir(options.outDir, { recursive: true });
  await removeStaleTemporaryFiles(options.outDir);
  const done = options.resume ? await existingOutputs(options.outDir) : new Map<string, string>();
  const names = outputNames(inputs);
  const firstWithSha = new Map<string, string>();
  const outcomes: FileOutcome[] = new Array(inputs.length);

  // Files are read in parallel but are admitted (checked against earlier content) in
  // input order, so the original of a set of identical files is always the first listed.
  let lastAdmission = Promise.resolve();
  const admit = (sha256: string, input: string): { existing?: string; first?: string } => {
    const existing = done.get(sha256);
    const first = firstWithSha.get(sha256);
    if (existing === undefined && first === undefined) firstWithSha.set(sha256, input);
    return { existing, first };
  };

  const convertOne = async (index: number): Promise<void> => {
    const input = inputs[index];
    const fileStarted = performance.now();
    const elapsed = () => Math.round(performance.now() - fileStarted);
    const turn = lastAdmission;
    let admitted!: () => void;
    lastAdmission = new Promise((resolve) => (admitted = resolve));
    let outcome: FileOutcome;
    let stack: string | undefined;
    try {
      const bytes = await readInput(input);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await turn;
      const { existing, first } = admit(sha256, input);
      admitted();
      if (existing !== undefined) {
        outcome = { input, status: 'skipped', sha256, output: join(options.outDir, existing), milliseconds: elapsed() };
      } else if (options.dedupe && first !== undefined) {
        outcome = { input, status: 'duplicate', sha256, duplicateOf: first, milliseconds: elapsed() };
      } else {
        const result = await pool.convert(bytes, basename(input), options.timeoutMs);
        if (result.ok) {
          const output = join(options.outDir, names[index]);
          await writeFileAtomic(output, result.json);
          outcome = { input, status: 'ok', sha256, output, milliseconds: elapsed() };
        } else {
          stack = result.stack;
          outcome = { input, status: 'failed', sha256, code: result.code, message: result.message, milliseconds: elapsed() };
        }
      }
    } catch (error) {
      stack = (error as Error)?.stack;
      outcome = { input, status: 'failed', ...failureOf(error), milliseconds: elapsed() };
      await turn;
      admitted();
    }
    outcomes[index] = outcome;
    options.onOutcome?.(outcome, stack);
  };

  // Twice the threads in flight keeps every thread busy while others read and write;
  // enqueueing only as the queue drains keeps a huge batch's pending work small.
  const inFlight = pool.threads * 2;
  const queue = new PQueue({ concurrency: inFlight });
  for (let index = 0; index < inputs.length; index += 1) {
    await queue.onSizeLessThan(inFlight);
    void queue.add(() => convertOne(index));
  }
  await queue.onIdle();

  const report = buildReport(outcomes, { threads: pool.threads, milliseconds: Math.round(performance.now() - started) });
  await writeFileAtomic(join(options.outDir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  return report.files;
}
