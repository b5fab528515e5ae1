// The CPU side of a batch: a worker-thread pool that converts bytes, one file
// per thread at a time, and replaces a worker whose file overruns its time or
// memory limit.
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { limits } from '../limits.js';
import type { ConvertResult, ConvertTask } from './convert-worker.js';

/**
 * Always the compiled worker: this module runs from dist/batch/ (the CLI) and
 * from src/batch/ (tests through vitest); both sit two levels below the package root.
 */
const workerFile = new URL('../../dist/batch/convert-worker.js', import.meta.url).href;

/** A result, and how long the file waited for a free thread (not part of its own time). */
export type PooledResult = ConvertResult & { queuedMilliseconds: number };

export interface ConverterPool {
  readonly threads: number;
  /** `started` is called when a thread takes the file (it may first wait for a free one). */
  convert(bytes: Uint8Array, fileName: string, timeoutMs: number, started?: () => void): Promise<PooledResult>;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return availableParallelism();
}

export function createConverterPool(threads: number, heapMiB: number = limits.workerHeapMiB): ConverterPool {
  // Threads start with the first file to convert: a run with nothing to convert (every input
  // already done, or unreadable) never starts threads only to end them while they load.
  let started: Piscina | null = null;
  const threadsPool = (): Piscina => {
    if (started) return started;
    started = new Piscina({
      filename: workerFile,
      minThreads: threads,
      maxThreads: threads,
      // A file needing more heap ends its own thread only; piscina starts a fresh one.
      resourceLimits: { maxOldGenerationSizeMb: heapMiB, maxYoungGenerationSizeMb: limits.workerYoungGenerationMiB },
    });
    // A thread ended outside a task (over its heap limit while idle) is replaced by piscina;
    // unlistened, the pool's 'error' event would end the whole run.
    started.on('error', () => undefined);
    return started;
  };
  // Files wait here, not in the pool, so a file's clock starts when a thread is free for it.
  const slots = new PQueue({ concurrency: threads });
  return {
    threads,
    convert: (bytes, fileName, timeoutMs, started) => {
      const queued = performance.now();
      return slots.add(async () => {
        const queuedMilliseconds = Math.round(performance.now() - queued);
        started?.();
        const task: ConvertTask = { bytes, fileName, timeoutMs };
        const limit = AbortSignal.timeout(timeoutMs);
        try {
          return { ...((await threadsPool().run(task, { signal: limit })) as ConvertResult), queuedMilliseconds };
        } catch (error) {
          // An aborted running task has its thread terminated; piscina starts a fresh one.
          if (limit.aborted) return { ...timedOut(timeoutMs), queuedMilliseconds };
          return { ...crashed(error, heapMiB), queuedMilliseconds };
        }
      });
    },
    close: async () => {
      await started?.destroy();
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

function crashed(error: unknown, heapMiB: number): ConvertResult {
  if ((error as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return {
      ok: false,
      code: 'TOO_LARGE',
      message: `converting the file needed more than the ${heapMiB} MiB of memory a thread may use; the file is too large or built to exhaust memory`,
    };
  }
  const message = (error as Error)?.message ?? String(error);
  return {
    ok: false,
    code: 'INTERNAL_ERROR',
    message: `the converter thread failed, please report it with this file: ${message}`,
    stack: (error as Error)?.stack,
  };
}
