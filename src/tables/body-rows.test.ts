import { describe, expect, it } from 'vitest';
import { cell, inlineTable } from './inline-table.test-support.js';

describe('readBody', () => {
  // Shenzhen 国资委 2026 收支总表 (wide w089, pp. 15–16): the ingester joined the pages, and the second prints the
  // title, caption and header rows again inside the body.
  it('gives the title and header rows printed again inside the body the role header', () => {
    const table = inlineTable([
      ['收支总表'],
      ['部门名称：深圳市人民政府国有资产监督管理委员会', '单位：万元'],
      [cell('收入', 1, 2), cell('支出', 1, 2)],
      ['项目', '2026年预算数', '项目', '2026年预算数'],
      ['一、财政拨款', '418,450.85', '一、教育支出', '50.56'],
      ['', '', '国有企业资本金注入', '376,000.00'],
      ['收支总表'],
      ['部门名称：深圳市人民政府国有资产监督管理委员会', '单位：万元'],
      [cell('收入', 1, 2), cell('支出', 1, 2)],
      ['项目', '2026年预算数', '项目', '2026年预算数'],
      ['', '', '国有经济结构调整支出', '40,000.00'],
    ], ['收支总表']);
    expect(table.body.map((row) => [row.label, row.role])).toEqual([
      ['一、财政拨款', 'data'],
      ['国有企业资本金注入', 'data'],
      ['收支总表', 'header'],
      ['部门名称：深圳市人民政府国有资产监督管理委员会', 'caption'],
      ['收入', 'header'],
      ['项目', 'header'],
      ['国有经济结构调整支出', 'data'],
    ]);
  });
});
