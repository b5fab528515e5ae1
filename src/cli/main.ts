// The `disclosure` command line. I/O lives here and in extract.ts; everything else is pure.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { defaultThreads } from '../batch/converter-pool.js';
import { expandInputs } from './inputs.js';
import { ConversionError } from '../errors.js';
import { defaultCompareSettings } from '../compare/settings.js';
import { exportDirectory } from './export.js';
import { exportFormats, type ExportFormat } from '../export/package.js';
import { extractFiles, OutputFolderError } from './extract.js';
import { auditFiles } from './audit.js';

/** The package's own version (dist/cli/ and src/cli/ both sit two levels below package.json). */
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command('disclosure')
  .description('Turn Chinese budget-disclosure notices (DOCX, PDF, HTML) into validated canonical JSON.')
  .version(version, '-V, --version', 'print the version')
  .exitOverride()
  .showHelpAfterError('(run `disclosure --help` for usage)')
  .addHelpText('after', '\nExamples:\n  disclosure extract notice.pdf\n  disclosure extract samples -o output\n\nRun `disclosure help extract` for details.');

// `disclosure extract x.pdf | head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

program
  .command('extract')
  .description('convert notices to canonical JSON')
  .argument('<inputs...>', "files, directories (searched for .pdf, .docx, .html) or quoted glob patterns ('notices/**/*.pdf')")
  .option('-o, --out <dir>', 'write <input file name>.json per input, _journal.ndjson and _report.json into this folder')
  .option('--timeout <seconds>', 'give up on one file after this many seconds', parsePositive, 120)
  .option('--jobs <n>', 'files converted in parallel (worker threads)', parseCount, defaultThreads())
  .option('--resume', 'skip inputs whose content (sha256) already has an output in the -o folder')
  .option('--no-dedupe', 'convert identical files (same sha256) each, instead of once')
  .option('--quiet', 'no progress bar and no summary line')
  .option('--debug', 'print stack traces of unexpected errors')
  .addHelpText(
    'after',
    `
Examples:
  disclosure extract notice.pdf                  print one notice's JSON to stdout
  disclosure extract samples -o output           convert a folder, writing output/*.json and output/_report.json
  disclosure extract a.docx b.pdf c.html -o out  convert several files
  disclosure extract 'notices/**/*.pdf' -o out   convert what a glob matches
  disclosure extract notices -o out --resume     carry on an interrupted run

Exit status: 0 when every input converted, 1 when any failed, 2 on a usage error
or when the -o folder cannot be used (a file, not writable, or in use by another run).`,
  )
  .action(async (inputs: string[], options: ExtractFlags) => {
    const files = await expandInputs(inputs);
    if (files.length === 0) usageError('no input files found (directories are searched for .pdf, .docx, .html files)');
    if (files.length > 1 && !options.out) usageError(`${files.length} inputs need an output folder: add -o DIR`);
    if (options.resume && !options.out) usageError('--resume needs the output folder of the run to resume: add -o DIR');
    const failed = await extractFiles(files, {
      outDir: options.out ?? null,
      timeoutMs: options.timeout * 1000,
      threads: options.jobs,
      resume: Boolean(options.resume),
      dedupe: options.dedupe,
      quiet: Boolean(options.quiet),
      debug: Boolean(options.debug),
    }).catch((error: unknown) => {
      if (error instanceof OutputFolderError) usageError(error.message);
      throw error;
    });
    process.exitCode = failed > 0 ? 1 : 0;
  });

interface ExtractFlags {
  out?: string;
  timeout: number;
  jobs: number;
  resume?: boolean;
  dedupe: boolean;
  quiet?: boolean;
  debug?: boolean;
}

program
  .command('export')
  .description('turn a folder of canonical JSON into CSV tables (or an Excel workbook, a SQLite database), NDJSON and a datapackage.json')
  .argument('<dir>', 'folder of canonical JSON (the -o folder of `disclosure extract`)')
  .requiredOption('-o, --out <dir>', 'write the exported files, documents.ndjson and datapackage.json into this folder')
  .option('--format <formats>', `what to write: ${exportFormats.join(', ')}; several separated by commas or given again (default: csv)`, parseFormats)
  .addHelpText(
    'after',
    `
csv writes documents.csv, budget_summary.csv, fiscal_lines.csv, performance_indicators.csv,
procurement_lines.csv, assets.csv, findings.csv (UTF-8 with BOM, amounts in yuan); xlsx the same
tables as sheets of disclosure.xlsx; sqlite as tables of disclosure.sqlite. documents.ndjson and
datapackage.json are always written. _report.json and other non-canonical files are skipped.

Examples:
  disclosure extract notices -o json && disclosure export json -o portal
  disclosure export json -o portal --format csv,xlsx,sqlite`,
  )
  .action(async (dir: string, options: { out: string; format?: ExportFormat[] }) => {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) usageError(`${dir} is not a folder`);
    const summary = await exportDirectory(dir, options.out, options.format ?? ['csv'], (line) => console.error(line));
    if (summary.documents === 0) {
      console.error(`disclosure: no canonical documents in ${dir}; convert notices with \`disclosure extract -o ${dir}\` first`);
      process.exitCode = 1;
      return;
    }
    console.error(`exported ${summary.documents} document(s) into ${options.out}${summary.skipped ? `, ${summary.skipped} file(s) skipped` : ''}`);
    process.exitCode = 0;
  });

program
  .command('compare')
  .description('compare notices of one body: two years, a budget with its final accounts, or three or more years as a series')
  .argument('<files...>', 'canonical JSON files (or notices, converted first): the earlier year first, or the budget then the final accounts')
  .option('-o, --out <dir>', 'write compare.json, compare.md, compare.html (with a chart) and compare.csv into this folder')
  .option('--threshold <percent>', 'budget execution: call out figures whose actual is more than this percentage over or under the budget', parsePositive, defaultCompareSettings.executionThreshold * 100)
  .option('--timeout <seconds>', 'when converting a notice, give up after this many seconds', parsePositive, 120)
  .addHelpText(
    'after',
    `
Without -o the comparison JSON is printed to stdout. A warning is printed (and kept
in the JSON) when the documents are from different bodies or the years do not follow.
A budget (预算) and the final accounts (决算) of the same year give the budget
execution: budget, actual, difference and execution rate per figure and line.

Examples:
  disclosure compare out/wanli-2023.pdf.json out/wanli-2024.pdf.json
  disclosure compare 2023.json 2024.json -o report
  disclosure compare budget-2024.json final-2024.json --threshold 5 -o execution
  disclosure compare 2022.json 2023.json 2024.json -o series`,
  )
  .action(async (files: string[], options: { out?: string; timeout: number; threshold: number }) => {
    if (files.length < 2) usageError('compare needs at least two files');
    // Loaded here, not at the top: it brings in the whole converter (pdf.js included), which an
    // extract run's main thread never uses (its worker threads convert).
    const { compareFiles, UnusableInput } = await import('./compare.js');
    try {
      const settings = { ...defaultCompareSettings, executionThreshold: options.threshold / 100 };
      const warnings = await compareFiles(files, { outDir: options.out ?? null, timeoutMs: options.timeout * 1000, settings });
      for (const warning of warnings) console.error(`warning: ${warning.code}: ${warning.message}`);
      if (options.out) console.error(`wrote compare.json, compare.md, compare.html and compare.csv into ${options.out}`);
      process.exitCode = 0;
    } catch (error) {
      failWith(error, UnusableInput);
    }
  });

program
  .command('audit')
  .description('convert notices without writing them and summarise, per notice and in total, what was read and found')
  .argument('<inputs...>', 'files, directories or quoted glob patterns, as for extract')
  .option('--json <file>', 'also write the audit as JSON (to compare two runs)')
  .option('--timeout <seconds>', 'give up on one file after this many seconds', parsePositive, 120)
  .option('--jobs <n>', 'files converted in parallel (worker threads)', parseCount, defaultThreads())
  .addHelpText(
    'after',
    `
For each notice: converted or its error code; tables by kind (RawTable kinds, then fiscal
table kinds); fiscal lines, projects, indicators, procurement lines and asset items; the
headline budgetSummary figures left null; findings by code and severity. Then the totals.

Example:
  disclosure audit notices --json audit.json`,
  )
  .action(async (inputs: string[], options: { json?: string; timeout: number; jobs: number }) => {
    const files = await expandInputs(inputs);
    if (files.length === 0) usageError('no input files found (directories are searched for .pdf, .docx, .html files)');
    await auditFiles(files, { timeoutMs: options.timeout * 1000, threads: options.jobs, jsonFile: options.json ?? null });
    process.exitCode = 0;
  });

program
  .command('inspect')
  .description('write an HTML review page laying the extracted tables, records and findings over the notice')
  .argument('<notice>', 'the notice (PDF, DOCX or HTML)')
  .option('-o, --out <dir>', 'write <notice file name>.review.html into this folder', '.')
  .option('--json <file>', 'the canonical JSON of this notice (else it is converted first)')
  .option('--pages <range>', 'PDF only: draw these pages (e.g. 10-14,21) and what is on them')
  .option('--timeout <seconds>', 'when converting, give up after this many seconds', parsePositive, 120)
  .addHelpText(
    'after',
    `
The page opens from disk with no network: PDF pages are drawn in the browser with every detected
table cell outlined; click a record to see its cells, a cell to see its records, a finding to see
the printed figure (red) and the figures it was compared with (blue); n / p step through findings.

Examples:
  disclosure inspect notice.pdf -o review
  disclosure inspect notice.pdf --json out/notice.pdf.json --pages 10-14`,
  )
  .action(async (notice: string, options: { out: string; json?: string; pages?: string; timeout: number }) => {
    // Loaded here for the same reason as compare's: the converter stays out of extract's main thread.
    const { inspectNotice } = await import('./inspect.js');
    const { UnusableInput } = await import('./compare.js');
    try {
      const out = await inspectNotice(notice, { outDir: options.out, json: options.json ?? null, pages: options.pages ?? null, timeoutMs: options.timeout * 1000 });
      console.error(`wrote ${out}`);
      process.exitCode = 0;
    } catch (error) {
      failWith(error, UnusableInput);
    }
  });

/** A compare or inspect failure: unusable input is a usage error, a file that cannot be converted exits 1, anything else is a bug. */
function failWith(error: unknown, unusable: new (...args: never[]) => Error): void {
  if (error instanceof unusable) usageError(error.message);
  if (!(error instanceof ConversionError)) throw error;
  console.error(`disclosure: ${error.code}: ${error.message}`);
  process.exitCode = 1;
}

function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('must be a positive number');
  return number;
}

function parseFormats(value: string, previous: ExportFormat[] = []): ExportFormat[] {
  const formats = value.split(',').map((format) => format.trim());
  const unknown = formats.find((format) => !(exportFormats as readonly string[]).includes(format));
  if (unknown !== undefined) throw new InvalidArgumentError(`unknown format "${unknown}": use ${exportFormats.join(', ')}`);
  return [...new Set([...previous, ...(formats as ExportFormat[])])];
}

function parseCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return number;
}

function usageError(message: string): never {
  console.error(`disclosure: ${message}`);
  process.exit(2);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  } else {
    console.error(`disclosure: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
