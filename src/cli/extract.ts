// `disclosure extract`: one input to stdout, or any number into an output folder
// through the batch runner, with a progress bar and the run report.
import { basename } from 'node:path';
import { createConverterPool, type ConverterPool } from '../batch/converter-pool.js';
import { inputFailure } from '../batch/failures.js';
import { OutputFolderError } from '../batch/output-folder.js';
import { readInput } from '../batch/read-input.js';
import type { FileOutcome } from '../batch/report.js';
import { runBatch } from '../batch/run-batch.js';
import { createProgress } from './progress.js';

export { OutputFolderError };

export interface ExtractOptions {
  outDir: string | null;
  timeoutMs: number;
  threads: number;
  resume: boolean;
  dedupe: boolean;
  quiet: boolean;
  debug: boolean;
}

/**
 * Converts every file; one failure never stops the others. Returns how many failed.
 * Throws OutputFolderError, having converted nothing, when the -o folder cannot be used.
 */
export async function extractFiles(files: readonly string[], options: ExtractOptions): Promise<number> {
  const pool = createConverterPool(Math.max(1, Math.min(options.threads, files.length)));
  try {
    if (!options.outDir) return await extractToStdout(files[0], pool, options);
    const progress = createProgress(files.length, Boolean(process.stderr.isTTY) && !options.quiet);
    let finished = 0;
    // Ctrl-C: give the terminal back (cursor, line wrapping) and say how to carry on; every finished output is on disk.
    const interrupted = () => {
      progress.stop();
      console.error(`\ninterrupted after ${finished} of ${files.length} files; run the same command with --resume to convert only the rest`);
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    const { outcomes, reportError } = await runBatch(files, pool, {
      outDir: options.outDir,
      timeoutMs: options.timeoutMs,
      resume: options.resume,
      dedupe: options.dedupe,
      onStart: (input) => progress.start(input),
      onOutcome: (outcome, stack) => {
        finished += 1;
        if (outcome.status === 'failed') {
          progress.log(`${outcome.input}: ${outcome.code}: ${outcome.message}`);
          if (options.debug && stack) progress.log(stack);
        }
        progress.tick();
      },
    }).finally(() => {
      process.removeListener('SIGINT', interrupted);
      progress.stop();
    });
    if (!options.quiet) console.error(summary(outcomes, options.outDir));
    if (reportError) console.error(`disclosure: ${reportError}; every finished file is listed in ${options.outDir}/_journal.ndjson`);
    return outcomes.filter((o) => o.status === 'failed').length + (reportError ? 1 : 0);
  } finally {
    await pool.close();
  }
}

async function extractToStdout(file: string, pool: ConverterPool, options: ExtractOptions): Promise<number> {
  try {
    const result = await pool.convert(await readInput(file), basename(file), options.timeoutMs);
    if (result.ok) {
      process.stdout.write(result.json);
      return 0;
    }
    console.error(`${file}: ${result.code}: ${result.message}`);
    if (options.debug && result.stack) console.error(result.stack);
  } catch (error) {
    const failure = inputFailure(error);
    console.error(`${file}: ${failure.code}: ${failure.message}`);
  }
  return 1;
}

function summary(outcomes: readonly FileOutcome[], outDir: string): string {
  const count = (status: FileOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parts = [`${count('ok')} of ${outcomes.length} converted into ${outDir}`];
  if (count('skipped')) parts.push(`${count('skipped')} already done (--resume)`);
  if (count('duplicate')) parts.push(`${count('duplicate')} duplicates`);
  if (count('failed')) parts.push(`${count('failed')} failed (see _report.json)`);
  // Quality, not just conversion: how much the validator found in this run's documents.
  const converted = outcomes.filter((o) => o.status === 'ok' && o.findings);
  const errors = converted.reduce((sum, o) => sum + o.findings!.error, 0);
  const warnings = converted.reduce((sum, o) => sum + o.findings!.warning, 0);
  const withErrors = converted.filter((o) => o.findings!.error > 0).length;
  if (converted.length) parts.push(`findings: ${errors} errors in ${withErrors} file${withErrors === 1 ? '' : 's'}, ${warnings} warnings`);
  return parts.join(', ');
}
