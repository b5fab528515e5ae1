// `disclosure compare`: canonical documents (or notices, converted first) → the
// comparison as JSON, and with -o as Markdown, HTML and CSV too.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compareDisclosures } from '../compare/compare.js';
import { comparisonCsv } from '../compare/csv.js';
import { compareExecution, isBudgetAndFinal } from '../compare/execution.js';
import { executionCsv, executionModel } from '../compare/execution-report.js';
import { renderHtml } from '../compare/html.js';
import { renderMarkdown } from '../compare/markdown.js';
import { reportModel, type ReportModel } from '../compare/report-model.js';
import { seriesCsv, seriesModel } from '../compare/series-report.js';
import { compareSeries } from '../compare/series.js';
import type { CompareSettings } from '../compare/settings.js';
import { convert } from '../convert.js';
import { disclosureSchema, type Disclosure } from '../schema/canonical.js';
import { writeFileAtomic } from './write-atomic.js';

/** A problem with what the user named: the command cannot start. */
export class UnusableInput extends Error {}

/** A canonical JSON file, or a notice (PDF, DOCX, HTML) converted on the way. */
export async function loadDisclosure(path: string, timeoutMs: number): Promise<Disclosure> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UnusableInput(`cannot read ${path} (${error.code ?? error.message})`);
  });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return convert(bytes, basename(path), { timeoutMs });
  }
  const checked = disclosureSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new UnusableInput(`${path} is not a canonical disclosure document (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return checked.data;
}

export interface CompareOptions {
  outDir: string | null;
  timeoutMs: number;
  settings: CompareSettings;
}

/** What a comparison of several documents gives: the JSON, its report and its CSV. */
interface Report {
  json: unknown;
  warnings: { code: string; message: string }[];
  model: ReportModel;
  csv: string;
}

/** Two years of one body, a budget with its final accounts, or three or more years as a series. */
function reportOn(documents: Disclosure[], settings: CompareSettings): Report {
  if (documents.length > 2) {
    const series = compareSeries(documents);
    return { json: series, warnings: series.warnings, model: seriesModel(series), csv: seriesCsv(series) };
  }
  const [a, b] = documents;
  // The budget and the final accounts, in either order: what was planned against what was spent.
  const budgetFinal = isBudgetAndFinal(a, b) ? [a, b] : isBudgetAndFinal(b, a) ? [b, a] : null;
  if (budgetFinal) {
    const execution = compareExecution(budgetFinal[0], budgetFinal[1], settings);
    return { json: execution, warnings: execution.warnings, model: executionModel(execution), csv: executionCsv(execution) };
  }
  const comparison = compareDisclosures(a, b, settings);
  return { json: comparison, warnings: comparison.warnings, model: reportModel(comparison), csv: comparisonCsv(comparison) };
}

export async function compareFiles(paths: readonly string[], options: CompareOptions): Promise<Report['warnings']> {
  const documents: Disclosure[] = [];
  for (const path of paths) documents.push(await loadDisclosure(path, options.timeoutMs));
  const report = reportOn(documents, options.settings);
  const json = `${JSON.stringify(report.json, null, 2)}\n`;
  if (!options.outDir) {
    process.stdout.write(json);
    return report.warnings;
  }
  await mkdir(options.outDir, { recursive: true });
  await writeFileAtomic(join(options.outDir, 'compare.json'), json);
  await writeFileAtomic(join(options.outDir, 'compare.md'), renderMarkdown(report.model));
  await writeFileAtomic(join(options.outDir, 'compare.html'), renderHtml(report.model));
  await writeFileAtomic(join(options.outDir, 'compare.csv'), report.csv);
  return report.warnings;
}
