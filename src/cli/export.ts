// `disclosure export`: a folder of canonical JSON → CSV tables, NDJSON and
// datapackage.json. Reads one document at a time and streams rows to disk, so
// a year's notices export in constant memory; files appear only when complete.
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { REPORT_FILE } from '../batch/output-names.js';
import { csvHeader, csvRows } from '../export/csv.js';
import { csvPath, dataPackage, NDJSON_FILE, type ExportedFile } from '../export/datapackage.js';
import { exportTables } from '../export/tables.js';
import { disclosureSchema } from '../schema/canonical.js';
import { writeFileAtomic } from './write-atomic.js';

export interface ExportSummary {
  documents: number;
  skipped: number;
}

export async function exportDirectory(inDir: string, outDir: string, log: (line: string) => void): Promise<ExportSummary> {
  const inputs = (await glob('**/*.json', { cwd: inDir })).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  await mkdir(outDir, { recursive: true });
  const csvFiles = exportTables.map((table) => new HashingFile(join(outDir, csvPath(table))));
  const ndjson = new HashingFile(join(outDir, NDJSON_FILE));
  for (const [index, table] of exportTables.entries()) await csvFiles[index].write(csvHeader(table.fields));

  const seen = new Map<string, string>();
  const years = new Set<number>();
  let skipped = 0;
  const skip = (name: string, why: string) => {
    skipped += 1;
    log(`skipped ${name}: ${why}`);
  };
  for (const name of inputs) {
    if (basename(name) === REPORT_FILE) {
      skip(name, 'the run report of `disclosure extract`, not a notice');
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(inDir, name), 'utf8'));
    } catch (error) {
      skip(name, `not readable JSON (${(error as Error).message})`);
      continue;
    }
    const checked = disclosureSchema.safeParse(json);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      skip(name, `not a canonical disclosure document (${issue.path.join('.') || 'top level'}: ${issue.message})`);
      continue;
    }
    const document = checked.data;
    const earlier = seen.get(document.source.sha256);
    if (earlier !== undefined) {
      skip(name, `the same source file (sha256 ${document.source.sha256.slice(0, 12)}…) as ${earlier}`);
      continue;
    }
    seen.set(document.source.sha256, name);
    years.add(document.document.fiscalYear);
    for (const [index, table] of exportTables.entries()) {
      const rows = table.rows(document);
      if (rows.length > 0) await csvFiles[index].write(csvRows(rows));
    }
    await ndjson.write(`${JSON.stringify(json)}\n`);
  }

  const files: ExportedFile[] = [];
  for (const file of [...csvFiles, ndjson]) files.push({ path: relative(outDir, file.path), ...(await file.commit()) });
  const descriptor = dataPackage(exportTables, { fiscalYears: [...years].sort((a, b) => a - b), documents: seen.size, files });
  await writeFileAtomic(join(outDir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  return { documents: seen.size, skipped };
}

/** A file written through a temporary name, counting and hashing what it holds. */
class HashingFile {
  private readonly temporary: string;
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  private failure: Error | null = null;

  constructor(readonly path: string) {
    this.temporary = `${path}.${process.pid}.tmp`;
    this.stream = createWriteStream(this.temporary);
    this.stream.on('error', (error) => (this.failure = error));
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    const chunk = Buffer.from(text, 'utf8');
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async commit(): Promise<{ bytes: number; sha256: string }> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await once(this.stream, 'finish');
    await rename(this.temporary, this.path);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}
