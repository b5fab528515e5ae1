// The progress bar of a batch on a terminal: files done, files per second, time left
// and the file at work. Long failure lines wrap instead of being cut at the terminal's
// width, and stopping the bar (at the end, or on Ctrl-C) gives the cursor back.
import { basename } from 'node:path';
import { MultiBar, Presets } from 'cli-progress';

export interface Progress {
  /** A file's conversion started. */
  start(input: string): void;
  /** One more input finished. */
  tick(): void;
  /** A message line printed above the bar (or plainly, with no bar). */
  log(line: string): void;
  stop(): void;
}

/** How much of the file at work's name the bar shows. */
const FILE_NAME_WIDTH = 30;

/** The bar's figures: rate and time left stay blank until a file has finished. */
export function progressFigures(done: number, total: number, seconds: number): { rate: string; left: string } {
  if (done === 0 || seconds <= 0) return { rate: '–', left: '–' };
  const rate = done / seconds;
  const remaining = Math.round((total - done) / rate);
  const left = remaining >= 3600 ? `${Math.floor(remaining / 3600)}h${Math.floor((remaining % 3600) / 60)}m` : remaining >= 60 ? `${Math.floor(remaining / 60)}m${remaining % 60}s` : `${remaining}s`;
  return { rate: rate.toFixed(1), left };
}

/** The file name as the bar shows it: its base name, its end kept when too long. */
export function fileLabel(input: string): string {
  const name = basename(input);
  return name.length <= FILE_NAME_WIDTH ? name : `…${name.slice(name.length - FILE_NAME_WIDTH + 1)}`;
}

/** A bar on stderr when it is a terminal; otherwise only the message lines. */
export function createProgress(total: number, enabled: boolean): Progress {
  if (!enabled) {
    return { start: () => undefined, tick: () => undefined, log: (line) => process.stderr.write(`${line}\n`), stop: () => undefined };
  }
  const started = performance.now();
  const bars = new MultiBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} files | {rate} files/s | {left} left | {file}',
      hideCursor: true,
      linewrap: true,
      barsize: 20,
    },
    Presets.shades_classic,
  );
  let done = 0;
  let file = '';
  const figures = () => ({ ...progressFigures(done, total, (performance.now() - started) / 1000), file });
  const bar = bars.create(total, 0, figures());
  return {
    start: (input) => {
      file = fileLabel(input);
      bar.update(done, figures());
    },
    tick: () => {
      done += 1;
      bar.update(done, figures());
    },
    log: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
