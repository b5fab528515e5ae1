// Layouts the reference DOCX does not print but real notices do (Beijing's one
// table holding many projects, Shanghai's key/value project forms): tables
// built cell by cell in the document model's HTML semantics.
import { describe, expect, it } from 'vitest';
import { cell, inlineTable, type InlineRow } from '../../tables/inline-table.test-support.js';
import type { Table } from '../../tables/table.js';
import { readTargetTable } from './read-table.js';

function table(rows: InlineRow[], unit: string | null = null): Table {
  return inlineTable(rows, ['项目支出绩效目标表', ...(unit ? [`单位：${unit}`] : [])], 7);
}

describe('readTargetTable: the unit a project belongs to', () => {
  it('reads a 单位名称 column', () => {
    const grid = table([
      ['单位名称', '项目名称', '三级指标', '指标值'],
      ['第一分局', '其他运行经费', '人员数量', '4人'],
      ['第二分局', '其他运行经费', '人员数量', '2人'],
    ]);
    expect(readTargetTable(grid, null).map((target) => [target.unit, target.name])).toEqual([
      ['第一分局', '其他运行经费'],
      ['第二分局', '其他运行经费'],
    ]);
  });

  it('takes a unit line of a 项目名称（资金使用单位） column for the projects below it', () => {
    const grid = table([
      ['项目名称（资金使用单位）', '总计', '绩效目标', '三级指标', '指标值'],
      ['合计：', '30', '', '', ''],
      ['第一分局', '10', '', '', ''],
      ['其他运行经费', '10', '保障运行', '人员数量', '4人'],
      ['第二分局', '20', '', '', ''],
      ['其他运行经费', '20', '保障运行', '人员数量', '2人'],
    ], '万元');
    expect(readTargetTable(grid, null).map((target) => [target.unit, target.name, target.budget])).toEqual([
      ['第一分局', '其他运行经费', 100000],
      ['第二分局', '其他运行经费', 200000],
    ]);
  });

  it('is null when the table states none', () => {
    const grid = table([
      ['项目名称', '三级指标', '指标值'],
      ['其他运行经费', '人员数量', '4人'],
    ]);
    expect(readTargetTable(grid, null).map((target) => target.unit)).toEqual([null]);
  });
});

describe('readTargetTable: project cells over a page break', () => {
  const onPage = (text: string, page: number, rowSpan = 1) => ({ ...cell(text, rowSpan), page });

  // Beijing 2026 人社局 预算12表, pp. 32–33: the budget cell runs over the break, yet the next page's
  // project cell prints a code of its own.
  it('never joins two projects printing different codes', () => {
    const grid = table([
      ['项目名称', '项目总额', '绩效目标', '三级指标', '指标值'],
      [onPage('11000026T000003742752-就业补助资金资助奖励项目', 32), onPage('600', 32, 2), onPage('开展国家级高技能人才培训基地建设项目。', 32), onPage('培训基地数量', 32), onPage('≥1个', 32)],
      [onPage('11000026T000003742334-社保工作咨询与评审服务项目', 33), onPage('规范工伤预防费的使用和管理。', 33), onPage('核查数量', 33), onPage('≥10家', 33)],
    ], '万元');
    expect(readTargetTable(grid, null).map((target) => [target.code, target.name])).toEqual([
      ['11000026T000003742752', '就业补助资金资助奖励项目'],
      ['11000026T000003742334', '社保工作咨询与评审服务项目'],
    ]);
  });
});

describe('readTargetTable: one grid holding several projects', () => {
  const grid = table([
    ['项目名称', '项目资金（万元）', '年度目标', '一级指标', '二级指标', '三级指标', '绩效指标性质', '绩效指标值', '绩效度量单位', '权重'],
    [cell('11000022T000000455794-评审工作经费', 3), cell('120.5', 3), cell('1.完成评审。2.提高评审质量。', 3), cell('产出指标', 2), '数量指标', '评审项目数', '≥', '50', '个', '20'],
    ['质量指标', '评审准确率', '≥', '95', '%', '20'],
    ['满意度指标', '服务对象满意度指标', '委托单位满意度', '定性', '', '高', '10'],
    ['301007_信息化运维', '30', '保障系统稳定运行', '产出指标', '时效指标', '故障响应时间', '≤', '2', '小时', '30'],
  ]);
  const targets = readTargetTable(grid, null);

  it('makes each spanning 项目名称 cell its own target, its code split off', () => {
    expect(targets.map((target) => [target.code, target.name, target.budget, target.goals, target.indicators.length])).toEqual([
      ['11000022T000000455794', '评审工作经费', 1205000, ['完成评审。', '提高评审质量。'], 3],
      ['301007', '信息化运维', 300000, ['保障系统稳定运行'], 1],
    ]);
  });

  it('folds 性质|值|单位 into the target and reads the weight', () => {
    expect(targets[0].indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target, indicator.weight, indicator.source])).toEqual([
      ['产出指标', '数量指标', '评审项目数', { raw: '≥50个', operator: '>=', value: 50, unit: '个', text: null }, 20, { table: 7, row: 1 }],
      ['产出指标', '质量指标', '评审准确率', { raw: '≥95%', operator: '>=', value: 95, unit: '%', text: null }, 20, { table: 7, row: 2 }],
      ['满意度指标', '服务对象满意度指标', '委托单位满意度', { raw: '高', operator: null, value: null, unit: null, text: '高' }, 10, { table: 7, row: 3 }],
    ]);
    expect(targets[1].indicators[0].target).toEqual({ raw: '≤2小时', operator: '<=', value: 2, unit: '小时', text: null });
  });
});

// Beijing 2026 卫健委 预算12表, p. 117: a project's goals open with a label of their own (`年度目标：`).
describe('readTargetTable: a goal text opening with a label, in the grid\'s goals column', () => {
  it('is the project\'s goals, its row an indicator of that project', () => {
    const grid = table([
      ['项目名称', '项目总额', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
      ['11000026T000003813625-代谢性疾病新药研发', '490', '完成代谢性疾病药物机制探索。', '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
      [cell('11000023T000002048076-眼研所改革与发展', 2), cell('400', 2), cell('年度目标：本项目拟构建视网膜色素上皮变性的大动物模型。', 2), '产出指标', '数量指标', '申请专利', '＝1项'],
      ['产出指标', '数量指标', '动物模型评估', '＝1个'],
    ], '万元');
    expect(readTargetTable(grid, null).map((target) => [target.name, target.goals, target.indicators.map((indicator) => indicator.name)])).toEqual([
      ['代谢性疾病新药研发', ['完成代谢性疾病药物机制探索。'], ['服务对象满意度']],
      ['眼研所改革与发展', ['年度目标：本项目拟构建视网膜色素上皮变性的大动物模型。'], ['申请专利', '动物模型评估']],
    ]);
  });
});

describe('readTargetTable: key/value project forms stacked in one table', () => {
  const form = table([
    ['项目名称', cell('社区活动经费', 1, 2), '项目编码', 'P2023001'],
    ['项目总额（万元）', '12.34', '资金来源', cell('财政拨款', 1, 2)],
    ['年度绩效目标', cell('1、开展社区活动；2、提升居民满意度。', 1, 4)],
    ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
    ['产出指标', '数量指标', '活动场次', '≥12场', '30'],
    ['', '', '参与人数', '不少于500人', '30'],
    ['效益指标', '社会效益指标', '居民满意度', '90%以上', '40'],
    ['项目名称', cell('楼宇修缮经费', 1, 4)],
    ['年度绩效目标', cell('无', 1, 4)],
    ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
    ['产出指标', '质量指标', '验收合格率', '100%', '100'],
  ]);
  const targets = readTargetTable(form, null);

  it('starts a target at each 项目名称 row and reads its code, budget and goals', () => {
    expect(targets.map((target) => [target.name, target.code, target.budget, target.goals])).toEqual([
      ['社区活动经费', 'P2023001', 123400, ['开展社区活动', '提升居民满意度。']],
      ['楼宇修缮经费', null, null, []],
    ]);
  });

  it('reads a form row after the indicators as the next project, never as an indicator', () => {
    const stacked = table([
      ['项目名称', '甲项目', '项目性质', '经常性项目'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '活动场次', '≥12场'],
      ['项目名称', '乙项目', '项目性质', '经常性项目'],
      ['主管部门', '某街道办事处', '实施单位', '某街道办事处'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '质量指标', '验收合格率', '100%'],
    ]);
    expect(readTargetTable(stacked, null).map((target) => [target.name, target.indicators.map((indicator) => indicator.name)])).toEqual([
      ['甲项目', ['活动场次']],
      ['乙项目', ['验收合格率']],
    ]);
  });

  it('carries an 一级/二级 cell the source left blank below it', () => {
    expect(targets[0].indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target.operator, indicator.target.value, indicator.target.unit])).toEqual([
      ['产出指标', '数量指标', '活动场次', '>=', 12, '场'],
      ['产出指标', '数量指标', '参与人数', '>=', 500, '人'],
      ['效益指标', '社会效益指标', '居民满意度', '>=', 90, '%'],
    ]);
    expect(targets[1].indicators.map((indicator) => [indicator.name, indicator.weight, indicator.source.row])).toEqual([['验收合格率', 100, 10]]);
  });
});

describe('readTargetTable: other forms', () => {
  it('names the target from the title when the table names none, and reads a budget in the table unit', () => {
    const titled = table(
      [
        ['年度资金总额', '85.36'],
        ['绩效目标', '完成库房建设。'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '库房容量', '≥11,000卷'],
      ],
      '万元',
    );
    expect(readTargetTable(titled, '智能库房建设')).toEqual([
      {
        name: '智能库房建设',
        code: null,
        unit: null,
        goals: ['完成库房建设。'],
        budget: 853600,
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '库房容量',
            description: null,
            scoringRule: null,
            target: { raw: '≥11,000卷', operator: '>=', value: 11000, unit: '卷', text: null },
            basis: null,
            weight: null,
            source: { table: 7, row: 3 },
          },
        ],
        source: { table: 7 },
      },
    ]);
  });

  it('splits an indicator cell fusing the levels, and keeps an unsplittable one as printed', () => {
    const fused = table([
      ['绩效指标', '指标值'],
      ['产出指标-数量指标-培训人次', '≥300人次'],
      ['培训覆盖率', '100%'],
    ]);
    expect(readTargetTable(fused, 'X')[0].indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name])).toEqual([
      ['产出指标', '数量指标', '培训人次'],
      [null, null, '培训覆盖率'],
    ]);
  });

  it('splits the standard level names run together, as Beijing prints them', () => {
    const fused = table([
      ['活动', '绩效指标', '指标性质', '指标值', '度量单位'],
      ['物价管理', '产出指标数量指标价格政策评估报告数量', '＝', '5', '份'],
      ['对口支援合作', '效益指标可持续影响指标拓展产销对接渠道', '定性', '优，持续帮助支援合作地区搭建产销对接平台。', ''],
    ]);
    expect(readTargetTable(fused, 'X')[0].indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target])).toEqual([
      ['产出指标', '数量指标', '价格政策评估报告数量', { raw: '＝5份', operator: '=', value: 5, unit: '份', text: null }],
      ['效益指标', '可持续影响指标', '拓展产销对接渠道', { raw: '优，持续帮助支援合作地区搭建产销对接平台。', operator: null, value: null, unit: null, text: '优，持续帮助支援合作地区搭建产销对接平台。' }],
    ]);
  });

  it('reads a 度量单位 of 其他 as no unit (Beijing 2026 经信局 预算13表, p. 74)', () => {
    const rows = table([
      ['活动', '绩效指标', '指标性质', '指标值', '度量单位'],
      ['运行监测', '效益指标社会效益指标及时掌握国内外经济形势和政策走向，为我产业政策制定提供有益参考', '定性', '优', '其他'],
      ['运行监测', '产出指标数量指标未来产业项目与企业数量', '≥', '500', '家/个/批次'],
    ]);
    expect(readTargetTable(rows, 'X')[0].indicators.map((indicator) => indicator.target)).toEqual([
      { raw: '优', operator: null, value: null, unit: null, text: '优' },
      { raw: '≥500家/个/批次', operator: '>=', value: 500, unit: '家/个/批次', text: null },
    ]);
  });

  it('reads a goal printed under its label, a budget under a group label stating the unit, and a unit in the indicator name', () => {
    const form = table([
      [cell('专项资金情况（万元）', 2), '资金总额', '118.00', ''],
      ['财政拨款', '118.00', ''],
      [cell('当年整体绩效目标', 1, 4)],
      [cell('完成外伤医疗费用结算审核。', 1, 4)],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['成本指标', '经济成本', '法律顾问服务成本（万元）', '≤5'],
    ]);
    const [target] = readTargetTable(form, 'X');
    expect([target.budget, target.goals, target.indicators[0].target]).toEqual([
      1180000,
      ['完成外伤医疗费用结算审核。'],
      { raw: '≤5', operator: '<=', value: 5, unit: '万元', text: null },
    ]);
  });

  it('locates 指标值内容, 度量单位 and 指标值类型 columns (Hunan layout) and skips a unit row with nothing to target', () => {
    const grid = table(
      [
        ['单位编码', '单位（项目）名称', '资金总额', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '指标值内容', '评（扣）分标准', '度量单位', '指标值类型'],
        ['', '合计', '417.41', '', '', '', '', '', '', '', '', ''],
        ['126001', '长沙市信访局', '417.41', '', '', '', '', '', '', '', '', ''],
        [cell('126001', 2), cell('基层及其他信访业务工作经费专项', 2), cell('35.78', 2), cell('按规定及时将经费调拨到位。', 2), '成本指标', '经济成本指标', '总成本', '35.78', '不超过预算', '偏离目标40%及以上不得分', '万元', '≤'],
        ['产出指标', '时效指标', '区县经费调拨及时性', '按时', '确保资金及时调拨', '年内按时拨付得满分', '', '定性'],
      ],
      '万元',
    );
    const targets = readTargetTable(grid, null);
    expect(targets.map((target) => [target.name, target.code, target.budget, target.goals])).toEqual([
      ['基层及其他信访业务工作经费专项', null, 357800, ['按规定及时将经费调拨到位。']],
    ]);
    expect(targets[0].indicators.map((indicator) => [indicator.name, indicator.description, indicator.scoringRule, indicator.target])).toEqual([
      ['总成本', '不超过预算', '偏离目标40%及以上不得分', { raw: '≤35.78万元', operator: '<=', value: 35.78, unit: '万元', text: null }],
      ['区县经费调拨及时性', '确保资金及时调拨', '年内按时拨付得满分', { raw: '按时', operator: null, value: null, unit: null, text: '按时' }],
    ]);
  });

  it('a project with prose goals only is a target without indicators', () => {
    expect(readTargetTable(table([['绩效目标', '保障机关正常运转。']]), '机关运转')).toEqual([
      { name: '机关运转', code: null, unit: null, goals: ['保障机关正常运转。'], budget: null, indicators: [], source: { table: 7 } },
    ]);
  });
});

describe('readTargetTable: a grid of projects with goals and no indicators', () => {
  it('reads each project line with its budget and goals (深圳市国资委 2026, p. 11)', () => {
    const grid = table([
      ['二级预算单位名称', '一级项目名称', '预算数（万元）', '绩效目标'],
      ['深圳市人民政府国有资产监督管理委员会', '非发改立项的建设项目', '15.73', '按时按质完成场馆合同质保金支付；开展日常修缮，保障委机关基本办公需求。'],
      ['深圳市人民政府国有资产监督管理委员会', '研究调研专项', '56.15', '完成“十五五”规划及编制说明等配套材料。'],
    ]);
    expect(readTargetTable(grid, null).map((target) => [target.unit, target.name, target.budget, target.goals, target.indicators])).toEqual([
      ['深圳市人民政府国有资产监督管理委员会', '非发改立项的建设项目', 157300, ['按时按质完成场馆合同质保金支付；开展日常修缮，保障委机关基本办公需求。'], []],
      ['深圳市人民政府国有资产监督管理委员会', '研究调研专项', 561500, ['完成“十五五”规划及编制说明等配套材料。'], []],
    ]);
  });

  it('takes a body\'s own line (funds, no goals) for the projects below it (广州市卫生健康委员会 2026, p. 46)', () => {
    const grid = table([
      [cell('支出项目类别（资金使用单位）', 2), cell('总计', 2), cell('财政拨款', 1, 4), cell('其他资金', 2), cell('绩效目标', 2)],
      ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['广州市第一人民医院', '280,430.46', '12,545.02', '12,545.02', '0.00', '0.00', '267,885.44', ''],
      ['业务补助经费财政补助项目', '9,184.60', '9,184.60', '9,184.60', '0.00', '0.00', '0.00', '按款项下达进度进行使用，维持医院日常经营及可持续发展。'],
    ], '万元');
    expect(readTargetTable(grid, null).map((target) => [target.unit, target.name, target.budget])).toEqual([
      ['广州市第一人民医院', '业务补助经费财政补助项目', 91846000],
    ]);
  });

  it('reads a bare 项目 column (广州市交通运输局 2026, p. 83)', () => {
    const grid = table([
      ['项目', '预算数（单位：万元）', '绩效目标'],
      ['公共交通财政补贴', '300,000', '通过开展公共交通财政补贴，主要达到如下目标：安排专项资金对公交企业给予补贴。'],
    ]);
    expect(readTargetTable(grid, null).map((target) => [target.name, target.budget])).toEqual([['公共交通财政补贴', 3000000000]]);
  });
});
