import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import { readAssets } from './assets.js';
import { viewDocument } from './document-view.js';

describe('readAssets on langfang-org-2023.docx (廊坊市市直部门固定资产占用情况表)', async () => {
  const { assets } = await convertSample('langfang-org-2023.docx');

  it('reads 截止时间 from the caption row inside the table', () => {
    expect(assets.asOf).toBe('2022-12-31');
  });

  it('reads the 资产总额 row as the total, 2253.98万元', () => {
    expect(assets.total).toBe(22539800);
  });

  it('reads every other row as an item: enumerators stripped, 其中 kept, —— and blanks null', () => {
    expect(assets.items).toEqual([
      { item: '房屋（平方米）', quantity: null, value: null, source: { table: 13, row: 4 } },
      { item: '其中：办公用房（平方米）', quantity: null, value: null, source: { table: 13, row: 5 } },
      { item: '车辆（台、辆）', quantity: 5, value: 1006000, source: { table: 13, row: 6 } },
      { item: '单价在20万元以上的设备', quantity: 15, value: 7015600, source: { table: 13, row: 7 } },
      { item: '其他固定资产', quantity: 2919, value: 15353500, source: { table: 13, row: 8 } },
    ]);
  });
});

const cell = (text: string) => ({ text, rowSpan: 1, colSpan: 1 });

describe('readAssets on other layouts', () => {
  it('takes the date from the paragraph before the table and the unit from its caption', () => {
    const view = viewDocument([
      { type: 'paragraph', text: '截至2025年底，本部门固定资产情况如下。' },
      { type: 'paragraph', text: '固定资产情况表' },
      { type: 'paragraph', text: '单位：元' },
      { type: 'table', rows: [[cell('资产类别'), cell('数量'), cell('金额')], [cell('（一）车辆'), cell('7'), cell('1,234,567.89')], [cell('合计'), cell(''), cell('1,234,567.89')]] },
    ]);
    expect(readAssets(view)).toEqual({
      asOf: '2025-12-31',
      total: 1234567.89,
      items: [{ item: '车辆', quantity: 7, value: 1234567.89, source: { table: 0, row: 1 } }],
    });
  });

  it('reads no items from a table naming neither value nor quantity (Xi\'an 发改委 2019 内设机构信息, p. 5: its 固定资产投资处 cell makes the stage call it an asset table)', () => {
    const row = (...texts: string[]) => texts.map(cell);
    const view = viewDocument([
      { type: 'paragraph', text: '西安市发展和改革委员会内设机构信息' },
      {
        type: 'table',
        rows: [row('办公室', '组织人事处'), row('发展规划与区域经济处（政策法规处）', '国民经济综合处'), row('经济体制综合改革处', '固定资产投资处'), row('社会发展处', '西部开发处')],
      },
    ]);
    expect(readAssets(view)).toEqual({ asOf: null, total: null, items: [] });
  });

  it('gives no items when the notice has no asset table (prose figures stay in the narrative)', () => {
    const view = viewDocument([{ type: 'paragraph', text: '截至2022年12月31日，本部门共有车辆5辆。' }]);
    expect(readAssets(view)).toEqual({ asOf: null, total: null, items: [] });
  });
});
