import { describe, expect, it } from 'vitest';
import type { FiscalLine, FiscalTable, RawTable } from '../schema/canonical.js';
import { measureLabeller } from './measure-labels.js';

const cell = (text: string, colSpan = 1) => ({ text, rowSpan: 1, colSpan });
const line = (side: FiscalLine['side'], name: string, values: FiscalLine['values']): FiscalLine => ({
  side,
  code: null,
  scheme: null,
  level: 1,
  name,
  codes: [],
  unit: null,
  values,
  source: { table: 0, row: 2 },
});

// A 财政拨款收支总表 as printed: a revenue panel of one value column beside an expenditure panel of four.
const raw: RawTable = {
  index: 0,
  title: '财政拨款收支总体情况表',
  pages: [15, 16],
  kind: 'fiscal',
  unitOfMeasure: '万元',
  rows: [
    [cell('收入', 2), cell('支出', 5)],
    [cell('项目'), cell('金额'), cell('项目'), cell('合计'), cell('一般公共预算'), cell('政府性基金预算'), cell('国有资本经营预算')],
    [cell('一、本年收入'), cell('1,935.36'), cell('一、本年支出'), cell('1,935.36'), cell('1,935.36'), cell(''), cell('')],
  ],
};

const revenue = line('revenue', '本年收入', { total: 19353600 });
const expenditure = line('expenditure', '本年支出', { total: 19353600, generalPublicBudget: 19353600, governmentFund: null, stateCapital: null });
const table: FiscalTable = {
  kind: 'appropriation_summary',
  title: '财政拨款收支总体情况表',
  label: null,
  phase: 'budget',
  unitOfMeasure: '万元',
  measures: [
    { key: 'total', label: '收入/金额' },
    { key: 'generalPublicBudget', label: '支出/一般公共预算' },
    { key: 'governmentFund', label: '支出/政府性基金预算' },
    { key: 'stateCapital', label: '支出/国有资本经营预算' },
  ],
  totals: [],
  lines: [revenue, expenditure],
  empty: false,
  note: null,
  source: { table: 0 },
};

describe('measure labels of a two-sided table', () => {
  it('labels each side’s values with its own panel’s columns', () => {
    const labels = measureLabeller(table, raw);
    expect([...labels(revenue)]).toEqual([['total', '收入/金额']]);
    expect([...labels(expenditure)]).toEqual([
      ['total', '支出/合计'],
      ['generalPublicBudget', '支出/一般公共预算'],
      ['governmentFund', '支出/政府性基金预算'],
      ['stateCapital', '支出/国有资本经营预算'],
    ]);
  });

  it('finds panels named with more words (本年收入, 财政拨款支出) and, among several, the one printing the line', () => {
    // Xi'an and Jiangsu print spending twice or three times: by function and by economic classification.
    const wide: RawTable = {
      ...raw,
      rows: [
        [cell('本年收入', 2), cell('本年支出', 4)],
        [cell('项目'), cell('预算数'), cell('支出功能分类科目（按大类）'), cell('预算数'), cell('支出经济分类科目'), cell('金额')],
        [cell('一、财政拨款'), cell('100'), cell('一般公共服务支出'), cell('60'), cell('工资福利支出'), cell('70')],
      ],
    };
    const byFunction = line('expenditure', '一般公共服务支出', { total: 600000 });
    const byEconomy = line('expenditure', '工资福利支出', { total: 700000 });
    const income = line('revenue', '财政拨款', { total: 1000000 });
    const summary: FiscalTable = { ...table, kind: 'income_expenditure_summary', measures: [{ key: 'total', label: '本年收入/预算数' }], lines: [income, byFunction, byEconomy] };
    const labels = measureLabeller(summary, wide);
    expect(labels(income).get('total')).toBe('本年收入/预算数');
    expect(labels(byFunction).get('total')).toBe('本年支出/预算数');
    expect(labels(byEconomy).get('total')).toBe('本年支出/金额');
  });

  it('without the printed panel, drops the other side’s panel word rather than claim it', () => {
    const labels = measureLabeller(table, undefined);
    expect(labels(expenditure).get('total')).toBe('金额');
    expect(labels(revenue).get('total')).toBe('收入/金额');
  });

  it('keeps the table’s labels for lines of a one-sided table', () => {
    const single = line(null, '一般公共服务支出', { total: 100 });
    expect([...measureLabeller({ ...table, lines: [single] }, raw)(single)]).toEqual([['total', '收入/金额']]);
  });
});
