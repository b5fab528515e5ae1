// Runs in a piscina worker thread: one file's bytes → its canonical JSON text.
// Errors cannot cross the thread boundary as classes, so they come back as data.
import { convert } from '../convert.js';
import { ConversionError } from '../errors.js';

export interface ConvertTask {
  bytes: Uint8Array;
  fileName: string;
  timeoutMs: number;
}

/** How many findings of each severity a converted document carries (the run report's quality figures). */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export type ConvertResult =
  | { ok: true; json: string; findings: FindingCounts }
  | { ok: false; code: string; message: string; stack?: string };

/**
 * pdf.js rejects some promises of its own on a damaged file that no caller awaits
 * (an XRefEntryException while it prefetches); unhandled, one would end the thread.
 * It fails the file being converted instead.
 */
let failCurrent: ((error: unknown) => void) | null = null;
process.on('unhandledRejection', (error) => failCurrent?.(error));

export default async function convertTask(task: ConvertTask): Promise<ConvertResult> {
  const stray = new Promise<never>((_, reject) => (failCurrent = reject));
  try {
    const disclosure = await Promise.race([convert(task.bytes, task.fileName, { timeoutMs: task.timeoutMs }), stray]);
    const findings: FindingCounts = { error: 0, warning: 0, info: 0 };
    for (const finding of disclosure.validation) findings[finding.severity] += 1;
    return { ok: true, json: `${JSON.stringify(disclosure, null, 2)}\n`, findings };
  } catch (error) {
    if (error instanceof ConversionError) return { ok: false, code: error.code, message: error.message };
    if (error instanceof RangeError && /call stack/u.test(error.message)) {
      // Tables nested in tables are still read recursively; a file nesting them thousands deep is refused.
      return { ok: false, code: 'TOO_LARGE', message: 'the document nests tables too deeply to read' };
    }
    if (isPdfjsDamage(error)) {
      return { ok: false, code: 'CORRUPT_FILE', message: `the PDF is damaged (${(error as Error).message}); re-download or re-export the file` };
    }
    const message = (error as Error)?.message ?? String(error);
    return {
      ok: false,
      code: 'INTERNAL_ERROR',
      message: `unexpected failure, please report it with this file: ${message}`,
      stack: (error as Error)?.stack,
    };
  } finally {
    failCurrent = null;
  }
}

/** The exceptions pdf.js raises for a malformed file (as opposed to a bug of ours). */
const pdfjsDamage = new Set(['XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException', 'UnknownErrorException']);

function isPdfjsDamage(error: unknown): boolean {
  return pdfjsDamage.has((error as { name?: string } | null)?.name ?? '') || pdfjsDamage.has((error as Error)?.constructor?.name ?? '');
}
