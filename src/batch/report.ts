// The run report (_report.json): counts, durations and the outcome of every input
// ever written into the folder (this run's and, from the journal, earlier runs').
import type { FindingCounts } from './convert-worker.js';

export interface FileOutcome {
  input: string;
  status: 'ok' | 'failed' | 'duplicate' | 'skipped';
  sha256?: string;
  output?: string;
  /** For a duplicate: the input with the same content that was converted. */
  duplicateOf?: string;
  code?: string;
  message?: string;
  /** Reading, converting and writing this file, not the wait for a free thread. */
  milliseconds: number;
  /** For a converted file: its findings by severity. */
  findings?: FindingCounts;
}

export interface RunReport {
  inputs: number;
  ok: number;
  failed: number;
  duplicates: number;
  skipped: number;
  failuresByCode: Record<string, number>;
  /** Findings by severity over the files converted in the report, and how many of those files have an error finding. */
  findings: FindingCounts;
  filesWithErrors: number;
  threads: number;
  milliseconds: number;
  files: FileOutcome[];
}

/**
 * This run's outcomes in input order, then the latest earlier outcome of every
 * input this run did not list, in the order the journal first met them.
 */
export function withEarlierOutcomes(current: readonly FileOutcome[], earlier: readonly FileOutcome[]): FileOutcome[] {
  const listed = new Set(current.map((o) => o.input));
  const latest = new Map<string, FileOutcome>();
  for (const outcome of earlier) if (!listed.has(outcome.input)) latest.set(outcome.input, outcome);
  return [...current, ...latest.values()];
}

export function buildReport(outcomes: readonly FileOutcome[], run: { threads: number; milliseconds: number }): RunReport {
  const originals = new Map(outcomes.filter((o) => o.status !== 'duplicate').map((o) => [o.input, o]));
  // A duplicate shares its original's result: the output it can be read from, or the failure.
  const files = outcomes.map((outcome) => {
    const original = outcome.status === 'duplicate' ? originals.get(outcome.duplicateOf!) : undefined;
    if (!original) return outcome;
    return { ...outcome, output: original.output, code: original.code, message: original.message };
  });
  const codes = files.filter((o) => o.status === 'failed').map((o) => o.code!);
  const failuresByCode: Record<string, number> = {};
  for (const code of [...new Set(codes)].sort()) failuresByCode[code] = codes.filter((c) => c === code).length;
  const count = (status: FileOutcome['status']) => files.filter((o) => o.status === status).length;
  const findings: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const file of files) if (file.status === 'ok' && file.findings) for (const severity of ['error', 'warning', 'info'] as const) findings[severity] += file.findings[severity];
  return {
    inputs: files.length,
    ok: count('ok'),
    failed: count('failed'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    failuresByCode,
    findings,
    filesWithErrors: files.filter((o) => o.status === 'ok' && (o.findings?.error ?? 0) > 0).length,
    threads: run.threads,
    milliseconds: run.milliseconds,
    files,
  };
}
