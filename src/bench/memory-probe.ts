// Loaded into a bench batch run with `node --import`: samples the process's
// resident set (worker threads share it) and, as the process exits, prints on
// stderr the peak of each quarter of the run, so a batch whose memory climbs
// as it goes shows it, and the CPU time of the whole process and of its main
// thread alone, so a pool held back by its main thread shows it on a busy
// machine too (CPU time, unlike the wall clock, does not count others' work).
import { readFileSync } from 'node:fs';

const SAMPLE_MS = 50;
const started = performance.now();
const samples: { at: number; rss: number }[] = [];
const sampler = setInterval(() => samples.push({ at: performance.now() - started, rss: process.memoryUsage.rss() }), SAMPLE_MS);
sampler.unref();

/** The main thread's own CPU milliseconds from Linux's per-thread accounting (clock ticks of 10 ms), or null elsewhere. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

process.on('exit', () => {
  const duration = performance.now() - started;
  const quarters = [0, 0, 0, 0];
  for (const { at, rss } of samples) {
    const q = Math.min(3, Math.floor((4 * at) / duration));
    quarters[q] = Math.max(quarters[q], rss);
  }
  const usage = process.resourceUsage();
  const figures = {
    peakKiB: usage.maxRSS,
    quarterPeaksKiB: quarters.map((b) => Math.round(b / 1024)),
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    mainThreadCpuMs: mainThreadCpuMs(),
  };
  process.stderr.write(`\nMEMORY_PROBE ${JSON.stringify(figures)}\n`);
});
