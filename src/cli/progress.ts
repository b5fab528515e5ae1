// The progress bar of a batch on a terminal: files done, files per second, ETA.
import { MultiBar, Presets } from 'cli-progress';

export interface Progress {
  /** One more input finished. */
  tick(): void;
  /** A message line printed above the bar (or plainly, with no bar). */
  log(line: string): void;
  stop(): void;
}

/** A bar on stderr when it is a terminal; otherwise only the message lines. */
export function createProgress(total: number, enabled: boolean): Progress {
  if (!enabled) {
    return { tick: () => undefined, log: (line) => process.stderr.write(`${line}\n`), stop: () => undefined };
  }
  const started = performance.now();
  const bars = new MultiBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { rate: '0.0' });
  let done = 0;
  return {
    tick: () => {
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: (done / Math.max(seconds, 0.001)).toFixed(1) });
    },
    log: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
