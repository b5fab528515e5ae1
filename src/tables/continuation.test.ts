import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../model/document.js';
import { buildTables } from './build-tables.js';
import { continuesTable, joinContinuedTables, openingPart } from './continuation.js';

const c = (text: string, rowSpan = 1, colSpan = 1): Cell => ({ text, rowSpan, colSpan });
const row = (...texts: string[]) => texts.map((text) => c(text));

// Shenzhen 2026 表3 支出总表 (文化广电旅游体育局, pp. 24–25): every page repeats the title row,
// the 部门名称 caption row and the header inside the table's rulings.
const head = () => [
  [c('支出总表', 1, 4)],
  [c('部门名称：深圳市文化广电旅游体育局（本级）', 1, 3), c('单位：万元')],
  row('预算单位', '科目编码', '科目名称', '支出总计'),
];

describe('joinContinuedTables', () => {
  it('joins a page that repeats the title, caption and header, dropping the repeated rows', () => {
    const { tables, owners } = joinContinuedTables([
      { title: '支出总表', pages: [24], between: [], rows: [...head(), row('', '207', '文化旅游体育与传媒支出', '41,765.05'), row('', '20701', '文化和旅游', '19,198.04')] },
      { title: '支出总表', pages: [25], between: ['表3', '- 25 -'], rows: [...head(), row('', '2070102', '一般行政管理事务', '1,000.00')] },
    ]);
    expect(owners).toEqual([0, 0]);
    expect(tables).toHaveLength(1);
    expect(tables[0].pages).toEqual([24, 25]);
    expect(tables[0].rows.map((cells) => cells.map((cell) => cell.text).join('|')).slice(3)).toEqual([
      '|207|文化旅游体育与传媒支出|41,765.05',
      '|20701|文化和旅游|19,198.04',
      '|2070102|一般行政管理事务|1,000.00',
    ]);
  });

  it('keeps apart tables of another title, or with other text between them', () => {
    const first = { title: '支出总表', pages: [24], between: [], rows: [...head(), row('', '207', '文化旅游体育与传媒支出', '41,765.05')] };
    expect(joinContinuedTables([first, { ...first, title: '基本支出总表', pages: [25] }]).owners).toEqual([0, 1]);
    expect(joinContinuedTables([first, { ...first, pages: [25], between: ['（二）项目支出情况'] }]).owners).toEqual([0, 1]);
  });

  it('joins an untitled part that repeats the header alone (Guangzhou 2026 收入总体情况表, pp. 9–10)', () => {
    const header = () => [
      [c('单位名称', 2), c('合计', 2), c('财政拨款收入', 1, 2)],
      row('一般公共预算', '政府性基金预算'),
    ];
    const { owners, tables } = joinContinuedTables([
      { title: '收入总体情况表', pages: [9], between: [], rows: [...header(), row('合计', '3,324,258.76', '324,314.91', '0.00')] },
      { title: null, pages: [10], between: [], rows: [...header(), row('广州医科大学附属第三医院', '224,676.61', '15,991.04', '0.00')] },
    ]);
    expect(owners).toEqual([0, 0]);
    expect(tables[0].rows.map((cells) => cells[0].text)).toEqual(['单位名称', '一般公共预算', '合计', '广州医科大学附属第三医院']);
  });
});

// 广州市卫生健康委员会 2026 部门预算项目支出及其他支出预算表 (pp. 31–113): its 绩效目标 column
// runs on over 80 pages whose column edges move, so each stretch is a table block of its own grid
// (rows of pp. 31, 44 and 47; goal texts cut short).
describe('continuesTable', () => {
  const head = (budget: number, fund: number, other: number, sub: number): Cell[][] => [
    [c('支出项目类别（资金使用单位）', 2), c('总计', 2), c('财政拨款', 1, budget), c('财政专户拨款', 2, fund), c('其他资金', 2, other), c('绩效目标', 2)],
    [c('合计', 1, sub), c('一般公共预算', 1, sub), c('政府性基金预算', 1, sub), c('国有资本经营预算', 1, sub)],
  ];
  const table = (rows: Cell[][]): Block => ({ type: 'table', rows });
  const { tables } = buildTables([
    { type: 'paragraph', text: '表12' },
    { type: 'paragraph', text: '部门预算项目支出及其他支出预算表' },
    { type: 'paragraph', text: '单位名称：广州市卫生健康委员会 单位：万元' },
    table([...head(4, 1, 1, 1), row('合计', '2,313,909.42', '144,975.72', '144,975.72', '0.00', '0.00', '0.00', '2,168,933.70', '')]),
    { type: 'paragraph', text: '- 41 -' },
    table([...head(4, 2, 3, 1), [...row('信创产品采购经费', '26.50', '26.50', '26.50', '0.00', '0.00'), c('0.00', 1, 2), c('0.00', 1, 3), c('通过开展该项目，替换现有非信创电脑设备。')]]),
    table([...head(8, 2, 3, 2), [c('工作经费'), c('303.76'), ...Array.from({ length: 5 }, () => c('0.00', 1, 2)), c('303.76', 1, 3), c('通过开展国际学术交流，了解医疗领域前沿科学技术。')]]),
  ]);

  it('links the parts whose grids differ but which open with a header row the table prints', () => {
    expect(tables.map((table) => table.title.printed)).toEqual(['部门预算项目支出及其他支出预算表', null, null]);
    expect([continuesTable(tables[0], tables[1]), continuesTable(tables[1], tables[2])]).toEqual([true, true]);
    expect(openingPart(tables, tables[2]).caption.unit).toBe('万元');
  });

  it('does not link a table under a title of its own', () => {
    const titled = { ...tables[1], title: { printed: '项目支出绩效目标表', label: null, name: '项目支出绩效目标表' } };
    expect(continuesTable(tables[0], titled)).toBe(false);
    expect(openingPart(tables, tables[0])).toBe(tables[0]);
  });
});
