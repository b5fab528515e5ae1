import { describe, expect, it } from 'vitest';
import { change } from './change.js';
import { oneChangeEach, type Candidate } from './one-change.js';

const figure = (path: string, base: number, target: number): Candidate => ({ ...change(base, target), figure: path, code: null, scheme: null, name: path, table: null, where: path });
const line = (table: string, code: string | null, name: string, base: number, target: number): Candidate => ({
  ...change(base, target),
  figure: null,
  code,
  scheme: code ? 'functional' : null,
  name,
  table,
  where: `${table} · ${code ?? ''} ${name}`,
});

const shown = (candidates: Candidate[]) => oneChangeEach(candidates).map((g) => [g.shown.where, g.alsoIn]);

describe('oneChangeEach', () => {
  it('takes an unmoved amount in two places as one figure only when it cannot be a coincidence', () => {
    // A budget fully executed: 156,211,123 is no round amount, 250,000 (25万元) is.
    expect(
      shown([
        figure('revenue.total', 156211123, 156211123),
        figure('threePublic.vehiclePurchase', 250000, 250000),
        line('收支总表', null, '财政拨款收入', 156211123, 156211123),
        line('一般公共预算支出表', '2059999', '其他教育支出', 250000, 250000),
      ]),
    ).toEqual([
      ['revenue.total', ['收支总表 · 财政拨款收入']],
      ['threePublic.vehiclePurchase', []],
      ['一般公共预算支出表 · 2059999 其他教育支出', []],
    ]);
  });

  it('groups summary figures of one family, and a 类 with its only 项, whatever the amount', () => {
    expect(
      shown([
        figure('threePublic.total', 13500, 13500),
        figure('threePublic.reception', 13500, 13500),
        line('一般公共预算支出表', '2059999', '其他教育支出', 0, 250000),
        line('一般公共预算支出表', '205', '教育支出', 0, 250000),
        line('收支总表', null, '教育支出', 0, 250000),
        line('一般公共预算支出表', '2013202', '一般行政管理事务', 0, 250000),
      ]),
    ).toEqual([
      ['一般公共预算支出表 · 2059999 其他教育支出', ['一般公共预算支出表 · 205', '收支总表 · 教育支出']],
      ['一般公共预算支出表 · 2013202 一般行政管理事务', []],
      ['threePublic.total', ['threePublic.reception']],
    ]);
  });
});
