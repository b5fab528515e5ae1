// Loaded into a bench batch run with `node --import`: samples the process's
// resident set (worker threads share it) and, as the process exits, prints on
// stderr the peak of each quarter of the run, so a batch whose memory climbs
// as it goes shows it.
const SAMPLE_MS = 50;
const started = performance.now();
const samples: { at: number; rss: number }[] = [];
const sampler = setInterval(() => samples.push({ at: performance.now() - started, rss: process.memoryUsage.rss() }), SAMPLE_MS);
sampler.unref();

process.on('exit', () => {
  const duration = performance.now() - started;
  const quarters = [0, 0, 0, 0];
  for (const { at, rss } of samples) {
    const q = Math.min(3, Math.floor((4 * at) / duration));
    quarters[q] = Math.max(quarters[q], rss);
  }
  const peakKiB = process.resourceUsage().maxRSS;
  process.stderr.write(`\nMEMORY_PROBE ${JSON.stringify({ peakKiB, quarterPeaksKiB: quarters.map((b) => Math.round(b / 1024)) })}\n`);
});
