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
  /** Rows and columns a table's spans may reach past its real grid are cut back to it; no table is wider than this. */
  maxTableColumns: 1000,
} as const;
