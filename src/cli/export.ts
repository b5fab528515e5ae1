// `disclosure export`: a folder of canonical JSON → CSV tables (and/or an Excel
// workbook and a SQLite database), NDJSON and datapackage.json. Reading the
// folder and writing the files happens here; src/export/ makes the bytes,
// taking the documents one at a time as they are read.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { glob } from 'tinyglobby';
import { REPORT_FILE } from '../batch/output-names.js';
import { exportPackage, type ExportFormat } from '../export/package.js';
import { disclosureSchema, type Disclosure } from '../schema/canonical.js';
import { writeFileAtomic } from './write-atomic.js';

export interface ExportSummary {
  documents: number;
  skipped: number;
}

export async function exportDirectory(inDir: string, outDir: string, formats: readonly ExportFormat[], log: (line: string) => void): Promise<ExportSummary> {
  const names = (await glob('**/*.json', { cwd: inDir })).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const inputs = names.filter((name) => {
    if (basename(name) !== REPORT_FILE) return true;
    log(`skipped ${name}: the run report of \`disclosure extract\`, not a notice`);
    return false;
  });
  let documents = 0;

  async function* canonical(): AsyncGenerator<Disclosure> {
    const seen = new Map<string, string>();
    for (const name of inputs) {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(join(inDir, name), 'utf8'));
      } catch (error) {
        log(`skipped ${name}: not readable JSON (${(error as Error).message})`);
        continue;
      }
      const checked = disclosureSchema.safeParse(json);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        log(`skipped ${name}: not a canonical disclosure document (${issue.path.join('.') || 'top level'}: ${issue.message})`);
        continue;
      }
      const earlier = seen.get(checked.data.source.sha256);
      if (earlier !== undefined) {
        log(`skipped ${name}: the same source file (sha256 ${checked.data.source.sha256.slice(0, 12)}…) as ${earlier}`);
        continue;
      }
      seen.set(checked.data.source.sha256, name);
      documents += 1;
      yield checked.data;
    }
  }

  // datapackage.json's `created`: when the newest JSON file of the folder was written, so exporting the same folder again gives the same bytes.
  const times = await Promise.all(inputs.map(async (name) => (await stat(join(inDir, name))).mtimeMs));
  const created = new Date(Math.floor(times.reduce((newest, time) => Math.max(newest, time), 0) / 1000) * 1000);
  const files = await exportPackage(canonical(), { formats, created });
  if (documents > 0) {
    await mkdir(outDir, { recursive: true });
    for (const file of files) await writeFileAtomic(join(outDir, file.path), file.data);
  }
  return { documents, skipped: names.length - documents };
}
