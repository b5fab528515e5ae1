// `npm run bench` (batch part): documents per second for each format and for a
// mixed batch (200 files, or 1,000 with --full), the peak memory of that run by
// quarter, and throughput from one worker thread to all cores. Each run is the
// real CLI in a child process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin', 'disclosure.js');
const memoryProbe = new URL('./memory-probe.js', import.meta.url).href;

const PER_FORMAT = 40;
/** The mixed batch: the issue's 1,000 files with --full, a fifth of that by default. */
const MIXED = { quick: 200, full: 1000 };
const SCALING = 60;

interface RunResult {
  files: number;
  ok: number;
  seconds: number;
  peakMiB: number;
  quarterPeaksMiB: number[];
  cpuSeconds: number;
  /** The main thread's share of cpuSeconds (reading, hashing, writing, journal), or null where the system does not say. */
  mainThreadCpuSeconds: number | null;
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
  const child = spawnSync(process.execPath, ['--import', memoryProbe, cli, 'extract', join(dir, 'in'), '-o', out, '--no-dedupe', '--quiet', '--jobs', String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status === 2 || child.status === null) throw new Error(`the batch did not run: ${child.stderr}`);
  const report = JSON.parse(readFileSync(join(out, '_report.json'), 'utf8')) as { inputs: number; ok: number };
  const probe = /MEMORY_PROBE (.*)/u.exec(child.stderr)?.[1];
  if (!probe) throw new Error(`the batch printed no memory figures: ${child.stderr}`);
  const memory = JSON.parse(probe) as { peakKiB: number; quarterPeaksKiB: number[]; cpuMs: number; mainThreadCpuMs: number | null };
  return {
    files: report.inputs,
    ok: report.ok,
    seconds,
    peakMiB: memory.peakKiB / 1024,
    quarterPeaksMiB: memory.quarterPeaksKiB.map((k) => k / 1024),
    cpuSeconds: memory.cpuMs / 1000,
    mainThreadCpuSeconds: memory.mainThreadCpuMs === null ? null : memory.mainThreadCpuMs / 1000,
  };
}

const rate = (r: RunResult) => r.files / r.seconds;
const line = (label: string, r: RunResult) =>
  `${label.padEnd(28)} ${String(r.files).padStart(5)} files ${String(r.ok).padStart(5)} ok ${r.seconds.toFixed(1).padStart(7)} s ${rate(r).toFixed(1).padStart(8)} docs/s  peak ${r.peakMiB.toFixed(0)} MiB`;

/** CPU time per file and the cores it kept busy: a run using more CPU for the same files, or fewer cores than it has workers, shows it on a busy machine too. */
const cpu = (r: RunResult) => {
  const main = r.mainThreadCpuSeconds === null ? '' : `, main thread ${((100 * r.mainThreadCpuSeconds) / r.cpuSeconds).toFixed(0)}% of it`;
  return `CPU ${((1000 * r.cpuSeconds) / r.files).toFixed(0)} ms/file on ${(r.cpuSeconds / r.seconds).toFixed(2)} cores${main}`;
};

const quarters = (r: RunResult) => `peak by quarter of the run ${r.quarterPeaksMiB.map((m) => m.toFixed(0)).join(' → ')} MiB`;

export function runBatchBench(full: boolean): void {
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

  const mixedCount = full ? MIXED.full : MIXED.quick;
  const mixed = stage(all, mixedCount);
  try {
    const result = run(mixed, cores);
    console.log(line('mixed, all cores', result));
    console.log(`  ${quarters(result)}; ${cpu(result)}; ${(result.peakMiB / cores).toFixed(0)} MiB per worker (peak / ${cores}, main thread included)${full ? '' : ` (${MIXED.full} files: npm run bench -- --full)`}`);
  } finally {
    rmSync(mixed, { recursive: true, force: true });
  }

  const scaling = stage(all, SCALING);
  try {
    const threadCounts = [...new Set([1, 2, 4, 8, 16, 32, 64].filter((n) => n < cores).concat(cores))];
    const results = threadCounts.map((jobs) => ({ jobs, result: run(scaling, jobs) }));
    const single = rate(results[0].result);
    for (const { jobs, result } of results) {
      const workers = `${jobs} worker${jobs > 1 ? 's' : ''}`;
      console.log(`${line(`mixed, ${workers}`, result)}  ×${(rate(result) / single).toFixed(2)} of one worker`);
      console.log(`  ${cpu(result)}; ${(result.peakMiB / jobs).toFixed(0)} MiB per worker (peak / ${jobs}, main thread included)`);
    }
  } finally {
    rmSync(scaling, { recursive: true, force: true });
  }
}
