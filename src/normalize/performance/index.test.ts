// readPerformance over a document's tables: a performance table printed in parts
// the table stage links (tables/continuation.ts continuesTable) is read as one run.
import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../model/document.js';
import { viewDocument } from '../document-view.js';
import { readPerformance } from './index.js';

const c = (text: string, rowSpan = 1, colSpan = 1): Cell => ({ text, rowSpan, colSpan });
const row = (...texts: string[]) => texts.map((text) => c(text));

// 广州市卫生健康委员会 2026 (pp. 31–47): the 部门预算项目支出及其他支出预算表 (单位：万元) runs on as
// untitled tables whose column edges move from page to page; its 绩效目标 column makes them performance tables
// (pp. 44 and 47; goal texts cut short).
describe('readPerformance: a table continued in parts', () => {
  const head = (budget: number, fund: number, other: number, sub: number): Cell[][] => [
    [c('支出项目类别（资金使用单位）', 2), c('总计', 2), c('财政拨款', 1, budget), c('财政专户拨款', 2, fund), c('其他资金', 2, other), c('绩效目标', 2)],
    [c('合计', 1, sub), c('一般公共预算', 1, sub), c('政府性基金预算', 1, sub), c('国有资本经营预算', 1, sub)],
  ];
  const blocks: Block[] = [
    { type: 'paragraph', text: '表12' },
    { type: 'paragraph', text: '部门预算项目支出及其他支出预算表' },
    { type: 'paragraph', text: '单位名称：广州市卫生健康委员会 单位：万元' },
    { type: 'table', rows: [...head(4, 1, 1, 1), row('合计', '2,313,909.42', '144,975.72', '144,975.72', '0.00', '0.00', '0.00', '2,168,933.70', '')] },
    { type: 'paragraph', text: '- 41 -' },
    {
      type: 'table',
      rows: [
        ...head(4, 2, 3, 1),
        [...row('信创产品采购经费', '26.50', '26.50', '26.50', '0.00', '0.00'), c('0.00', 1, 2), c('0.00', 1, 3), c('通过开展该项目，替换现有非信创电脑设备。')],
      ],
    },
    {
      type: 'table',
      rows: [
        ...head(8, 2, 3, 2),
        [c('工作经费'), c('303.76'), ...Array.from({ length: 5 }, () => c('0.00', 1, 2)), c('303.76', 1, 3), c('通过开展国际学术交流，了解医疗领域前沿科学技术。')],
      ],
    },
  ];

  it('reads each part\'s projects with their budgets in the unit the continued table states', () => {
    const view = viewDocument(blocks);
    expect(view.tables.map((table) => table.kind)).toEqual(['fiscal', 'performance_project', 'performance_project']);
    expect(readPerformance(view, '广州市卫生健康委员会').projects.map((target) => [target.name, target.budget, target.goals, target.source])).toEqual([
      ['信创产品采购经费', 265000, ['通过开展该项目，替换现有非信创电脑设备。'], { table: 1 }],
      ['工作经费', 3037600, ['通过开展国际学术交流，了解医疗领域前沿科学技术。'], { table: 2 }],
    ]);
  });
});
