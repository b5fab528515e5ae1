// Converting many files into an output folder: reads and writes on a bounded
// queue, parsing on the worker pool, each result written to disk as soon as it
// is ready and recorded in the journal. Memory holds only the files in flight and
// one small record per input.
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import PQueue from 'p-queue';
import { writeFileAtomic } from '../cli/write-atomic.js';
import type { ConverterPool } from './converter-pool.js';
import { existingOutputs, NOT_AN_OUTPUT } from './existing-outputs.js';
import { inputFailure, outputFailure } from './failures.js';
import { openJournal, readJournal } from './journal.js';
import { OutputFolderError, takeOutputFolder } from './output-folder.js';
import { JOURNAL_FILE, OutputNames, REPORT_FILE } from './output-names.js';
import { readInput } from './read-input.js';
import { buildReport, withEarlierOutcomes, type FileOutcome } from './report.js';

export interface BatchOptions {
  outDir: string;
  timeoutMs: number;
  /** Skip inputs whose sha256 already has an output in outDir. */
  resume: boolean;
  /** Convert identical inputs (same sha256) once; the others are reported as duplicates. */
  dedupe: boolean;
  /** Called once per input as soon as its outcome is known (progress, error lines). */
  onOutcome?: (outcome: FileOutcome, stack?: string) => void;
  /** Called when a thread starts converting an input (the progress bar names the file at work). */
  onStart?: (input: string) => void;
}

export interface BatchResult {
  /** This run's inputs, in input order. */
  outcomes: FileOutcome[];
  /** Why the report could not be written (the journal still holds every outcome written), or null. */
  reportError: string | null;
}

/** Throws OutputFolderError, before converting anything, when the folder cannot be used. */
export async function runBatch(inputs: readonly string[], pool: ConverterPool, options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const folder = await takeOutputFolder(options.outDir);
  try {
    const journalPath = join(options.outDir, JOURNAL_FILE);
    const unusable = (error: unknown): never => {
      // ELOOP: a link planted at the journal's name, refused rather than read or written through.
      throw new OutputFolderError(`cannot use ${journalPath} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); remove it if it is a link`);
    };
    const earlier = await readJournal(journalPath).catch(unusable);
    const journal = await openJournal(journalPath).catch(unusable);
    const outcomes = await convertAll(inputs, pool, options, async (outcome) => {
      // A skipped input's output is already in the journal: repeated resumes do not grow it.
      if (outcome.status === 'skipped') return;
      // A journal line that cannot be written (disk full) must not stop the run; the report still lists it.
      await journal.append(outcome).catch(() => undefined);
    });
    await journal.close();
    const report = buildReport(withEarlierOutcomes(outcomes, earlier), {
      threads: pool.threads,
      milliseconds: Math.round(performance.now() - started),
    });
    const reportError = await writeFileAtomic(join(options.outDir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`).then(
      () => null,
      (error: unknown) => `${REPORT_FILE} could not be written: ${outputFailure(error).message}`,
    );
    return { outcomes, reportError };
  } finally {
    await folder.release();
  }
}

async function convertAll(
  inputs: readonly string[],
  pool: ConverterPool,
  options: BatchOptions,
  record: (outcome: FileOutcome) => Promise<void>,
): Promise<FileOutcome[]> {
  const existing = await existingOutputs(options.outDir);
  const names = new OutputNames(existing);
  const done = new Map<string, string>();
  if (options.resume) {
    for (const [name, sha256] of existing) if (sha256 !== NOT_AN_OUTPUT && !done.has(sha256)) done.set(sha256, name);
  }
  const firstWithSha = new Map<string, string>();
  const outcomes: FileOutcome[] = new Array(inputs.length);

  // Files are read in parallel but are admitted (checked against earlier content, given
  // their output name) in input order, so the original of a set of identical files is
  // always the first listed and names are given in the same order every run.
  let lastAdmission = Promise.resolve();
  const admit = (sha256: string, input: string): { existing?: string; first?: string; output: string } => {
    const existingName = done.get(sha256);
    const first = firstWithSha.get(sha256);
    if (existingName === undefined && first === undefined) firstWithSha.set(sha256, input);
    const convertsHere = existingName === undefined && (first === undefined || !options.dedupe);
    return { existing: existingName, first, output: convertsHere ? names.claim(input, sha256) : '' };
  };

  const convertOne = async (index: number): Promise<void> => {
    const input = inputs[index];
    const fileStarted = performance.now();
    let waited = 0;
    const elapsed = () => Math.round(performance.now() - fileStarted - waited);
    const turn = lastAdmission;
    let admitted!: () => void;
    lastAdmission = new Promise((resolve) => (admitted = resolve));
    let outcome: FileOutcome;
    let stack: string | undefined;
    let bytes: Uint8Array;
    try {
      bytes = await readInput(input);
    } catch (error) {
      await turn;
      admitted();
      outcome = { input, status: 'failed', ...inputFailure(error), milliseconds: elapsed() };
      return finish(index, outcome, (error as Error)?.stack);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await turn;
    const { existing, first, output } = admit(sha256, input);
    admitted();
    if (existing !== undefined) {
      outcome = { input, status: 'skipped', sha256, output: join(options.outDir, existing), milliseconds: elapsed() };
    } else if (options.dedupe && first !== undefined) {
      outcome = { input, status: 'duplicate', sha256, duplicateOf: first, milliseconds: elapsed() };
    } else {
      const result = await pool.convert(bytes, basename(input), options.timeoutMs, () => options.onStart?.(input));
      waited = result.queuedMilliseconds;
      if (result.ok) {
        const path = join(options.outDir, output);
        outcome = await writeFileAtomic(path, result.json).then(
          (): FileOutcome => ({ input, status: 'ok', sha256, output: path, milliseconds: elapsed(), findings: result.findings }),
          (error: unknown): FileOutcome => ({ input, status: 'failed', sha256, ...outputFailure(error), milliseconds: elapsed() }),
        );
      } else {
        stack = result.stack;
        outcome = { input, status: 'failed', sha256, code: result.code, message: result.message, milliseconds: elapsed() };
      }
    }
    return finish(index, outcome, stack);
  };

  const finish = async (index: number, outcome: FileOutcome, stack?: string): Promise<void> => {
    outcomes[index] = outcome;
    await record(outcome);
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
  return outcomes;
}
