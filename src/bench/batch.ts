// `npm run bench` (batch part): documents per second for each format and for a
// mixed batch of 1,000+ files, the peak memory of that run, and throughput from
// one worker thread to all cores. Each run is the real CLI in a child process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin', 'disclosure.js');
/** Prints the process's peak resident set (KiB) as it exits: worker threads share it. */
const reportPeakMemory = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nPEAK_RSS_KB "+process.resourceUsage().maxRSS+"\\n"))';

const PER_FORMAT = 60;
const MIXED = 1000;
const SCALING = 120;

interface RunResult {
  files: number;
  ok: number;
  seconds: number;
  peakMiB: number;
}

function samples(): string[] {
  const found: string[] = [];
  for (const dir of [join(root, 'samples'), join(root, 'samples', 'real')]) {
    for (const name of readdirSync(dir).sort()) if (/\.(pdf|docx|html?)$/iu.test(name)) found.push(join(dir, name));
  }
  return found;
}

const formatOf = (file: string) => extname(file).slice(1).toLowerCase().replace('htm', 'html').replace('htmll', 'html');

/** `count` files cycling over `sources`, each under its own name, in a fresh folder. */
function stage(sources: readonly string[], count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < count; i += 1) {
    const source = sources[i % sources.length];
    copyFileSync(source, join(dir, 'in', `${String(i).padStart(5, '0')}-${basename(source)}`));
  }
  return dir;
}

function run(dir: string, jobs: number): RunResult {
  const out = join(dir, `out-${jobs}`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', reportPeakMemory, cli, 'extract', join(dir, 'in'), '-o', out, '--no-dedupe', '--quiet', '--jobs', String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status === 2 || child.status === null) throw new Error(`the batch did not run: ${child.stderr}`);
  const report = JSON.parse(readFileSync(join(out, '_report.json'), 'utf8')) as { inputs: number; ok: number };
  const peakKiB = Number(/PEAK_RSS_KB (\d+)/u.exec(child.stderr)?.[1] ?? NaN);
  return { files: report.inputs, ok: report.ok, seconds, peakMiB: peakKiB / 1024 };
}

const rate = (r: RunResult) => r.files / r.seconds;
const line = (label: string, r: RunResult) =>
  `${label.padEnd(28)} ${String(r.files).padStart(5)} files ${String(r.ok).padStart(5)} ok ${r.seconds.toFixed(1).padStart(7)} s ${rate(r).toFixed(1).padStart(8)} docs/s  peak ${r.peakMiB.toFixed(0)} MiB`;

export async function runBatchBench(): Promise<void> {
  const cores = availableParallelism();
  const all = samples();
  console.log(`\n== batch (${cores} cores; every run converts copies under distinct names with --no-dedupe) ==`);

  const formats = [...new Set(all.map(formatOf))].sort();
  for (const format of formats) {
    const dir = stage(all.filter((file) => formatOf(file) === format), PER_FORMAT);
    try {
      console.log(line(`${format}, all cores`, run(dir, cores)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const mixed = stage(all, MIXED);
  try {
    console.log(line('mixed, all cores', run(mixed, cores)));
  } finally {
    rmSync(mixed, { recursive: true, force: true });
  }

  const scaling = stage(all, SCALING);
  try {
    const threadCounts = [...new Set([1, 2, 4, 8, 16, 32, 64].filter((n) => n < cores).concat(cores))];
    const results = threadCounts.map((jobs) => ({ jobs, result: run(scaling, jobs) }));
    const single = rate(results[0].result);
    for (const { jobs, result } of results) {
      console.log(`${line(`mixed, ${jobs} worker${jobs > 1 ? 's' : ''}`, result)}  ×${(rate(result) / single).toFixed(2)} of one worker`);
    }
  } finally {
    rmSync(scaling, { recursive: true, force: true });
  }
}
