// The CPU side of a batch: a worker-thread pool that converts bytes, one file
// per thread at a time, and replaces a worker whose file overruns its time limit.
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { ConvertResult, ConvertTask } from './convert-worker.js';

/**
 * Always the compiled worker: this module runs from dist/batch/ (the CLI) and
 * from src/batch/ (tests through vitest); both sit two levels below the package root.
 */
const workerFile = new URL('../../dist/batch/convert-worker.js', import.meta.url).href;

export interface ConverterPool {
  readonly threads: number;
  convert(bytes: Uint8Array, fileName: string, timeoutMs: number): Promise<ConvertResult>;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return availableParallelism();
}

export function createConverterPool(threads: number): ConverterPool {
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads });
  // Files wait here, not in the pool, so a file's clock starts when a thread is free for it.
  const slots = new PQueue({ concurrency: threads });
  return {
    threads,
    convert: (bytes, fileName, timeoutMs) =>
      slots.add(async () => {
        const task: ConvertTask = { bytes, fileName, timeoutMs };
        const limit = AbortSignal.timeout(timeoutMs);
        try {
          return (await pool.run(task, { signal: limit })) as ConvertResult;
        } catch (error) {
          // An aborted running task has its thread terminated; piscina starts a fresh one.
          if (limit.aborted) return timedOut(timeoutMs);
          return crashed(error);
        }
      }),
    close: () => pool.destroy(),
  };
}

function timedOut(timeoutMs: number): ConvertResult {
  return {
    ok: false,
    code: 'TIMEOUT',
    message: `gave up after ${timeoutMs / 1000} s; raise --timeout if the file is just large`,
  };
}

function crashed(error: unknown): ConvertResult {
  const message = (error as Error)?.message ?? String(error);
  return {
    ok: false,
    code: 'INTERNAL_ERROR',
    message: `the converter thread failed, please report it with this file: ${message}`,
    stack: (error as Error)?.stack,
  };
}
