// `npm run bench` (structure part): how conversion time grows with a large
// table and with deep nesting, on HTML inputs generated here. Linear handling
// shows as a flat time per cell and a time per level that does not climb.
// Each input converts in a child process with a time limit of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const convertOne = fileURLToPath(new URL('./convert-one.js', import.meta.url));

/** Rows of the large-table series; the last is the 10,000-row table. */
const TABLE_ROWS = [1000, 10_000];
const TABLE_COLUMNS = 4;
/** Depths of the nested-div series. */
const NESTING = [1000, 2000, 4000, 10_000];
/** A generated input taking longer than this counts as not converted. */
const LIMIT_MS = 120_000;

const title = '<h1>某某局2024年部门预算公开</h1>';

function tableHtml(rows: number): string {
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const code = String(2010101 + r);
    body.push(`<tr><td>${code}</td><td>行政运行${r}</td><td>${(r % 997) + 0.5}</td><td>${(r % 991) + 0.25}</td></tr>`);
  }
  return `<html><head><meta charset="utf-8"></head><body>${title}<p>一般公共预算支出表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td></tr>${body.join('')}</table></body></html>`;
}

function nestedHtml(depth: number): string {
  return `<html><head><meta charset="utf-8"></head><body>${'<div>'.repeat(depth)}${title}<p>一、收支预算总表</p>${'</div>'.repeat(depth)}</body></html>`;
}

interface Measured {
  cpuMs: number;
  outcome: string;
}

function measure(dir: string, name: string, html: string): Measured {
  const path = join(dir, name);
  writeFileSync(path, html);
  const child = spawnSync(process.execPath, [convertOne, path, String(LIMIT_MS)], { encoding: 'utf8', timeout: LIMIT_MS + 10_000 });
  if (child.status !== 0 || child.stdout.trim() === '') {
    const reason = child.signal ? `killed (${child.signal}) after ${LIMIT_MS / 1000} s` : `child failed: ${child.stderr.trim().split('\n').pop() ?? ''}`;
    return { cpuMs: NaN, outcome: reason };
  }
  return JSON.parse(child.stdout) as Measured;
}

const ms = (v: number) => (Number.isNaN(v) ? '–' : v.toFixed(0)).padStart(8);

export function runStructureBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'bench-structure-'));
  try {
    console.log('\n== structure (generated HTML; CPU time of one conversion in a child process) ==');
    for (const rows of TABLE_ROWS) {
      const cells = (rows + 1) * TABLE_COLUMNS;
      const m = measure(dir, `table-${rows}.html`, tableHtml(rows));
      console.log(`table ${String(rows).padStart(6)} rows × ${TABLE_COLUMNS} columns ${ms(m.cpuMs)} ms  ${((1000 * m.cpuMs) / cells).toFixed(1).padStart(7)} µs/cell  ${m.outcome}`);
    }
    for (const depth of NESTING) {
      const m = measure(dir, `nested-${depth}.html`, nestedHtml(depth));
      console.log(`nested divs ${String(depth).padStart(6)} deep          ${ms(m.cpuMs)} ms  ${((1000 * m.cpuMs) / depth).toFixed(1).padStart(7)} µs/level  ${m.outcome}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
