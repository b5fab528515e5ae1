// PDF throughput: our ingester against two floors on the same files, pdf.js
// parsing alone (what no table logic can go below) and poppler's `pdftotext
// -layout` (a native text extractor). Times are CPU times of this process
// where possible: the bench shares its machine, and wall time tells more about
// the neighbours than about the code.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPS } from '../ingest/pdf/pdfjs.js';
import { openPdf } from '../ingest/pdf/load.js';
import { readPdf } from '../ingest/pdf/read-pdf.js';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));

interface Timing {
  cpuMs: number;
  wallMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

interface ParseFigures {
  pages: number;
  textCpuMs: number;
  operatorCpuMs: number;
  operators: number;
  pathOperators: number;
}

/** pdf.js alone: every page's text content and operator list, nothing done with them. */
async function parseOnly(bytes: Uint8Array): Promise<ParseFigures> {
  const opening = openPdf(bytes);
  const figures: ParseFigures = { pages: 0, textCpuMs: 0, operatorCpuMs: 0, operators: 0, pathOperators: 0 };
  try {
    const document = await opening.document;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      figures.textCpuMs += (await timed(() => page.getTextContent())).cpuMs;
      const operators = await timed(() => page.getOperatorList());
      figures.operatorCpuMs += operators.cpuMs;
      figures.operators += operators.value.fnArray.length;
      figures.pathOperators += operators.value.fnArray.filter((fn) => fn === OPS.constructPath).length;
      figures.pages++;
    }
  } finally {
    await opening.destroy();
  }
  return figures;
}

/** Wall time of `pdftotext -layout`, or null when poppler-utils is not installed. */
function pdftotext(path: string): number | null {
  const started = performance.now();
  const run = spawnSync('pdftotext', ['-layout', path, '-'], { maxBuffer: 256 * 1024 * 1024 });
  if (run.error) return null;
  return performance.now() - started;
}

function pdfFiles(): string[] {
  const top = readdirSync(samples).filter((f) => f.endsWith('.pdf')).map((f) => join(samples, f));
  const real = readdirSync(join(samples, 'real')).filter((f) => f.endsWith('.pdf')).map((f) => join(samples, 'real', f));
  return [...top, ...real].sort();
}

const fixed = (v: number, digits = 0) => v.toFixed(digits).padStart(8);

export async function runPdfBench(): Promise<void> {
  const files = pdfFiles();
  // One warm-up pass so that JIT compilation and CMap loading are not charged to the first file.
  await readPdf(readFileSync(files[0]), 600_000);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const totals = { pages: 0, oursCpu: 0, oursWall: 0, floorCpu: 0, textCpu: 0, operatorCpu: 0, operators: 0, pathOperators: 0, poppler: 0 };
  let popplerMissing = false;
  console.log('PDF bench: ours = readPdf (tables, paragraphs); floor = pdf.js getTextContent + getOperatorList only');
  console.log(`${'file'.padEnd(52)}   pages  ours ms floor ms   ratio pdftotext ms`);
  try {
    for (const path of files) {
      const bytes = readFileSync(path);
      const floor = await timed(() => parseOnly(bytes));
      const ours = await timed(() => readPdf(bytes, 600_000));
      const poppler = pdftotext(path);
      popplerMissing ||= poppler === null;
      const f = floor.value;
      totals.pages += f.pages;
      totals.oursCpu += ours.cpuMs;
      totals.oursWall += ours.wallMs;
      totals.floorCpu += floor.cpuMs;
      totals.textCpu += f.textCpuMs;
      totals.operatorCpu += f.operatorCpuMs;
      totals.operators += f.operators;
      totals.pathOperators += f.pathOperators;
      totals.poppler += poppler ?? 0;
      const name = path.slice(samples.length);
      console.log(`${name.padEnd(52)} ${fixed(f.pages)} ${fixed(ours.cpuMs)} ${fixed(floor.cpuMs)} ${fixed(ours.cpuMs / floor.cpuMs, 2)} ${poppler === null ? '       –' : fixed(poppler)}`);
    }
  } finally {
    clearInterval(sampler);
  }
  const perSecond = (ms: number) => (totals.pages / (ms / 1000)).toFixed(1);
  console.log('');
  console.log(`pages: ${totals.pages} in ${files.length} files`);
  console.log(`ours:  ${perSecond(totals.oursCpu)} pages/s (CPU), ${perSecond(totals.oursWall)} pages/s (wall); peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  console.log(`floor pdf.js parsing: ${perSecond(totals.floorCpu)} pages/s (CPU): text ${(totals.textCpu / 1000).toFixed(1)} s, operator lists ${(totals.operatorCpu / 1000).toFixed(1)} s`);
  console.log(`  ours / pdf.js floor = ${(totals.oursCpu / totals.floorCpu).toFixed(2)} (table and layout work may add at most 0.25)`);
  console.log(`  operator lists: ${totals.operators} operators, ${totals.pathOperators} of them paths (${((100 * totals.pathOperators) / totals.operators).toFixed(1)}%) — the rest is text drawing the ingester does not read`);
  if (popplerMissing) console.log('floor pdftotext -layout: skipped, pdftotext is not installed (Debian: apt-get install poppler-utils)');
  else console.log(`floor pdftotext -layout: ${perSecond(totals.poppler)} pages/s (wall, separate process); ours / pdftotext = ${(totals.oursWall / totals.poppler).toFixed(2)} (wall)`);
}
