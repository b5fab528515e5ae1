// Every limit that keeps one hostile or damaged file from taking a run down, in
// one place. README.md ("Limits") states them and what a file over one gets.

export const limits = {
  /** Bytes read from one input at most; a larger file fails with TOO_LARGE before it is parsed. */
  maxInputBytes: 256 * 1024 * 1024,
  /** Inflated bytes of one part of a Word file (its document.xml, styles.xml …). */
  maxZipEntryBytes: 256 * 1024 * 1024,
  /** Inflated bytes of one compressed stream of a PDF. */
  maxPdfStreamBytes: 256 * 1024 * 1024,
  /** JavaScript heap of one converter thread; a file needing more fails with TOO_LARGE and the thread is replaced. */
  workerHeapMiB: 2048,
  /** Columns one table cell may span (HTML's own cap on colspan, applied to Word's gridSpan too). */
  maxColumnSpan: 1000,
} as const;
