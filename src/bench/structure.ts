// `npm run bench` (structure part): time per table cell on HTML tables of 1,000 and
// 10,000 rows, and time per level of a nested-div series. Linear handling shows as
// a per-cell or per-level time that stays flat as the size grows (ratio near 1).
import { convert } from '../convert.js';

const title = 'XX市财政局2023年部门预算公开';

async function millisecondsFor(html: string): Promise<number> {
  const started = performance.now();
  await convert(Buffer.from(html), 'bench.html', { timeoutMs: 600_000 }).catch(() => undefined);
  return performance.now() - started;
}

const table = (rows: number) =>
  `<html><body><h1>${title}</h1><p>表一 支出总表</p><table>${'<tr><td>2010101</td><td>行政运行</td><td>1,234.56</td><td>1,234.56</td></tr>'.repeat(rows)}</table></body></html>`;

const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<h1>${title}</h1>${'</div>'.repeat(depth)}</body></html>`;

export async function runStructureBench(): Promise<void> {
  console.log('\nStructure (HTML, one file in-process)');
  const perCell: number[] = [];
  for (const rows of [1_000, 10_000]) {
    const ms = await millisecondsFor(table(rows));
    perCell.push(ms / (rows * 4));
    console.log(`  table of ${rows} rows: ${Math.round(ms)} ms, ${(1000 * perCell.at(-1)!).toFixed(1)} µs per cell`);
  }
  console.log(`  per-cell time, 10,000 rows ÷ 1,000 rows: ${(perCell[1] / perCell[0]).toFixed(2)} (1 = linear)`);
  const perLevel: number[] = [];
  for (const depth of [1_000, 2_000, 4_000, 10_000]) {
    const ms = await millisecondsFor(nested(depth));
    perLevel.push(ms / depth);
    console.log(`  ${depth} nested divs: ${Math.round(ms)} ms, ${(1000 * perLevel.at(-1)!).toFixed(1)} µs per level`);
  }
  console.log(`  per-level time, 10,000 ÷ 1,000 levels: ${(perLevel.at(-1)! / perLevel[0]).toFixed(2)} (1 = linear; the HTML parser's own share grows with depth)`);
}
