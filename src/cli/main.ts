// The `disclosure` command line. I/O lives here and in extract.ts; everything else is pure.
import { stat } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { defaultThreads } from '../batch/converter-pool.js';
import { expandInputs } from './inputs.js';
import { ConversionError } from '../errors.js';
import { exportDirectory } from './export.js';
import { extractFiles } from './extract.js';

const program = new Command('disclosure')
  .description('Turn Chinese budget-disclosure notices (DOCX, PDF, HTML) into validated canonical JSON.')
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
  .option('-o, --out <dir>', 'write <input file name>.json per input and _report.json into this folder')
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

Exit status: 0 when every input converted, 1 when any failed, 2 on a usage error.`,
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
  .description('turn a folder of canonical JSON into CSV tables, NDJSON and a datapackage.json for open-data portals')
  .argument('<dir>', 'folder of canonical JSON (the -o folder of `disclosure extract`)')
  .requiredOption('-o, --out <dir>', 'write the CSV files, documents.ndjson and datapackage.json into this folder')
  .addHelpText(
    'after',
    `
Writes documents.csv, budget_summary.csv, fiscal_lines.csv, performance_indicators.csv,
procurement_lines.csv, assets.csv, findings.csv (UTF-8 with BOM, amounts in yuan),
documents.ndjson and datapackage.json. _report.json and other non-canonical files are skipped.

Example:
  disclosure extract notices -o json && disclosure export json -o portal`,
  )
  .action(async (dir: string, options: { out: string }) => {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) usageError(`${dir} is not a folder`);
    const summary = await exportDirectory(dir, options.out, (line) => console.error(line));
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
  .description('compare the same body in two years: summary figures, fiscal lines, indicators, procurement')
  .argument('<base>', 'the earlier year: canonical JSON (or a notice, converted first)')
  .argument('<target>', 'the later year: canonical JSON (or a notice, converted first)')
  .option('-o, --out <dir>', 'write compare.json, compare.md and compare.html (with a chart) into this folder')
  .option('--timeout <seconds>', 'when converting a notice, give up after this many seconds', parsePositive, 120)
  .addHelpText(
    'after',
    `
Without -o the comparison JSON is printed to stdout. A warning is printed (and kept
in the JSON) when the documents are from different bodies or the years are not consecutive.

Examples:
  disclosure compare out/wanli-2023.pdf.json out/wanli-2024.pdf.json
  disclosure compare 2023.json 2024.json -o report`,
  )
  .action(async (base: string, target: string, options: { out?: string; timeout: number }) => {
    // Loaded here, not at the top: it brings in the whole converter (pdf.js included), which an
    // extract run's main thread never uses (its worker threads convert).
    const { compareFiles, UnusableInput } = await import('./compare.js');
    try {
      const comparison = await compareFiles(base, target, options.out ?? null, options.timeout * 1000);
      for (const warning of comparison.warnings) console.error(`warning: ${warning.code}: ${warning.message}`);
      if (options.out) console.error(`wrote compare.json, compare.md and compare.html into ${options.out}`);
      process.exitCode = 0;
    } catch (error) {
      if (error instanceof UnusableInput) usageError(error.message);
      if (error instanceof ConversionError) {
        console.error(`disclosure: ${error.code}: ${error.message}`);
        process.exitCode = 1;
        return;
      }
      throw error;
    }
  });

function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('must be a positive number');
  return number;
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
