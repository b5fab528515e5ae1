// Runs in a piscina worker thread: one file's bytes → its canonical JSON text.
// Errors cannot cross the thread boundary as classes, so they come back as data.
import { convert } from '../convert.js';
import { ConversionError } from '../errors.js';

export interface ConvertTask {
  bytes: Uint8Array;
  fileName: string;
  timeoutMs: number;
}

export type ConvertResult =
  | { ok: true; json: string }
  | { ok: false; code: string; message: string; stack?: string };

export default async function convertTask(task: ConvertTask): Promise<ConvertResult> {
  try {
    const disclosure = await convert(task.bytes, task.fileName, { timeoutMs: task.timeoutMs });
    return { ok: true, json: `${JSON.stringify(disclosure, null, 2)}\n` };
  } catch (error) {
    if (error instanceof ConversionError) return { ok: false, code: error.code, message: error.message };
    const message = (error as Error)?.message ?? String(error);
    return {
      ok: false,
      code: 'INTERNAL_ERROR',
      message: `unexpected failure, please report it with this file: ${message}`,
      stack: (error as Error)?.stack,
    };
  }
}
