// `disclosure export`: a folder of canonical JSON → CSV tables (and/or an Excel
// workbook and a SQLite database), NDJSON and datapackage.json. Reading the
// folder and writing the files happens here; src/export/ makes the bytes.
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
  const inputs = (await glob('**/*.json', { cwd: inDir })).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const documents: Disclosure[] = [];
  const seen = new Map<string, string>();
  // datapackage.json's `created`: when the newest exported document was written, so exporting the same folder again gives the same bytes.
  let newest = 0;
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
    documents.push(document);
    newest = Math.max(newest, Math.floor((await stat(join(inDir, name))).mtimeMs / 1000) * 1000);
  }
  if (documents.length === 0) return { documents: 0, skipped };

  const files = await exportPackage(documents, { formats, created: new Date(newest) });
  await mkdir(outDir, { recursive: true });
  for (const file of files) await writeFileAtomic(join(outDir, file.path), file.data);
  return { documents: documents.length, skipped };
}
