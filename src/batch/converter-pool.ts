// The CPU side of a batch: a worker-thread pool that converts bytes, one file
// per thread at a time, and replaces a worker whose file overruns its time limit,
// and every thread after a number of files.
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

/**
 * A worker's V8 heap grows to fit the largest documents it has read and is
 * seldom given back, so a long batch's memory would climb file after file
 * (+40% over 1,000 files). The threads are replaced by fresh ones after this
 * many files each; a fresh thread costs loading the modules again, about a
 * second of CPU, against a minute or more of converting.
 */
const FILES_PER_THREAD = 50;

/** One set of threads: the files it has been given, and those still converting. */
interface Generation {
  pool: Piscina;
  files: number;
  running: number;
  retired: boolean;
}

/** @param filesPerThread files a set of threads converts before it is replaced (tests lower it) */
export function createConverterPool(threads: number, filesPerThread = FILES_PER_THREAD): ConverterPool {
  const start = (): Generation => ({
    pool: new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads }),
    files: 0,
    running: 0,
    retired: false,
  });
  let current = start();
  const stopping: Promise<void>[] = [];
  const stopWhenIdle = (generation: Generation) => {
    if (generation.retired && generation.running === 0) stopping.push(generation.pool.destroy());
  };
  // Files wait here, not in the pool, so a file's clock starts when a thread is free for it.
  const slots = new PQueue({ concurrency: threads });
  return {
    threads,
    convert: (bytes, fileName, timeoutMs) =>
      slots.add(async () => {
        if (current.files === filesPerThread * threads) {
          // The old threads finish the files they hold, then stop.
          current.retired = true;
          stopWhenIdle(current);
          current = start();
        }
        const generation = current;
        generation.files += 1;
        generation.running += 1;
        const task: ConvertTask = { bytes, fileName, timeoutMs };
        const limit = AbortSignal.timeout(timeoutMs);
        try {
          return (await generation.pool.run(task, { signal: limit })) as ConvertResult;
        } catch (error) {
          // An aborted running task has its thread terminated; piscina starts a fresh one.
          if (limit.aborted) return timedOut(timeoutMs);
          return crashed(error);
        } finally {
          generation.running -= 1;
          stopWhenIdle(generation);
        }
      }),
    close: async () => {
      await Promise.all([...stopping, current.pool.destroy()]);
    },
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
