// 上海市普陀区万里街道办事处 2023 部门预算 (Shanghai nine-table set): tables in 元, the 三公 table
// in 万元, 类|款|项 code columns. Figures read from the PDF (pdftotext -layout).
import { describe, expect, it } from 'vitest';
import type { FiscalTable } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

const load = () => convertSample('real/shanghai-putuo-wanli-2023-dept-budget.pdf');
const byKind = async (kind: FiscalTable['kind']) => (await load()).fiscalTables.find((table) => table.kind === kind)!;

describe('Shanghai 万里街道 2023: fiscal tables', () => {
  it('types the nine tables and keeps each table its own unit', async () => {
    const tables = (await load()).fiscalTables;
    expect(tables.map((table) => [table.kind, table.unitOfMeasure])).toEqual([
      ['income_expenditure_summary', '元'],
      ['income', '元'],
      ['expenditure', '元'],
      ['appropriation_summary', '元'],
      ['general_public_expenditure', '元'],
      ['government_fund_expenditure', '元'],
      ['state_capital_expenditure', '元'],
      ['basic_expenditure', '元'],
      ['three_public', '万元'],
    ]);
  });

  it('joins 类|款|项 columns into codes', async () => {
    const table = await byKind('expenditure');
    const line = (code: string) => table.lines.find((entry) => entry.code === code);
    expect(line('201')).toMatchObject({ level: 1, name: '一般公共服务支出', values: { total: 2976800, basic: 0, project: 2976800 } });
    expect(line('20105')).toMatchObject({ level: 2, name: '统计信息事务', values: { total: 627600 } });
    expect(line('2010506')).toMatchObject({ level: 3, scheme: 'functional', name: '统计管理', values: { total: 26300 } });
    expect(table.totals[0].values).toMatchObject({ total: 164978640, basic: 99406297, project: 65572343 });
  });

  it('reads the basic table by department economic codes', async () => {
    const table = await byKind('basic_expenditure');
    expect(table.lines).toHaveLength(30);
    expect(table.lines.find((entry) => entry.code === '30101')).toMatchObject({ scheme: 'economic_department', level: 2, name: '基本工资', values: { total: 5668416, personnel: 5668416 } });
    expect(table.totals[0].values).toMatchObject({ total: 99406297, personnel: 84024865, publicOperation: 15381432 });
  });

  it('keeps the two sides of the 财务收支预算总表', async () => {
    const table = await byKind('income_expenditure_summary');
    expect(table.lines.find((entry) => entry.side === 'revenue' && entry.name === '财政拨款收入')?.values.total).toBe(164978640);
    expect(table.lines.find((entry) => entry.side === 'expenditure' && entry.name === '城乡社区支出')?.values.total).toBe(121319878);
    expect(table.totals.map((total) => [total.side, total.name, total.values.total])).toEqual([
      ['revenue', '收入总计', 164978640],
      ['expenditure', '支出总计', 164978640],
    ]);
  });

  it('states the 政府性基金 table empty, with its note', async () => {
    const table = await byKind('government_fund_expenditure');
    expect(table).toMatchObject({ empty: true, lines: [], note: '注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。' });
  });

  it('reads the 三公 and 机关运行经费 table in 万元', async () => {
    const table = await byKind('three_public');
    expect(table.totals[0].values).toMatchObject({ total: 229100, overseasTravel: 0, reception: 13500, vehicles: 215600, vehiclePurchase: 0, vehicleOperation: 215600, operatingExpenses: 7860900 });
  });

  it('finds the tables balanced: no fiscal finding', async () => {
    expect((await load()).validation.filter((finding) => finding.path.startsWith('/fiscalTables/'))).toEqual([]);
  });
});
