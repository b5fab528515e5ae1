// Where each input's JSON goes. The name comes from the input's own file name and,
// only when that name already holds another file's output, from its content:
// `<file name>.json`, else `<file name>~<sha256 prefix>.json`. A name once given
// to a content keeps it, so a resumed run, a run with more inputs or a second run
// into the folder never moves or overwrites an output of different content.
import { basename } from 'node:path';

export const REPORT_FILE = '_report.json';
/** One line per finished input, appended as it finishes: what a killed run leaves as its record. */
export const JOURNAL_FILE = '_journal.ndjson';
/** Held while a run writes into the folder, so a second run refuses instead of interleaving. */
export const LOCK_FILE = '_lock';

/** Hex digits of the sha256 in a clashing name: unique among any real folder's files. */
export const NAME_HASH_DIGITS = 12;
/** The longest file name (in UTF-8 bytes) common file systems accept. */
export const MAX_NAME_BYTES = 255;

const reserved = new Set([REPORT_FILE, JOURNAL_FILE, LOCK_FILE].map((name) => name.toLowerCase()));

/**
 * Output names in one folder. `taken` maps each output name already there (any
 * case: some file systems ignore it) to the sha256 of the source it holds.
 */
export class OutputNames {
  private readonly taken = new Map<string, string>();

  constructor(existing: ReadonlyMap<string, string> = new Map()) {
    for (const [name, sha256] of existing) this.taken.set(name.toLowerCase(), sha256);
  }

  /** The name for this input's output: its own if free or holding the same content, else one carrying the content hash. */
  claim(input: string, sha256: string): string {
    const fileName = basename(input);
    const plain = `${fileName}.json`;
    if (Buffer.byteLength(plain) <= MAX_NAME_BYTES && this.free(plain, sha256)) return this.bind(plain, sha256);
    const hashed = fitted(fileName, `~${sha256.slice(0, NAME_HASH_DIGITS)}.json`);
    if (this.free(hashed, sha256)) return this.bind(hashed, sha256);
    return this.bind(fitted(fileName, `~${sha256}.json`), sha256);
  }

  private free(name: string, sha256: string): boolean {
    const key = name.toLowerCase();
    if (reserved.has(key)) return false;
    const holder = this.taken.get(key);
    return holder === undefined || holder === sha256;
  }

  private bind(name: string, sha256: string): string {
    this.taken.set(name.toLowerCase(), sha256);
    return name;
  }
}

/** `stem + suffix` (a suffix carrying the content hash), the stem cut at a character boundary so the name fits the file system. */
function fitted(stem: string, suffix: string): string {
  if (Buffer.byteLength(stem + suffix) <= MAX_NAME_BYTES) return stem + suffix;
  const room = MAX_NAME_BYTES - Buffer.byteLength(suffix);
  let cut = '';
  for (const character of stem) {
    if (Buffer.byteLength(cut + character) > room) break;
    cut += character;
  }
  return cut + suffix;
}
