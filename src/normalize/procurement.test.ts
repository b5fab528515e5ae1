import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import type { ProcurementLine } from '../schema/canonical.js';
import { viewDocument } from './document-view.js';
import { readProcurement } from './procurement.js';

const noFunding = { governmentFund: null, stateCapital: null, specialAccount: null, unitFunds: null, fiscalCarryover: null, nonFiscalCarryover: null, other: null };
const noExtras = { category: null, specification: null, method: null, functionalCode: null, economicCode: null, governmentEconomicCode: null };

/** The 合计 and 小计 rows of the Langfang table: a label and three cells of 367.80. */
function summaryRow(label: string | null, row: number, yuan: number): ProcurementLine {
  return {
    project: label, projectBudget: null, item: null, catalogCode: null, measureUnit: null, quantity: null, unitPrice: null,
    amount: yuan, funding: { generalPublicBudget: yuan, ...noFunding }, smeReserved: yuan, ...noExtras, source: { table: 12, row },
  };
}

describe('readProcurement on langfang-org-2023.docx (单位政府采购预算, 单位：万元)', async () => {
  const { procurement, tables } = await convertSample('langfang-org-2023.docx');

  it('reads the 合计 row as the total: 367.80万元 in 合计, 一般公共预算拨款 and 预留中小微企业份额', () => {
    expect(procurement.total).toEqual(summaryRow(null, 2, 3678000));
  });

  it('keeps the 本级小计 row out of the lines', () => {
    expect(procurement.subtotals).toEqual([summaryRow('中共廊坊市委组织部本级小计', 3, 3678000)]);
  });

  it('reads every field of both lines, money converted exactly from 万元, blanks as null', () => {
    expect(procurement.lines).toEqual([
      {
        project: '机关工作经费', projectBudget: 5000000, item: '其他印刷服务', catalogCode: 'C23090199',
        measureUnit: '次', quantity: 1, unitPrice: 2600000, amount: 2600000,
        funding: { generalPublicBudget: 2600000, ...noFunding }, smeReserved: 2600000, ...noExtras,
        source: { table: 12, row: 4 },
      },
      {
        project: '人才管理经费', projectBudget: 10957000, item: '旅游服务', catalogCode: 'C23270000',
        measureUnit: '次', quantity: 1, unitPrice: 528000, amount: 528000,
        funding: { generalPublicBudget: 528000, ...noFunding }, smeReserved: 528000, ...noExtras,
        source: { table: 12, row: 5 },
      },
    ]);
    expect(tables[12].kind).toBe('procurement');
  });
});

describe('readProcurement on real/jiangsu-jcy-2017-dept-budget.pdf (十二、政府采购支出预算表, 单位：万元)', async () => {
  const { procurement, validation } = await convertSample('real/jiangsu-jcy-2017-dept-budget.pdf');

  it('reads the 合计 2,889.80 and keeps category and project rows out of the lines', () => {
    expect(procurement.total?.amount).toBe(28898000);
    expect(procurement.subtotals.slice(0, 2).map((row) => [row.category, row.project, row.economicCode, row.amount])).toEqual([
      ['货物A', null, null, 3340000],
      [null, '办公、办案设备更新购置费', '办公设备购置', 1200000],
    ]);
    expect(procurement.lines).toHaveLength(28);
  });

  it('gives each item the category, project and 经济科目 of the group rows above it', () => {
    const row = (line: ProcurementLine) => [line.category, line.project, line.economicCode, line.item, line.method, line.amount];
    expect(row(procurement.lines[0])).toEqual(['货物A', '办公、办案设备更新购置费', '办公设备购置', '台式计算机（20万以上）', '政府集中采购', 350000]);
    expect(row(procurement.lines[15])).toEqual(['货物A', '网络、电子检务、实验室、机要通道、档案数字化系统运行维护费', '专用设备购置', '其他专用设备', '分散自行组织', 300000]);
    expect(row(procurement.lines[24])).toEqual(['服务C', '物业管理费', '物业管理费', '物业管理服务', '分散自行组织', 3700000]);
    expect(row(procurement.lines[27])).toEqual(['服务C', '检察教育培训经费', '培训费', '教育服务', '分散自行组织', 7000000]);
  });

  it('finds the table consistent: 334.00 + 2,555.80 = 2,889.80, every project group = its items', () => {
    expect(validation.filter((finding) => finding.path.startsWith('/procurement'))).toEqual([]);
  });
});

describe('readProcurement on real/chongqing-shangwu-2026-dept-budget.pdf (2026年政府采购预算明细表, 单位：万元)', async () => {
  const { procurement, validation } = await convertSample('real/chongqing-shangwu-2026-dept-budget.pdf');
  const row = (line: ProcurementLine | null) => line && [line.category, line.project, line.amount, line.funding.generalPublicBudget, line.funding.specialAccount, line.funding.other];

  it('reads the A/B/C category rows, the 项目 column holding the category', () => {
    expect(procurement.lines.map(row)).toEqual([
      ['货物', null, 12677900, 5647900, 4850000, 2180000],
      ['工程', null, 4655300, 1215500, 2618300, 821500],
      ['服务', null, 48135000, 48135000, null, null],
    ]);
  });

  it('reads the 合计 with 事业收入, 事业单位经营收入 and 其他收入 summed into funding.other', () => {
    expect(row(procurement.total)).toEqual([null, null, 65468200, 54998400, 7468300, 3001500]);
  });

  it('finds the table consistent with itself and with the narrative 6,546.82万元', () => {
    expect(validation.filter((finding) => /^\/(?:procurement|budgetSummary\/procurementTotal)/.test(finding.path))).toEqual([]);
  });
});

const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });
const paragraph = (text: string) => ({ type: 'paragraph' as const, text });

describe('readProcurement on other layouts of the genre', () => {
  it('reads an item-level table with catalogue codes fused to names, split 类|款|项 codes and group rows (Xi\'an)', () => {
    const view = viewDocument([
      paragraph('部门综合预算政府采购（资产配置、购买服务）预算表'),
      paragraph('单位：元'),
      {
        type: 'table',
        rows: [
          [cell('科目编码', 1, 3), cell('采购项目', 2), cell('采购目录', 2), cell('规格型号', 2), cell('数量', 2), cell('部门预算支出经济科目编码', 1, 2), cell('政府预算支出经济科目编码', 1, 2), cell('预算金额', 2)],
          [cell('类'), cell('款'), cell('项'), cell('类'), cell('款'), cell('类'), cell('款')],
          [cell('合计', 1, 5), cell(''), cell('81,987'), cell(''), cell(''), cell(''), cell(''), cell('4,186,460.00')],
          [cell('201'), cell('03'), cell('01'), cell(''), cell(''), cell(''), cell('3,146'), cell(''), cell(''), cell(''), cell(''), cell('890,360.00')],
          [cell('201'), cell('03'), cell('01'), cell('日常公用经费'), cell('A02021119条码扫描器'), cell('紫光FS1650'), cell('5'), cell('310'), cell('02'), cell('503'), cell('06'), cell('6,000.00')],
        ],
      },
    ]);
    const { total, subtotals, lines } = readProcurement(view);
    expect(total?.amount).toBe(4186460);
    expect(total?.quantity).toBe(81987);
    expect(subtotals.map((line) => [line.functionalCode, line.amount])).toEqual([['2010301', 890360]]);
    expect(lines).toEqual([
      {
        project: '日常公用经费', projectBudget: null, item: '条码扫描器', catalogCode: 'A02021119', measureUnit: null,
        quantity: 5, unitPrice: null, amount: 6000,
        funding: { generalPublicBudget: null, ...noFunding }, smeReserved: null,
        category: null, specification: '紫光FS1650', method: null,
        functionalCode: '2010301', economicCode: '31002', governmentEconomicCode: '50306',
        source: { table: 0, row: 4 },
      },
    ]);
  });

  it('reads the 合计 row as the total though the 序号 column numbers it (Xi\'an 工信局 2022 表12, p. 42; columns trimmed)', () => {
    const view = viewDocument([
      paragraph('2022年部门综合预算政府采购（资产配置、购买服务）预算表（不含上年结转）'),
      paragraph('预算单位：西安市工业和信息化局 金额单位：元'),
      {
        type: 'table',
        rows: [
          [cell('序号', 2), cell('科目编码', 1, 3), cell('单位编码', 2), cell('采购项目', 2), cell('采购目录', 2), cell('数量', 2), cell('预算金额', 2)],
          [cell('类'), cell('款'), cell('项')],
          [cell('1'), cell(''), cell(''), cell(''), cell(''), cell('合计'), cell(''), cell('637'), cell('35740180.00')],
          [cell('2'), cell('205'), cell('03'), cell('03'), cell('1'), cell('全额'), cell(''), cell('3'), cell('1496600.00')],
          [cell('4'), cell('205'), cell('03'), cell('03'), cell(''), cell('女生公寓维修'), cell('B08 修缮工程'), cell('1'), cell('235700.00')],
        ],
      },
    ]);
    const { total, subtotals, lines } = readProcurement(view);
    expect([total?.amount, total?.quantity]).toEqual([35740180, 637]);
    expect(subtotals.map((line) => [line.project, line.amount])).toEqual([['全额', 1496600]]);
    expect(lines.map((line) => [line.project, line.catalogCode, line.amount])).toEqual([['女生公寓维修', 'B08', 235700]]);
  });

  it('reads a by-category table (Beijing) with 6-decimal 万元', () => {
    const view = viewDocument([
      paragraph('预算10表 政府采购预算明细表'),
      paragraph('金额单位：万元'),
      { type: 'table', rows: [[cell('采购类别'), cell('金额')], [cell('A-货物'), cell('1,832.562568')], [cell('C-服务'), cell('15,718.729391')], [cell('合计'), cell('17,551.291959')]] },
    ]);
    const { total, subtotals, lines } = readProcurement(view);
    expect(lines.map((line) => [line.category, line.amount])).toEqual([['A-货物', 18325625.68], ['C-服务', 157187293.91]]);
    expect(total?.amount).toBe(175512919.59);
    expect(subtotals).toEqual([]);
  });

  it('reads a by-project table (Jiangsu 2017) whose group rows label the lines beneath them', () => {
    const view = viewDocument([
      paragraph('十二、政府采购支出预算表'),
      paragraph('部门：江苏省人民检察院 单位：万元'),
      {
        type: 'table',
        rows: [
          [cell('采购品目大类'), cell('专项名称'), cell('经济科目'), cell('采购物品名称'), cell('采购组织形式'), cell('总计')],
          [cell('合计'), cell(''), cell(''), cell(''), cell(''), cell('2,889.80')],
          [cell('一、货物 A'), cell(''), cell(''), cell(''), cell(''), cell('334.00')],
          [cell(''), cell('办公、办案设备更新购置费'), cell('办公设备购置'), cell(''), cell(''), cell('120.00')],
          [cell(''), cell(''), cell(''), cell('台式计算机（20万以上）'), cell('政府集中采购'), cell('35.00')],
          [cell(''), cell('办公设备购置'), cell('办公设备购置'), cell(''), cell(''), cell('10.00')],
          [cell(''), cell(''), cell(''), cell('打印设备（20万以下）'), cell('政府集中采购'), cell('0.60')],
          [cell('二、服务 C'), cell(''), cell(''), cell(''), cell(''), cell('50.00')],
          [cell(''), cell(''), cell(''), cell('物业管理服务'), cell('分散自行组织'), cell('50.00')],
        ],
      },
    ]);
    const { total, subtotals, lines } = readProcurement(view);
    expect(total?.amount).toBe(28898000);
    expect(subtotals.map((line) => [line.category, line.project, line.amount])).toEqual([
      ['货物A', null, 3340000],
      [null, '办公、办案设备更新购置费', 1200000],
      [null, '办公设备购置', 100000],
      ['服务C', null, 500000],
    ]);
    expect(lines.map((line) => [line.category, line.project, line.economicCode, line.item, line.method, line.amount])).toEqual([
      ['货物A', '办公、办案设备更新购置费', '办公设备购置', '台式计算机（20万以上）', '政府集中采购', 350000],
      ['货物A', '办公设备购置', '办公设备购置', '打印设备（20万以下）', '政府集中采购', 6000],
      ['服务C', null, null, '物业管理服务', '分散自行组织', 500000],
    ]);
  });

  it('sums funding sources outside the contract\'s keys into funding.other', () => {
    const view = viewDocument([
      paragraph('政府采购预算表'),
      paragraph('单位：元'),
      {
        type: 'table',
        rows: [
          [cell('项目名称', 2), cell('采购品目名称', 2), cell('资金来源', 1, 4)],
          [cell('合计'), cell('一般公共预算拨款'), cell('事业收入'), cell('其他资金')],
          [cell('印刷'), cell('其他印刷服务'), cell('1,000.00'), cell('600.00'), cell('300.00'), cell('100.00')],
        ],
      },
    ]);
    const [line] = readProcurement(view).lines;
    expect([line.amount, line.funding.generalPublicBudget, line.funding.other]).toEqual([1000, 600, 400]);
  });
});
