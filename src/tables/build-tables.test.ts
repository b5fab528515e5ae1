import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../model/document.js';
import { buildTables } from './build-tables.js';

const c = (text: string, rowSpan = 1, colSpan = 1): Cell => ({ text, rowSpan, colSpan });
const row = (...texts: string[]) => texts.map((text) => c(text));
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('buildTables', () => {
  // Chongqing 2026 商务委员会 表九 (p. 24): label, title and caption printed as lines above the table.
  const blocks: Block[] = [
    paragraph('表九'),
    paragraph('2026 年政府采购预算明细表'),
    paragraph('单位名称:重庆市商务委员会 单位:万元'),
    {
      type: 'table',
      rows: [
        row('项目编号', '项 目', '总 计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '其他收入'),
        [c('合 计', 1, 2), c('6,546.82'), c('5,499.84'), c(''), c('82.15')],
        row('A', '货物', '1,267.79', '564.79', '', ''),
        row('B', '工程', '465.53', '121.55', '', '82.15'),
      ],
    },
  ];

  it('reads the title with its label apart and the caption as body and unit, never as rows', () => {
    const [table] = buildTables(blocks).tables;
    expect(table.title).toEqual({ printed: '2026年政府采购预算明细表', label: '表九', name: '2026年政府采购预算明细表' });
    expect(table.caption).toEqual({ body: '重庆市商务委员会', unit: '万元', date: null });
    expect(table.kind).toBe('procurement');
    expect(table.header.paths).toEqual(['项目编号', '项目', '总计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '其他收入']);
    expect(table.body.map(({ role, label }) => [role, label])).toEqual([
      ['total', '合计'],
      ['data', 'A'],
      ['data', 'B'],
    ]);
  });

  it('reads a 合计 row as the total and levels from the numbering of labels (Jiangsu 2017 十二、政府采购支出预算表, p. 16)', () => {
    const [table] = buildTables([
      paragraph('十二、政府采购支出预算表'),
      paragraph('单位：万元'),
      {
        type: 'table',
        rows: [
          row('采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '总计'),
          row('合计', '', '', '', '', '2,889.80'),
          row('一、货物A', '', '', '', '', '334.00'),
          row('', '办公、办案设备更新购置费', '办公设备购置', '', '', '120.00'),
          row('', '', '', '台式计算机（20万以上）', '政府集中采购', '35.00'),
        ],
      },
    ]).tables;
    expect(table.title).toMatchObject({ printed: '十二、政府采购支出预算表', label: null, name: '政府采购支出预算表' });
    expect(table.caption.unit).toBe('万元');
    expect(table.body.map(({ role, label, level }) => [role, label, level])).toEqual([
      ['total', '合计', null],
      ['data', '一、货物A', 1],
      ['data', '办公、办案设备更新购置费', null],
      ['data', '台式计算机（20万以上）', null],
    ]);
  });

  it('reads the header of a table of words (机构设置) from its first row (samples/langfang-org-2023)', () => {
    const [table] = buildTables([
      paragraph('单位机构设置情况'),
      { type: 'table', rows: [row('单位名称', '单位性质', '单位规格', '经费保障形式'), row('', '', '', ''), row('中共廊坊市委组织部本级', '行政', '正处级', '财政拨款')] },
    ]).tables;
    expect(table.kind).toBe('organization');
    expect(table.header.bodyStart).toBe(1);
    expect(table.body.map(({ role, label }) => [role, label])).toEqual([['data', '中共廊坊市委组织部本级']]);
  });

  it('reads the caption rows printed inside a table as its caption (samples/langfang-org-2023 固定资产占用情况表)', () => {
    const [table] = buildTables([
      {
        type: 'table',
        rows: [
          [c('廊坊市市直部门固定资产占用情况表', 1, 3)],
          [c('编制部门：中共廊坊市委组织部', 1, 2), c('截止时间：2022年12月31日')],
          row('项目', '数量', '价值（金额单位：万元）'),
          row('资产总额', '——', '2253.98'),
          row('1、房屋（平方米）', '', ''),
          row('2、车辆（台、辆）', '5', '100.6'),
        ],
      },
    ]).tables;
    expect(table.title.printed).toBe('廊坊市市直部门固定资产占用情况表');
    expect(table.caption).toEqual({ body: '中共廊坊市委组织部', unit: '万元', date: '2022-12-31' });
    expect(table.header).toMatchObject({ start: 2, bodyStart: 3 });
    expect(table.body.map(({ role, label }) => [role, label])).toEqual([
      ['data', '资产总额'],
      ['group', '1、房屋（平方米）'],
      ['data', '2、车辆（台、辆）'],
    ]);
  });

  it('joins a table continued on the next page and keeps the lines after its last part (Shenzhen 2026 人社局 表4, pp. 114–115)', () => {
    const zeros = Array.from({ length: 9 }, () => '0.00');
    const header = [
      [c('支出项目类别', 2), c('总计', 2), c('财政拨款', 1, 4), c('财政专户管理资金', 2), c('单位资金', 1, 5), c('上年结余、结转', 2)],
      row('小计', '一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'),
    ];
    const { tables, owners } = buildTables([
      paragraph('表4'),
      {
        type: 'table',
        rows: [
          [c('基本支出总表', 1, 13)],
          [c('部门名称：深圳市人力资源和社会保障局', 1, 12), c('单位：万元')],
          ...header,
          row('办公费', '112.71', '112.71', '112.71', ...zeros),
        ],
      },
      paragraph('表4'),
      paragraph('基本支出总表'),
      paragraph('部门名称：深圳市人力资源和社会保障局 单位：万元'),
      { type: 'table', rows: [...header, row('退休费', '48.00', '48.00', '48.00', ...zeros)] },
      paragraph('注：本套报表金额单位转换时可能存在尾数误差。'),
      paragraph('表5'),
    ]);
    expect(owners).toEqual([0, 0]);
    expect(tables[0].title).toEqual({ printed: '基本支出总表', label: '表4', name: '基本支出总表' });
    expect(tables[0].body.map(({ label }) => label)).toEqual(['办公费', '退休费']);
    // The lines between the parts repeat the title and caption: what follows the table comes after its last part.
    expect(tables[0].after).toEqual(['注：本套报表金额单位转换时可能存在尾数误差。', '表5']);
  });

  it('reads a caption row repeated inside the table as a caption, whatever its cells (Shenzhen 2026 表3 支出总表, pp. 24–25)', () => {
    const caption = () => [c('部门名称：深圳市文化广电旅游体育局（本级）', 1, 3), c('单位：万元')];
    const [table] = buildTables([
      {
        type: 'table',
        rows: [
          [c('支出总表', 1, 4)],
          caption(),
          row('预算单位', '科目编码', '科目名称', '支出总计'),
          row('', '207', '文化旅游体育与传媒支出', '41,765.05'),
          caption(),
          row('', '2070102', '一般行政管理事务', '1,000.00'),
        ],
      },
    ]).tables;
    expect(table.header).toMatchObject({ start: 2, bodyStart: 3 });
    expect(table.body.map(({ role, label }) => [role, label])).toEqual([
      ['data', '207'],
      ['caption', '部门名称：深圳市文化广电旅游体育局（本级）'],
      ['data', '2070102'],
    ]);
  });
});
