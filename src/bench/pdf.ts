// PDF cost per page: our ingester against two floors on the same files, pdf.js
// parsing alone (what no table logic can go below: every page's operator list,
// which is all the ingester asks pdf.js for) and poppler's `pdftotext -layout`
// (a native text extractor). All are CPU times (pdftotext's measured
// as a child of bash): the bench shares its machine, and wall time tells more
// about the neighbours than about the code.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPS } from '../ingest/pdf/pdfjs.js';
import { openPdf } from '../ingest/pdf/load.js';
import { readPdf } from '../ingest/pdf/read-pdf.js';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));

async function timed<T>(work: () => Promise<T>): Promise<{ cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}

interface ParseFigures {
  pages: number;
  operators: number;
  pathOperators: number;
}

/** pdf.js alone: every page's operator list (text, paths and clips, fonts loaded), nothing done with it. */
async function parseOnly(bytes: Uint8Array): Promise<ParseFigures> {
  const opening = openPdf(bytes);
  const figures: ParseFigures = { pages: 0, operators: 0, pathOperators: 0 };
  try {
    const document = await opening.document;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const operators = await timed(() => page.getOperatorList());
      figures.operators += operators.value.fnArray.length;
      figures.pathOperators += operators.value.fnArray.filter((fn) => fn === OPS.constructPath).length;
      figures.pages++;
    }
  } finally {
    await opening.destroy();
  }
  return figures;
}

/** Whether poppler's pdftotext is on the PATH. */
function hasPdftotext(): boolean {
  return !spawnSync('pdftotext', ['-v']).error;
}

/**
 * CPU time (user + system) of `pdftotext -layout` on one file: bash's `times`
 * prints its children's CPU time on its second line (`0m0.031s 0m0.004s`).
 */
function pdftotextCpuMs(path: string): number {
  const run = spawnSync('bash', ['-c', 'pdftotext -layout "$1" /dev/null && times', 'bash', path], { encoding: 'utf8' });
  const children = run.stdout.trim().split('\n')[1] ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/gu)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (run.status !== 0 || seconds.length !== 2) throw new Error(`pdftotext failed on ${path}: ${run.stderr}`);
  return (seconds[0] + seconds[1]) * 1000;
}

function pdfFiles(): string[] {
  const top = readdirSync(samples).filter((f) => f.endsWith('.pdf')).map((f) => join(samples, f));
  const real = readdirSync(join(samples, 'real')).filter((f) => f.endsWith('.pdf')).map((f) => join(samples, 'real', f));
  return [...top, ...real].sort();
}

const fixed = (v: number, digits = 0) => v.toFixed(digits).padStart(8);

export async function runPdfBench(): Promise<void> {
  const files = pdfFiles();
  const poppler = hasPdftotext();
  // One warm-up pass so that JIT compilation and CMap loading are not charged to the first file.
  await readPdf(readFileSync(files[0]), 600_000);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const totals = { pages: 0, oursCpu: 0, floorCpu: 0, operators: 0, pathOperators: 0, popplerCpu: 0 };
  console.log('== PDF: CPU time per page (this process; pdftotext as a child) ==');
  console.log('ours = readPdf (tables, paragraphs); floor = pdf.js getOperatorList only (text runs are rebuilt from it, text-runs.ts)');
  console.log(`${'file'.padEnd(52)}   pages  ours ms floor ms pdftotext ms  (per page)`);
  try {
    for (const path of files) {
      const bytes = readFileSync(path);
      const floor = await timed(() => parseOnly(bytes));
      const ours = await timed(() => readPdf(bytes, 600_000));
      const popplerCpu = poppler ? pdftotextCpuMs(path) : NaN;
      const f = floor.value;
      totals.pages += f.pages;
      totals.oursCpu += ours.cpuMs;
      totals.floorCpu += floor.cpuMs;
      totals.operators += f.operators;
      totals.pathOperators += f.pathOperators;
      totals.popplerCpu += popplerCpu;
      const name = path.slice(samples.length);
      console.log(`${name.padEnd(52)} ${fixed(f.pages)} ${fixed(ours.cpuMs / f.pages, 1)} ${fixed(floor.cpuMs / f.pages, 1)} ${poppler ? fixed(popplerCpu / f.pages, 1) : '       –'}`);
    }
  } finally {
    clearInterval(sampler);
  }
  const perPage = (ms: number) => `${(ms / totals.pages).toFixed(1).padStart(6)} ms/page`;
  console.log('');
  console.log(`pages: ${totals.pages} in ${files.length} files; peak RSS of this process ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  console.log(`ours:                ${perPage(totals.oursCpu)}`);
  console.log(`pdf.js floor:        ${perPage(totals.floorCpu)}`);
  if (poppler) console.log(`pdftotext -layout:   ${perPage(totals.popplerCpu)}`);
  else console.log('pdftotext -layout:   skipped, pdftotext is not installed (Debian: apt-get install poppler-utils)');
  console.log(`ratios: ours / pdf.js floor = ${(totals.oursCpu / totals.floorCpu).toFixed(2)}` + (poppler ? `, ours / pdftotext = ${(totals.oursCpu / totals.popplerCpu).toFixed(1)}, pdf.js floor / pdftotext = ${(totals.floorCpu / totals.popplerCpu).toFixed(1)}` : ''));
  console.log(`operator lists: ${totals.operators} operators, ${totals.pathOperators} of them paths (${((100 * totals.pathOperators) / totals.operators).toFixed(1)}%) — nearly all the rest is text drawing`);
}
