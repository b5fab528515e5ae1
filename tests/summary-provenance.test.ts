// Where each budgetSummary figure was read, recorded as data (budgetSummary.provenance).
// 国家信访局 2026 部门预算; figures read from the PDF (pdftotext -layout -f 5 -l 5 and -f 16 -l 16).
import { describe, expect, it } from 'vitest';
import { convertSample } from './support/samples.js';

const load = () => convertSample('real/central-guojia-xinfangju-2026-dept-budget.pdf');

describe('budgetSummary.provenance (central 国家信访局 2026)', () => {
  it('records a table figure by table, printed label, row and page: 收入总计 50,616.94 of 部门公开表1, p. 5', async () => {
    const d = await load();
    const where = d.budgetSummary.provenance['revenue.total'];
    expect(where).toMatchObject({ from: 'table', label: '部门公开表1', page: 5 });
    if (where?.from !== 'table' || where.row === null) throw new Error('no table row recorded');
    expect(d.tables[where.table].rows[where.row].map((cell) => cell.text)).toEqual(['收入总计', '50,616.94', '支出总计', '50,616.94']);
    expect(d.budgetSummary.revenue.total).toBe(506169400);
  });

  it('records the “三公” total of 部门公开表9 on p. 16, the row printing 112.61', async () => {
    const d = await load();
    const where = d.budgetSummary.provenance['threePublic.total'];
    expect(where).toMatchObject({ from: 'table', label: '部门公开表9', page: 16 });
    if (where?.from !== 'table' || where.row === null) throw new Error('no table row recorded');
    expect(d.tables[where.table].rows[where.row][0].text).toBe('112.61');
  });

  it('records a narrative figure by its sentence and printed precision: 机关运行经费 2,376.26万元 (to 0.01万元: ±50 yuan)', async () => {
    const d = await load();
    expect(d.budgetSummary.provenance.operatingExpenses).toMatchObject({ from: 'narrative', tolerance: 50 });
    expect(d.budgetSummary.provenance.operatingExpenses).toHaveProperty('sentence', expect.stringContaining('机关运行经费财政拨款预算2,376.26万元'));
    expect(d.budgetSummary.operatingExpenses).toBe(23762600);
  });
});
