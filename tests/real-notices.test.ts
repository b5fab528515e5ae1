// The real notices in samples/real/: what each is (document), its outline (sections and parts)
// and the budget-summary figures it states (the Xi'an 卫健委 2022 决算, whose 附件 holds several
// evaluation reports, has its own file: final-accounts-xian.test.ts). Expected values were read from the PDFs themselves
// (pdftotext -layout), not from the tool's output.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

interface Expected {
  file: string;
  document: Partial<DocumentInfo>;
  /** `number、title` of each top-level section, in order. */
  sections: string[];
  /** The distinct parts (第X部分) the sections stand in, in order. */
  parts: (string | null)[];
  /** budgetSummary dotted path → yuan. */
  figures: Record<string, number>;
}

const budget2026 = { fiscalYear: 2026, stage: 'budget', scope: 'department', currencyUnit: '万元' } as const;

const notices: Expected[] = [
  {
    file: 'beijing-fgw-2026-dept-budget-part1-explanation.pdf',
    // The cover prints the body and the publication on two lines.
    document: { ...budget2026, title: '北京市发展和改革委员会2026年度部门预算信息公开', unit: '北京市发展和改革委员会', region: '北京市' },
    sections: ['一、部门情况说明', '二、收入预算情况说明', '三、支出预算情况说明', '四、财政拨款“三公”经费预算情况说明', '五、其他情况说明', '六、名词解释'],
    parts: ['第一部分2026年度部门预算情况说明'],
    figures: {
      'revenue.total': 978515100,
      'revenue.generalPublicBudget': 926003000,
      'revenue.business': 3910000,
      'revenue.other': 11133000,
      'revenue.carryover': 37469100,
      'expenditure.total': 978515100,
      'expenditure.basic': 467145200,
      'expenditure.project': 502547800,
      'changeFromPriorYear.total': -11726900,
      // Each category's label and amount stand in separate sentences: `（一）因公出国（境）费用。2026年预算数142.2万元`.
      'threePublic.total': 2471400,
      'threePublic.overseasTravel': 1422000,
      'threePublic.reception': 178100,
      'threePublic.vehicles': 871300,
      'threePublic.vehiclePurchase': 186900,
      'threePublic.vehicleOperation': 684400,
      operatingExpenses: 17390400,
      procurementTotal: 175512900,
    },
  },
  {
    file: 'beijing-fgw-2026-dept-budget-part2-tables.pdf',
    // Tables only: no title line; the body is named in the 部门名称 caption, the year in the tables.
    document: { ...budget2026, title: '预算01表收支总表', unit: '北京市发展和改革委员会', region: '北京市' },
    sections: [],
    parts: [],
    figures: {
      'revenue.total': 978515065.1,
      'expenditure.total': 978515065.1,
      'threePublic.total': 2471383.64,
      'threePublic.overseasTravel': 1422000,
      'threePublic.reception': 178083.64,
      'threePublic.vehicles': 871300,
    },
  },
  {
    file: 'central-guojia-xinfangju-2026-dept-budget.pdf',
    document: { ...budget2026, title: '国家信访局2026年度部门预算', unit: '国家信访局', region: null },
    sections: [
      '一、部门职责', '二、机构设置',
      '一、关于部门收支总表的说明', '二、关于部门收入总表的说明', '三、关于部门支出总表的说明', '四、关于财政拨款收支总表的说明',
      '五、关于一般公共预算支出表的说明', '六、关于一般公共预算基本支出表的说明', '七、关于一般公共预算“三公”经费支出表的说明', '八、其他事项说明',
    ],
    // The body does not reprint 第一部分: the contents name it; 第二部分 holds the tables.
    parts: ['第一部分国家信访局基本情况', '第三部分国家信访局部门预算情况说明'],
    figures: {
      'revenue.total': 506169400,
      'revenue.currentYear': 483628200,
      'revenue.other': 318880000,
      'expenditure.total': 506169400,
      'expenditure.basic': 110560700,
      'expenditure.project': 395608700,
      'threePublic.total': 1126100,
      operatingExpenses: 23762600,
      procurementTotal: 43083900,
    },
  },
  {
    file: 'changsha-xinfang-2026-dept-budget.pdf',
    document: { ...budget2026, title: '长沙市信访局2026年部门预算公开', unit: '长沙市信访局', region: '长沙市' },
    sections: ['一、部门基本概况', '二、部门预算单位构成', '三、部门收支总体情况', '四、一般公共预算拨款支出', '五、政府性基金预算支出', '六、其他重要事项的情况说明', '七、名词解释'],
    parts: ['第一部分部门预算公开说明'],
    figures: {
      'revenue.total': 19353600,
      'expenditure.total': 19353600,
      'expenditure.basic': 15179500,
      'expenditure.project': 4174100,
      'changeFromPriorYear.total': 541300,
      'threePublic.total': 80000,
      'threePublic.overseasTravel': 0,
      'threePublic.reception': 30000,
      'threePublic.vehicles': 50000,
      operatingExpenses: 1229800,
      procurementTotal: 439000,
    },
  },
  {
    file: 'chongqing-shangwu-2026-dept-budget.pdf',
    document: { ...budget2026, title: '重庆市商务委员会2026年部门预算情况说明', unit: '重庆市商务委员会', region: '重庆市' },
    sections: ['一、单位基本情况', '二、部门收支总体情况', '三、财政拨款情况说明', '四、“三公”经费情况说明', '五、其他重要事项的情况说明', '六、专业性名词解释'],
    parts: [null],
    figures: {
      'revenue.total': 1749006400,
      'revenue.generalPublicBudget': 1018338400,
      'revenue.governmentFund': 415347300,
      'expenditure.total': 1749006400,
      'changeFromPriorYear.total': -866852900,
      'threePublic.total': 8909700,
      'threePublic.overseasTravel': 5520000,
      'threePublic.reception': 1210700,
      // `一般公共预算财政拨款运行经费1,595.96万元`
      operatingExpenses: 15959600,
      procurementTotal: 65468200,
    },
  },
  {
    file: 'foshan-guidao-2019-dept-final-account.pdf',
    document: { fiscalYear: 2019, stage: 'final_accounts', scope: 'department', title: '2019年佛山市轨道交通局部门决算', unit: '佛山市轨道交通局', region: '佛山市' },
    // 第二部分 lists the tables (一、收入支出决算总表 …): titles, not sections.
    sections: [
      '一、部门主要职责', '二、部门决算单位构成',
      '一、2019年度收入支出决算总体情况说明', '二、2019年度财政拨款收入支出总表说明', '三、2019年度一般公共预算财政拨款“三公”经费支出决算情况说明', '四、其他重要事项的情况说明',
    ],
    parts: ['第一部分佛山市轨道交通局概况', '第三部分佛山市轨道交通局2019年部门决算情况说明'],
    // Rule 3: the actuals (决算数), pp. 5–27.
    figures: { 'revenue.total': 16681400, 'revenue.other': 100, 'expenditure.basic': 7463900, 'expenditure.project': 9217500, 'threePublic.total': 1600, operatingExpenses: 971900, procurementTotal: 0 },
  },
  {
    file: 'fuzhou-yibao-2026-dept-budget.pdf',
    // The cover: `2026 年度` / `福州市医疗保障局` / `部门预算`.
    document: { ...budget2026, title: '2026年度福州市医疗保障局部门预算', unit: '福州市医疗保障局', region: '福州市' },
    sections: [
      '一、部门主要职责', '二、部门预算单位构成', '三、部门主要工作任务',
      '一、预算收支总体情况', '二、一般公共预算拨款支出情况', '三、政府性基金预算拨款支出情况', '四、国有资本经营预算拨款支出情况',
      '五、一般公共预算拨款基本支出情况', '六、一般公共预算“三公”经费支出情况', '七、预算绩效目标情况', '八、其他重要事项说明',
    ],
    parts: ['第一部分部门概况', '第三部分2026年度部门预算情况说明'],
    figures: {
      'revenue.total': 3519049000,
      'expenditure.total': 3519049000,
      'expenditure.basic': 78412600,
      'expenditure.project': 3440636400,
      'changeFromPriorYear.total': 1254543800,
      'threePublic.total': 50000,
      'threePublic.reception': 50000,
      'threePublic.overseasTravel': 0,
      operatingExpenses: 5779100,
      procurementTotal: 3706200,
    },
  },
  {
    file: 'guangzhou-sthj-2026-project-perf-targets.pdf',
    // Performance targets only: the title names no 预算 and no scope (部门 from the `部门名称：` caption).
    document: { ...budget2026, title: '广州市生态环境局2026年项目支出绩效目标表（含转移支付项目）', unit: '广州市生态环境局', region: '广州市' },
    sections: [],
    parts: [],
    figures: {},
  },
  {
    file: 'jiangsu-jcy-2017-dept-budget.pdf',
    document: { fiscalYear: 2017, stage: 'budget', scope: 'department', currencyUnit: '万元', title: '江苏省人民检察院2017年部门预算', unit: '江苏省人民检察院', region: '江苏省' },
    sections: [
      '一、主要职责', '二、2017年主要工作任务', '三、部门机构设置和所属单位情况', '四、部门收支预算编制的相关依据及测算分析情况',
      '一、收支预算总表情况说明', '二、收入预算情况说明', '三、支出预算情况说明', '四、财政拨款收支预算总表情况说明', '五、财政拨款支出预算表情况说明',
      '六、财政拨款基本支出预算表情况说明', '七、政府性基金支出预算表情况说明', '八、一般公共预算支出预算表情况说明', '九、一般公共预算基本支出预算表情况说明',
      '十、一般公共预算机关运行经费支出预算表情况说明', '十一、一般公共预算“三公”经费、会议费、培训费支出预算表情况说明', '十二、2017年部门政府采购预算表情况说明',
    ],
    parts: ['第一部分部门概况', '第三部分省检察院2017年度部门预算情况说明'],
    figures: {
      'revenue.total': 179966800,
      'expenditure.total': 179966800,
      // Rule 2: the 支出预算总表 (p. 11) prints 12323.48, as the 支出预算情况说明 does; the narrative's
      // `此外，基本支出预算数为12323.46万元` (p. 19) is reported as CROSS_TABLE_MISMATCH.
      'expenditure.basic': 123234800,
      'expenditure.project': 55330000,
      'expenditure.reserve': 1402000,
      'revenue.other': 150000,
      'changeFromPriorYear.total': 14638000,
      // Rule 4: 110 + 317.8 + 156.55, not the table's 合计 with 会议费 and 培训费 (1452.35).
      'threePublic.total': 5843500,
      'threePublic.overseasTravel': 1100000,
      'threePublic.vehicles': 3178000,
      'threePublic.reception': 1565500,
      operatingExpenses: 60325500,
      procurementTotal: 28898000,
    },
  },
  {
    file: 'shanghai-putuo-czj-2024-dept-final-account.pdf',
    document: { fiscalYear: 2024, stage: 'final_accounts', scope: 'department', title: '上海市普陀区财政局2024年度部门决算', unit: '上海市普陀区财政局', region: '上海市普陀区' },
    sections: [
      '一、主要职能', '二、部门决算单位构成',
      '一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明', '四、财政拨款收入支出决算总体情况说明', '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明', '七、财政拨款“三公”经费支出决算情况说明', '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明', '十、预算绩效管理情况', '十一、其他重要事项的情况说明',
    ],
    parts: ['第一部分上海市普陀区财政局概况', '第三部分上海市普陀区财政局2024年度部门决算情况说明'],
    // Rule 3: 年初预算为0.95万元，支出决算为0.00万元 gives 0 (p. 21); 政府采购金额 251.25万元 (p. 22).
    figures: { 'revenue.total': 29953900, 'revenue.carryover': 491400, 'expenditure.currentYear': 29400500, 'threePublic.total': 0, operatingExpenses: 1846500, procurementTotal: 2512500 },
  },
  {
    file: 'shanghai-putuo-wanli-2023-dept-budget.pdf',
    document: { fiscalYear: 2023, stage: 'budget', scope: 'department', currencyUnit: '万元', title: '上海市普陀区2023年区级部门预算', unit: '上海市普陀区人民政府万里街道办事处', region: '上海市普陀区' },
    // The body prints the titles without numbers (`部门主要职能`); the contents number them.
    sections: ['一、部门主要职能', '二、部门机构设置', '三、名词解释', '四、部门预算编制说明', '六、其他相关情况说明', '七、项目经费情况说明'],
    parts: [null],
    figures: {
      'revenue.total': 164978640,
      'expenditure.total': 164978640,
      'expenditure.basic': 99406297,
      'expenditure.project': 65572343,
      'threePublic.total': 229100,
      'threePublic.overseasTravel': 0,
      'threePublic.vehicles': 215600,
      'threePublic.reception': 13500,
      operatingExpenses: 7860900,
      procurementTotal: 8300000,
    },
  },
  {
    file: 'shanghai-putuo-wanli-2024-dept-budget.pdf',
    document: { fiscalYear: 2024, stage: 'budget', scope: 'department', currencyUnit: '万元', title: '上海市普陀区2024年区级部门预算', unit: '上海市普陀区人民政府万里街道办事处', region: '上海市普陀区' },
    // `上海市普陀区人民政府万里街道办事处（部门）主要职能` is the contents' `一、部门主要职能`.
    sections: ['一、部门主要职能', '二、部门机构设置', '三、名词解释', '四、部门预算编制说明', '六、其他相关情况说明', '七、项目经费情况说明'],
    parts: [null],
    figures: {
      'revenue.total': 156211123,
      'expenditure.total': 156211123,
      'expenditure.basic': 99706020,
      'expenditure.project': 56505103,
      'threePublic.total': 479100,
      'threePublic.vehicles': 465600,
      'threePublic.reception': 13500,
      operatingExpenses: 4431800,
      procurementTotal: 16624400,
    },
  },
  {
    file: 'xian-bangongting-2026-dept-budget.pdf',
    document: { ...budget2026, title: '西安市人民政府办公厅（汇总）2026年部门预算公开说明', unit: '西安市人民政府办公厅', region: '西安市' },
    sections: [
      '一、主要职能及机构设置', '二、工作任务', '三、预算单位构成', '四、人员情况说明',
      '五、收支预算总体情况说明', '六、财政拨款收支情况说明', '七、一般公共预算拨款支出明细情况说明', '八、政府性基金预算支出情况说明', '九、国有资本经营预算拨款收支情况说明',
      '十、“三公”经费及会议费、培训费情况说明', '十一、国有资产占有使用及资产购置情况说明', '十二、政府采购情况说明', '十三、绩效目标情况说明', '十四、机关运行经费安排情况说明',
    ],
    // Numbering runs on across the parts.
    parts: ['第一部分部门概况', '第二部分部门预算收支情况说明', '第三部分其他重要事项说明'],
    figures: {
      // Rule 2: from 表1 部门综合预算收支总表 (p. 20, in 元: 92,165,133.99), exact where the
      // narrative rounds (`本部门当年预算收入` / `9,216.51万元，其中：…`).
      'revenue.total': 92165133.99,
      'revenue.generalPublicBudget': 92165133.99,
      'expenditure.total': 92165133.99,
      // 表13 (p. 33) prints 上年 | 当年 | 增减变化情况 blocks: 当年 三公 小计 and 公务接待费 30,000.00
      // (上年 40,000.00), as the narrative's 3.00万元 (p. 15).
      'threePublic.total': 30000,
      'threePublic.overseasTravel': 0,
      'threePublic.reception': 30000,
      operatingExpenses: 4389800,
      procurementTotal: 4186500,
    },
  },
];

describe.each(notices)('$file', ({ file, document, sections, parts, figures }) => {
  const converted = () => convertSample(`real/${file}`);

  it('is classified by its content', async () => {
    expect((await converted()).document).toMatchObject(document);
  });

  it('has the numbered sections of its notice, not its contents or table titles', async () => {
    const disclosure = await converted();
    expect(disclosure.sections.map((section) => `${section.number}、${section.title}`)).toEqual(sections);
    expect([...new Set(disclosure.sections.map((section) => section.part))]).toEqual(parts);
  });

  const stated = Object.entries(figures);
  if (stated.length > 0) it.each(stated)('states %s', async (path, yuan) => {
    const { budgetSummary } = await converted();
    const [group, field] = path.split('.');
    const value = field === undefined ? budgetSummary[group as 'operatingExpenses'] : (budgetSummary as unknown as Record<string, Record<string, unknown>>)[group][field];
    expect(value).toBe(yuan);
  });
});
