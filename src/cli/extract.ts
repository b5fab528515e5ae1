// `disclosure extract`: convert files, write one JSON each and a run report.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { convert } from '../convert.js';
import { ConversionError } from '../errors.js';
import { writeFileAtomic } from './write-atomic.js';

export interface ExtractOptions {
  outDir: string | null;
  timeoutMs: number;
  debug: boolean;
}

export interface FileOutcome {
  input: string;
  status: 'ok' | 'failed';
  output?: string;
  code?: string;
  message?: string;
  milliseconds: number;
}

/** Converts every file; one failure never stops the others. Returns the outcomes in input order. */
export async function extractFiles(files: readonly string[], options: ExtractOptions): Promise<FileOutcome[]> {
  if (options.outDir) await mkdir(options.outDir, { recursive: true });
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const bytes = await readFile(file);
      const disclosure = await convert(bytes, basename(file), { timeoutMs: options.timeoutMs });
      const json = `${JSON.stringify(disclosure, null, 2)}\n`;
      if (options.outDir) {
        const output = join(options.outDir, `${basename(file)}.json`);
        await writeFileAtomic(output, json);
        outcomes.push({ input: file, status: 'ok', output, milliseconds: elapsed() });
      } else {
        process.stdout.write(json);
        outcomes.push({ input: file, status: 'ok', milliseconds: elapsed() });
      }
    } catch (error) {
      const outcome = failure(file, error, elapsed());
      if (options.debug && !(error instanceof ConversionError)) console.error(error);
      console.error(`${file}: ${outcome.code}: ${outcome.message}`);
      outcomes.push(outcome);
    }
  }
  if (options.outDir) await writeReport(options.outDir, outcomes);
  return outcomes;
}

function failure(file: string, error: unknown, milliseconds: number): FileOutcome {
  if (error instanceof ConversionError) {
    return { input: file, status: 'failed', code: error.code, message: error.message, milliseconds };
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { input: file, status: 'failed', code: 'NOT_FOUND', message: 'no such file', milliseconds };
  if (code === 'EISDIR' || code === 'EACCES') {
    return { input: file, status: 'failed', code: 'UNREADABLE', message: `cannot read the file (${code})`, milliseconds };
  }
  return {
    input: file,
    status: 'failed',
    code: 'INTERNAL_ERROR',
    message: `unexpected failure, please report it with this file: ${(error as Error)?.message ?? String(error)}`,
    milliseconds,
  };
}

async function writeReport(outDir: string, outcomes: FileOutcome[]): Promise<void> {
  const report = {
    inputs: outcomes.length,
    ok: outcomes.filter((o) => o.status === 'ok').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
    files: outcomes,
  };
  await writeFileAtomic(join(outDir, '_report.json'), `${JSON.stringify(report, null, 2)}\n`);
}
