import { describe, expect, it } from 'vitest';
import type { Block, Cell } from '../../model/document.js';
import { buildTables } from '../../tables/build-tables.js';
import type { Table } from '../../tables/table.js';
import { readFiscalTable } from './read-table.js';

// Lines and rows copied from the real notices in samples/real/ (read with pdftotext -layout),
// laid out as the document model gives them: a spanning cell once, at its top-left.
const c = (text: string, rowSpan = 1, colSpan = 1): Cell => ({ text, rowSpan, colSpan });
const row = (...texts: string[]) => texts.map((text) => c(text));
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

/** The table as the table stage understands it from the lines printed before it, its rows and the lines after it; the notice's fifth table. */
function understood(before: string[], rows: Cell[][], after: string[] = []): Table {
  const [table] = buildTables([...before.map(paragraph), { type: 'table', rows }, ...after.map(paragraph)]).tables;
  return { ...table, index: 4 };
}

describe('readFiscalTable', () => {
  it('reads a 7-digit code column with 类/款/项 lines and a 合计 row (central 部门支出总表)', () => {
    const table = readFiscalTable(
      understood(['部门公开表 3', '部门支出总表', '单位：万元'], [
        row('科目编码', '科目名称', '合计', '基本支出', '项目支出', '上缴上级支出', '事业单位经营支出', '对附属单位补助支出'),
        row('201', '一般公共服务支出', '47,179.30', '7,736.44', '39,442.86', '', '', ''),
        row('20140', '信访事务', '47,179.30', '7,736.44', '39,442.86', '', '', ''),
        row('2014001', '行政运行', '6,286.21', '6,286.21', '', '', '', ''),
        [c('合计', 1, 2), c('50,616.94'), c('11,056.07'), c('39,560.87'), c(''), c(''), c('')],
      ]),
      '元',
    );
    expect(table).toMatchObject({ kind: 'expenditure', title: '部门支出总表', label: '部门公开表3', phase: 'budget', unitOfMeasure: '万元', empty: false });
    expect(table.measures.map((m) => m.key)).toEqual(['total', 'basic', 'project', 'superiorRemit', 'businessOperation', 'subordinateSubsidy']);
    expect(table.lines.map((l) => [l.code, l.level, l.scheme, l.name])).toEqual([
      ['201', 1, 'functional', '一般公共服务支出'],
      ['20140', 2, 'functional', '信访事务'],
      ['2014001', 3, 'functional', '行政运行'],
    ]);
    expect(table.lines[2].values).toMatchObject({ total: 62862100, basic: 62862100, project: null });
    expect(table.lines[2].source).toEqual({ table: 4, row: 3 });
    expect(table.totals).toEqual([
      {
        side: null,
        panel: 0,
        name: '合计',
        values: { total: 506169400, basic: 110560700, project: 395608700, superiorRemit: null, businessOperation: null, subordinateSubsidy: null },
        columns: { total: 2, basic: 3, project: 4, superiorRemit: 5, businessOperation: 6, subordinateSubsidy: 7 },
        source: { table: 4, row: 4 },
      },
    ]);
    expect(table.lines[2].columns).toEqual({ total: 2, basic: 3, project: 4, superiorRemit: 5, businessOperation: 6, subordinateSubsidy: 7 });
  });

  it('joins 类/款/项 columns, continuing a blank 类, and skips the column-number row (Changsha)', () => {
    const table = readFiscalTable(
      understood(['2026年一般公共预算支出情况表', '单位：万元'], [
        [c('科目编码', 1, 3), c('功能科目', 2), c('总计', 2), c('基本支出', 2), c('项目支出', 2)],
        row('类', '款', '项'),
        row('**', '**', '**', '**', '1', '2', '3'),
        [c('合计', 1, 4), c('1,935.36'), c('1,517.95'), c('417.41')],
        row('201', '', '', '一般公共服务支出', '1,935.36', '1,517.95', '417.41'),
        row('', '40', '', '信访事务', '1,935.36', '1,517.95', '417.41'),
        row('201', '40', '04', '信访业务', '417.41', '', '417.41'),
      ]),
      '元',
    );
    expect(table.kind).toBe('general_public_expenditure');
    expect(table.lines.map((l) => [l.code, l.level])).toEqual([
      ['201', 1],
      ['20140', 2],
      ['2014004', 3],
    ]);
    expect(table.totals[0].values).toEqual({ total: 19353600, basic: 15179500, project: 4174100 });
  });

  it('keeps both sides of a 收支总表 apart, strips ordinals, and takes totals per side (central 部门收支总表)', () => {
    const table = readFiscalTable(
      understood(['部门收支总表', '单位：万元'], [
        [c('收入', 1, 2), c('支出', 1, 2)],
        row('项目', '预算数', '项目', '预算数'),
        row('一、一般公共预算拨款收入', '16,474.82', '一、一般公共服务支出', '47,179.30'),
        row('二、政府性基金预算拨款收入', '', '二、教育支出', '118.01'),
        row('本年收入合计', '48,362.82', '本年支出合计', '50,616.94'),
        row('上年结转', '2,254.12', '结转下年', ''),
        row('收入总计', '50,616.94', '支出总计', '50,616.94'),
      ]),
      '元',
    );
    expect(table.kind).toBe('income_expenditure_summary');
    expect(table.measures).toEqual([{ key: 'total', label: '收入/预算数' }]);
    expect(table.lines.map((l) => [l.side, l.name, l.values.total])).toEqual([
      ['revenue', '一般公共预算拨款收入', 164748200],
      ['expenditure', '一般公共服务支出', 471793000],
      ['revenue', '政府性基金预算拨款收入', null],
      ['expenditure', '教育支出', 1180100],
      ['revenue', '上年结转', 22541200],
      ['expenditure', '结转下年', null],
    ]);
    expect(table.totals.map((t) => [t.side, t.name, t.values.total])).toEqual([
      ['revenue', '本年收入合计', 483628200],
      ['expenditure', '本年支出合计', 506169400],
      ['revenue', '收入总计', 506169400],
      ['expenditure', '支出总计', 506169400],
    ]);
  });

  it('reads Beijing rows printing 功能 + 政府经济 + 部门经济 classifications, in 万元 with 6 decimals', () => {
    const table = readFiscalTable(
      understood(['预算03表 支出总表', '单位：万元'], [
        [c('支出功能分类科目', 2), c('政府支出经济分类科目', 2), c('部门支出经济分类科目', 2), c('合计', 2), c('基本支出', 2), c('项目支出', 2)],
        [],
        row('2010401-行政运行', '50199-其他工资福利支出', '30199-其他工资福利支出', '580.494580', '578.113900', '2.380680'),
      ]),
      '元',
    );
    expect(table).toMatchObject({ kind: 'expenditure', label: '预算03表', title: '支出总表' });
    expect(table.lines[0]).toMatchObject({
      code: '2010401',
      scheme: 'functional',
      level: 3,
      name: '行政运行',
      codes: [
        { scheme: 'economic_government', code: '50199', name: '其他工资福利支出' },
        { scheme: 'economic_department', code: '30199', name: '其他工资福利支出' },
      ],
      values: { total: 5804945.8, basic: 5781139, project: 23806.8 },
    });
  });

  it('marks a table with no figures empty, with the note the document prints after it (Shanghai)', () => {
    const table = readFiscalTable(
      understood(['2023年部门政府性基金预算支出功能分类预算表', '单位：元'], [
        [c('项目', 1, 4), c('政府性基金预算支出', 1, 3)],
        [c('功能分类科目编码', 1, 3), c('功能分类科目名称', 2), c('合计', 2), c('基本支出', 2), c('项目支出', 2)],
        row('类', '款', '项'),
        [c('合计', 1, 4), c(''), c(''), c('')],
      ], ['注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。', '其他相关情况说明']),
      '元',
    );
    expect(table).toMatchObject({
      kind: 'government_fund_expenditure',
      empty: true,
      note: '注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。',
      lines: [],
    });
    expect(table.measures.map((m) => m.key)).toEqual(['total', 'basic', 'project']);
  });

  it('gives the sub-unit of each line where the table lists units (Changsha 三公)', () => {
    const table = readFiscalTable(
      understood(['2026年一般公共预算“三公”经费支出情况表', '单位：万元'], [
        [c('部门名称', 2), c('三公经费预（决）算数（财政拨款）', 1, 5)],
        row('小计', '公务接待费', '因公出国（境）费', '公务用车购置及运行费', '其中：公务用车运行费'),
        row('合计', '8.00', '3.00', '', '5.00', '5.00'),
        row('长沙市信访局', '8.00', '3.00', '', '5.00', '5.00'),
      ]),
      '元',
    );
    expect(table.measures.map((m) => m.key)).toEqual(['total', 'reception', 'overseasTravel', 'vehicles', 'vehicleOperation']);
    expect(table.lines).toHaveLength(1);
    expect(table.lines[0]).toMatchObject({ name: '长沙市信访局', unit: '长沙市信访局', code: null, values: { total: 80000, reception: 30000 } });
  });

  it('gives the one row of figures of a table without label columns as its total (central 三公, 部门公开表9)', () => {
    const table = readFiscalTable(
      understood(['财政拨款预算“三公”经费支出表', '单位：万元'], [
        [c('2026 年预算数', 1, 6)],
        [c('合计', 2), c('因公出国（境）费', 2), c('公务用车购置及运行费', 1, 3), c('公务接待费', 2)],
        row('小计', '公务用车购置费', '公务用车运行费'),
        row('112.61', '68.50', '38.60', '', '38.60', '5.51'),
      ]),
      '元',
    );
    expect(table.lines).toEqual([]);
    expect(table.totals).toEqual([
      {
        side: null,
        panel: 0,
        name: '',
        values: { total: 1126100, overseasTravel: 685000, vehicles: 386000, vehiclePurchase: null, vehicleOperation: 386000, reception: 55100 },
        // The figure under 公务用车购置及运行费/小计 is column 2: the merged 公务用车 header spans columns 2–4.
        columns: { total: 0, overseasTravel: 1, vehicles: 2, vehiclePurchase: 3, vehicleOperation: 4, reception: 5 },
        source: { table: 4, row: 3 },
      },
    ]);
  });

  it("never reads a 序号 column as money, and reads the earlier year's block as the prior year (Xi'an 2022 表13, pp. 78–79)", () => {
    const table = readFiscalTable(
      understood(['2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）', '单位：万元'], [
        [c('序号', 3), c('单位名称', 3), c('2021年', 1, 4), c('2022年', 1, 4), c('增减变化情况', 1, 4)],
        [c('合计', 2), c('一般公共预算拨款安排的“三公”经费预算', 1, 2), c('会议费', 2), c('合计', 2), c('一般公共预算拨款安排的“三公”经费预算', 1, 2), c('会议费', 2), c('合计', 2), c('一般公共预算拨款安排的“三公”经费预算', 1, 2), c('会议费', 2)],
        row('小计', '公务接待费', '小计', '公务接待费', '小计', '公务接待费'),
        row('1', '合计', '346.73', '117.49', '40.49', '85.46', '472.89', '248.84', '38.84', '44.89', '126.16', '131.35', '-1.65', '-40.58'),
        row('2', '西安市交通运输局', '346.73', '117.49', '40.49', '85.46', '472.89', '248.84', '38.84', '44.89', '126.16', '131.35', '-1.65', '-40.58'),
      ]),
      '元',
    );
    expect(table.measures.map((m) => m.key)).toEqual([
      'priorYear.totalWithMeetingTraining',
      'priorYear.total',
      'priorYear.reception',
      'priorYear.meeting',
      'totalWithMeetingTraining',
      'total',
      'reception',
      'meeting',
      'change.totalWithMeetingTraining',
      'change',
      'change.reception',
      'change.meeting',
    ]);
    expect(table.totals).toHaveLength(1);
    expect(table.totals[0].values).toMatchObject({ total: 2488400, reception: 388400, 'priorYear.total': 1174900, change: 1313500 });
    expect(table.lines.map((l) => l.name)).toEqual(['西安市交通运输局']);
  });

  it('reads the levels a 序号 column prints (一 over 1) for lines without codes (Changsha 2020 项目支出情况表, p. 7)', () => {
    const table = readFiscalTable(
      understood(['项目支出情况表', '单位：万元'], [
        row('序号', '项目名称', '预算批复'),
        row('', '合计', '13,237.00'),
        row('一', '破产改制企业资金缺口弥补', '6,000.00'),
        row('1', '弥补破产改制企业资金缺口', '5,000.00'),
        row('2', '处置僵尸企业启动资金', '1,000.00'),
        row('二', '困难企业社保欠费补助', '3,750.00'),
        row('1', '消化困难企业历年欠缴社保费挂账及政府兜底企业的社保欠费分年支', '3,000.00'),
      ]),
      '元',
    );
    expect(table.measures.map((m) => m.key)).toEqual(['预算批复']);
    expect(table.lines.map((l) => [l.name, l.level])).toEqual([
      ['破产改制企业资金缺口弥补', 1],
      ['弥补破产改制企业资金缺口', 2],
      ['处置僵尸企业启动资金', 2],
      ['困难企业社保欠费补助', 1],
      ['消化困难企业历年欠缴社保费挂账及政府兜底企业的社保欠费分年支', 2],
    ]);
  });

  it('carries a 预算单位 row down to the coded lines beneath it, and reads 支出总计 as the total (Shenzhen 2026 表7, p. 164)', () => {
    const table = readFiscalTable(
      understood(['一般公共预算支出表（按功能分类）', '单位：万元'], [
        row('预算单位', '科目编码', '科目名称', '支出总计', '基本支出', '项目支出'),
        row('深圳市人力资源和社会保障局', '', '', '535,744.34', '132,061.73', '403,682.60'),
        row('深圳市人力资源和社会保障局（本级）', '', '', '150,489.93', '14,270.17', '136,219.77'),
        row('', '205', '教育支出', '13,184.10', '10.00', '13,174.10'),
      ]),
      '元',
    );
    expect(table.measures.map((m) => m.key)).toEqual(['total', 'basic', 'project']);
    expect(table.lines.map((l) => [l.code, l.name, l.unit])).toEqual([
      [null, '深圳市人力资源和社会保障局', '深圳市人力资源和社会保障局'],
      [null, '深圳市人力资源和社会保障局（本级）', '深圳市人力资源和社会保障局（本级）'],
      ['205', '教育支出', '深圳市人力资源和社会保障局（本级）'],
    ]);
  });

  it("takes a lone unit's own row as the total of a table printing no 合计 row (Shenzhen 国资委 2026 表3, p. 19)", () => {
    const table = readFiscalTable(
      understood(['支出总表', '单位：万元'], [
        row('预算单位', '科目编码', '科目名称', '支出总计', '基本支出', '项目支出'),
        row('深圳市人民政府国有资产监督管理委员会', '', '', '418,487.59', '7,356.93', '411,130.67'),
        row('', '205', '教育支出', '50.56', '0.00', '50.56'),
        row('', '20508', '进修及培训', '50.56', '0.00', '50.56'),
      ]),
      '元',
    );
    expect(table.totals.map((total) => [total.name, total.unit, total.values])).toEqual([
      ['深圳市人民政府国有资产监督管理委员会', '深圳市人民政府国有资产监督管理委员会', { total: 4184875900, basic: 73569300, project: 4111306700 }],
    ]);
    expect(table.lines.map((l) => [l.code, l.unit])).toEqual([
      ['205', '深圳市人民政府国有资产监督管理委员会'],
      ['20508', '深圳市人民政府国有资产监督管理委员会'],
    ]);
  });

  // Guangzhou 卫健委 2026 表11 (部门预算基本支出预算表, p. 26): units and the categories they spend on, in one
  // column. The first two units' rows as printed; the 合计 row is the sum of these two units only.
  const basicByUnit = (胸科医院: string) =>
    understood(['表11', '部门预算基本支出预算表', '单位名称：广州市卫生健康委员会 单位：万元'], [
      row('支出项目类别（资金使用单位）', '总计', '财政拨款', '其他资金'),
      row('合计', '47,312.72', '24,395.06', '22,917.66'),
      row('广州市卫生健康委员会（本级）', '10,345.32', '10,345.32', '0.00'),
      row('工资福利支出', '7,324.88', '7,324.88', '0.00'),
      row('商品和服务支出', '1,113.53', '1,113.53', '0.00'),
      row('对个人和家庭的补助', '1,906.91', '1,906.91', '0.00'),
      row('广州市胸科医院', 胸科医院, '14,049.74', '22,917.66'),
      row('工资福利支出', '30,220.95', '8,364.77', '21,856.17'),
      row('商品和服务支出', '1,471.74', '437.15', '1,034.59'),
      row('对个人和家庭的补助', '5,274.72', '5,247.82', '26.90'),
    ]);

  it('nests units over their items where each unit is the sum of the rows under it, to the rounding of the figures (Guangzhou 表11)', () => {
    // 广州市胸科医院 36,967.40 against its items' 36,967.41: 0.01万元 of rounding.
    const table = readFiscalTable(basicByUnit('36,967.40'), '元');
    expect(table.measures.map((m) => m.key)).toEqual(['total', 'fiscalAppropriation', 'other']);
    expect(table.totals.map((total) => [total.name, total.values.total])).toEqual([['合计', 473127200]]);
    expect(table.lines.map((l) => [l.level, l.name, l.unit])).toEqual([
      [1, '广州市卫生健康委员会（本级）', '广州市卫生健康委员会（本级）'],
      [2, '工资福利支出', '广州市卫生健康委员会（本级）'],
      [2, '商品和服务支出', '广州市卫生健康委员会（本级）'],
      [2, '对个人和家庭的补助', '广州市卫生健康委员会（本级）'],
      [1, '广州市胸科医院', '广州市胸科医院'],
      [2, '工资福利支出', '广州市胸科医院'],
      [2, '商品和服务支出', '广州市胸科医院'],
      [2, '对个人和家庭的补助', '广州市胸科医院'],
    ]);
  });

  it('leaves the levels unknown where the rows do not partition by their sums', () => {
    // 广州市胸科医院's total altered: no longer the sum of its items.
    const table = readFiscalTable(basicByUnit('36,000.00'), '元');
    expect(table.lines.every((l) => l.level === null && l.unit === null)).toBe(true);
  });

  it('nests projects under the unit of a 支出项目类别 column, and makes them top-level once the unit row is the total (Shenzhen 国资委 2026 项目支出总表, p. 25; four of its eleven value columns)', () => {
    const table = readFiscalTable(
      understood(['项目支出总表', '部门名称：深圳市人民政府国有资产监督管理委员会 单位：万元'], [
        [c('支出项目类别', 3), c('2026年预算', 1, 4)],
        [c('总计', 2), c('财政拨款', 1, 2), c('上年结余、结转', 2)],
        row('一般公共预算拨款', '国有资本经营预算拨款'),
        row('深圳市人民政府国有资产监督管理委员会', '411,130.67', '1,792.92', '409,301.00', '36.74'),
        row('非发改立项的建设项目', '15.73', '15.73', '0.00', '0.00'),
        row('国有资本经营预算', '409,301.00', '0.00', '409,301.00', '0.00'),
        row('国有资产监管', '1,642.77', '1,606.03', '0.00', '36.74'),
        row('研究调研专项', '56.15', '56.15', '0.00', '0.00'),
        row('预算准备金', '115.01', '115.01', '0.00', '0.00'),
      ]),
      '元',
    );
    expect(table.kind).toBe('project_expenditure');
    expect(table.totals.map((total) => [total.name, total.values.total])).toEqual([['深圳市人民政府国有资产监督管理委员会', 4111306700]]);
    expect(table.lines.map((l) => [l.level, l.name, l.unit, l.values.total])).toEqual([
      [1, '非发改立项的建设项目', '深圳市人民政府国有资产监督管理委员会', 157300],
      [1, '国有资本经营预算', '深圳市人民政府国有资产监督管理委员会', 4093010000],
      [1, '国有资产监管', '深圳市人民政府国有资产监督管理委员会', 16427700],
      [1, '研究调研专项', '深圳市人民政府国有资产监督管理委员会', 561500],
      [1, '预算准备金', '深圳市人民政府国有资产监督管理委员会', 1150100],
    ]);
  });

  it("takes a unit's row over its spending categories for the total of a panel printing no 合计 (Shenzhen 国资委 2026 基本支出总表, pp. 23–24; its 总计 column)", () => {
    const table = readFiscalTable(
      understood(['基本支出总表', '部门名称：深圳市人民政府国有资产监督管理委员会 单位：万元'], [
        row('支出项目类别', '总计'),
        row('深圳市人民政府国有资产监督管理委员会', '7,356.93'),
        row('工资福利支出', '6,050.55'),
        row('基本工资', '1,203.07'),
        row('津贴补贴', '2,818.98'),
        row('奖金', '596.37'),
        row('机关事业单位基本养老保险缴费', '421.78'),
        row('职业年金缴费', '210.89'),
        row('职工基本医疗保险缴费', '171.16'),
        row('其他社会保障缴费', '5.32'),
        row('住房公积金', '442.98'),
        row('其他工资福利支出', '180.00'),
        row('商品和服务支出', '794.78'),
        row('办公费', '135.32'),
        row('印刷费', '5.00'),
        row('水费', '3.00'),
        row('电费', '25.20'),
        row('邮电费', '21.60'),
        row('物业管理费', '234.98'),
        row('差旅费', '19.01'),
        row('因公出国（境）费用', '98.00'),
        row('维修（护）费', '11.00'),
        row('公务接待费', '6.00'),
        row('工会经费', '85.00'),
        row('公务用车运行维护费', '4.80'),
        row('其他交通费用', '115.47'),
        row('其他商品和服务支出', '30.40'),
        row('对个人和家庭的补助', '499.60'),
        row('退休费', '499.60'),
        row('资本性支出', '12.00'),
        row('公务用车购置', '12.00'),
      ]),
      '元',
    );
    expect(table.kind).toBe('basic_expenditure');
    expect(table.totals.map((total) => [total.name, total.unit, total.values.total])).toEqual([
      ['深圳市人民政府国有资产监督管理委员会', '深圳市人民政府国有资产监督管理委员会', 73569300],
    ]);
    const levels = (name: string) => table.lines.filter((l) => l.name === name).map((l) => [l.level, l.unit]);
    expect(levels('工资福利支出')).toEqual([[1, null]]);
    expect(levels('基本工资')).toEqual([[2, null]]);
    expect(levels('公务用车购置')).toEqual([[2, null]]);
    expect(table.lines.filter((l) => l.level === 1).map((l) => l.name)).toEqual(['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出']);
  });

  it("takes a department's row, the sum of its units' rows, for the total of a table printing no 合计 (Shenzhen 建筑工务署 2026 表3, pp. 20–28; its units' rows only)", () => {
    const table = readFiscalTable(
      understood(['支出总表', '单位：万元'], [
        row('预算单位', '科目编码', '科目名称', '支出总计', '基本支出', '项目支出'),
        row('深圳市建筑工务署', '', '', '33,934.54', '20,723.90', '13,210.64'),
        row('深圳市建筑工务署（本级）', '', '', '14,480.17', '4,614.06', '9,866.11'),
        row('深圳市建筑工务署文体和水务工程管理中心', '', '', '5,647.80', '4,226.45', '1,421.35'),
        row('深圳市建筑工务署工程管理中心', '', '', '8,236.21', '7,010.72', '1,225.49'),
        row('深圳市建筑工务署工程设计管理中心', '', '', '5,570.36', '4,872.67', '697.69'),
      ]),
      '元',
    );
    expect(table.totals.map((total) => [total.name, total.unit, total.values])).toEqual([
      ['深圳市建筑工务署', '深圳市建筑工务署', { total: 339345400, basic: 207239000, project: 132106400 }],
    ]);
    expect(table.lines.map((l) => l.unit)).toEqual([
      '深圳市建筑工务署（本级）',
      '深圳市建筑工务署文体和水务工程管理中心',
      '深圳市建筑工务署工程管理中心',
      '深圳市建筑工务署工程设计管理中心',
    ]);
  });

  it('reads a unit\'s year rows as one line of the table\'s year, the year before and the change beside it (Shenzhen 国资委 2026 三公, p. 34; its 一般公共预算 columns)', () => {
    const table = readFiscalTable(
      understood(['财政拨款“三公”经费支出表', '单位：万元'], [
        row('预算单位', '年度', '总计', '因公出国(境)费', '公务接待费'),
        row('深圳市人民政府国有资产监督管理委员会', '2025年', '26.13', '3.33', '6.00'),
        row('', '2026年', '120.80', '98.00', '6.00'),
        row('', '增减变化金额', '94.67', '94.67', '0.00'),
      ]),
      '元',
    );
    expect(table.measures.map((m) => m.key)).toEqual([
      'total', 'overseasTravel', 'reception',
      'priorYear.total', 'priorYear.overseasTravel', 'priorYear.reception',
      'change.total', 'change.overseasTravel', 'change.reception',
    ]);
    // One unit: its line is the table's total.
    expect(table.lines).toEqual([]);
    expect(table.totals.map((total) => [total.name, total.values])).toEqual([
      [
        '深圳市人民政府国有资产监督管理委员会',
        {
          total: 1208000, overseasTravel: 980000, reception: 60000,
          'priorYear.total': 261300, 'priorYear.overseasTravel': 33300, 'priorYear.reception': 60000,
          'change.total': 946700, 'change.overseasTravel': 946700, 'change.reception': 0,
        },
      ],
    ]);
  });
});
