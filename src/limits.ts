// Every limit that keeps one hostile or damaged file from taking a run down, and
// the memory settings of a converter thread, in one place. README.md ("Limits")
// states them and what a file over one gets.

export const limits = {
  /** Bytes read from one input at most; a larger file fails with TOO_LARGE before it is parsed. */
  maxInputBytes: 256 * 1024 * 1024,
  /** Inflated bytes of one part of a Word file (its document.xml, styles.xml …). */
  maxZipEntryBytes: 256 * 1024 * 1024,
  /** Inflated bytes of one compressed stream of a PDF. */
  maxPdfStreamBytes: 256 * 1024 * 1024,
  /**
   * JavaScript heap (old generation) of one converter thread; a file needing more fails with TOO_LARGE
   * and the thread is replaced. V8 also lets a heap grow between full collections by a factor that
   * rises with this cap (about 1.6× the live heap at 1 GiB, 1.8× at 1.5 GiB, 4× from 2 GiB), so the
   * cap sets the memory a busy thread holds too. 1.5 GiB is twelve times the largest live heap a sample
   * needs (about 120 MiB). With the young generation below, two threads on 200 mixed files peaked at
   * 1,079 MiB where 2 GiB reached 1,276, for the same CPU time; 1 GiB held less still (895 MiB) but
   * cost 5–19% more CPU (marking), as 768 MiB cost 16–20%.
   */
  workerHeapMiB: 1536,
  /**
   * Young generation (the nursery where objects start) of one converter thread. A conversion makes
   * short-lived objects fast: V8's default nursery (48 MiB) was collected every 15 MiB of allocation,
   * 526 scavenges for the 19 samples; 192 MiB made that 155 (96 MiB: 275), fewer objects surviving
   * into the old generation, whose growth the cap above bounds.
   */
  workerYoungGenerationMiB: 192,
  /** Columns one table cell may span (HTML's own cap on colspan, applied to Word's gridSpan too). */
  maxColumnSpan: 1000,
} as const;
