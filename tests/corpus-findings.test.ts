// Error findings that remain on the development corpus are the document's own mistakes.
// These two notices (samples/wide/, copied from the corpus's wide harvest) print tables that
// contradict themselves; each finding below was read on the page (pdftotext -layout).
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

/** Error findings as [table title, row code or name, measure, expected, printed]. */
function errors(d: Disclosure): [string, string, string, number | undefined, number | undefined][] {
  return d.validation
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      const [, section, t, rows, r, , key] = finding.path.split('/');
      expect(section).toBe('fiscalTables');
      const table = d.fiscalTables[Number(t)];
      const label = rows === 'lines' ? (table.lines[Number(r)].code ?? table.lines[Number(r)].name) : table.totals[Number(r)].name;
      return [table.title, label, key, finding.expected, finding.actual];
    });
}

describe('findings the document really makes', () => {
  it('Fuzhou 巡特警支队 2026: 20402 公安 is 7,927.40万元 but its items add to 6,556.70 + 1,051.46 (pp. 10 and 12)', async () => {
    const d = await convertSample('wide/w180-fuzhou.pdf');
    // p. 10: 20402 公安 7,927.40 | 6,556.70 | 1,370.70; 2040201 行政运行 6,556.70; 2040299 其他公安支出 1,051.46 (project).
    expect(errors(d)).toEqual([
      ['2026年度支出预算总表', '20402', 'total', 76081600, 79274000],
      ['2026年度支出预算总表', '20402', 'project', 10514600, 13707000],
      ['2026年度一般公共预算拨款支出预算表', '20402', 'total', 76081600, 79274000],
      ['2026年度一般公共预算拨款支出预算表', '20402', 'project', 10514600, 13707000],
    ]);
  });

  it("Xi'an 国资委 2022: every error finding is in 表6 (p. 29), whose printed figures do not line up with their rows", async () => {
    const d = await convertSample('wide/w197-xian.pdf');
    const found = errors(d);
    expect(new Set(found.map(([title]) => title))).toEqual(new Set(['2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）']));
    // p. 29: 合计 25180591.33 | 13593324.02 | 993767.31 | 10593500.00 over 301 12328074.22, 302 940000.00,
    // 303 184709.80 and 312 9648500.00 (23101284.02); 302 商品和服务支出 prints 940000.00 over items of 2,264,017.11.
    expect(found).toContainEqual(['2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）', '合计', 'total', 23101284.02, 25180591.33]);
    expect(found).toContainEqual(['2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）', '302', 'total', 2264017.11, 940000]);
  });

  it('Fuzhou 交警支队 2026: 20402 公安 is 48,200.88 (40,200.88 from the general public budget) over items of 38,820.86 (30,820.86) (pp. 9 and 11)', async () => {
    const d = await convertSample('wide/w182-fuzhou.pdf');
    // p. 9: 20402 公安 48,200.88 | 22,431.07 | 25,769.81; 2040201 行政运行 22,431.07; 2040299 其他公安支出 16,389.79.
    // p. 11: 20402 公安 40,200.88 | 22,431.07 | 17,769.81; 2040201 22,431.07; 2040299 8,389.79.
    expect(errors(d)).toEqual([
      ['2026年度支出预算总表', '20402', 'total', 388208600, 482008800],
      ['2026年度支出预算总表', '20402', 'project', 163897900, 257698100],
      ['2026年度一般公共预算拨款支出预算表', '20402', 'total', 308208600, 402008800],
      ['2026年度一般公共预算拨款支出预算表', '20402', 'project', 83897900, 177698100],
    ]);
  });

  it("Xi'an 住建局 2022: the narrative's 政府采购预算 8704.4万元 (p. 31) against the procurement table's 合计 87,323,949.20元 (pp. 58–60)", async () => {
    const d = await convertSample('wide/w193-xian.pdf');
    expect(d.validation.filter((finding) => finding.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'CROSS_TABLE_MISMATCH', path: '/budgetSummary/procurementTotal', expected: 87323949.2, actual: 87044000 }),
    ]);
    // 表10 (pp. 51–56): 253013 西安市保障性住房管理中心 2,049,636,600.00 stays its own; the next page's 专用项目 row is a new row.
    const projects = d.fiscalTables.find((table) => table.kind === 'project_expenditure')!;
    expect(projects.lines.find((line) => line.code === '253013')).toMatchObject({ name: '西安市保障性住房管理中心', values: { total: 2049636600 } });
  });
});
