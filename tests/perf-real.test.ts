// Performance targets of the real notices in samples/real, one layout each;
// every expected value read from the printed PDF (pdftotext -layout).
import { describe, expect, it } from 'vitest';
import type { Disclosure, Indicator, PerformanceTarget } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

const timeout = 180_000;

function performanceOf(name: string): Promise<Disclosure> {
  return convertSample(`real/${name}`);
}

function project(disclosure: Disclosure, name: string): PerformanceTarget {
  const found = disclosure.performance.projects.find((target) => target.name === name || target.code === name);
  if (!found) throw new Error(`no project ${name}`);
  return found;
}

function indicator(target: PerformanceTarget, name: string): Omit<Indicator, 'source'> {
  const found = target.indicators.find((item) => item.name === name);
  if (!found) throw new Error(`no indicator ${name} in ${target.name}`);
  const { source: _source, ...rest } = found;
  return rest;
}

function unparsedTargets(disclosure: Disclosure): string[] {
  return disclosure.validation
    .filter((finding) => finding.code === 'UNPARSED_TARGET')
    .map((finding) => {
      const parts = finding.path.split('/');
      const target = parts[2] === 'overall' ? disclosure.performance.overall! : disclosure.performance.projects[Number(parts[3])];
      return target.indicators[Number(parts.at(-2))].target.raw;
    });
}

const quantity = (raw: string, operator: string, value: number, unit: string | null) => ({ raw, operator, value, unit, text: null });
const qualitative = (raw: string) => ({ raw, operator: null, value: null, unit: null, text: raw });
const bare = { description: null, scoringRule: null, basis: null, weight: null };

// pdf.js merges consecutive show-text operators of neighbouring cells into one text item
// (`1517.95 万元`, `成本指标 经济成本`); the part drawn in the next cell is read with that cell's clip.

describe('Beijing 预算12表: one 项目支出绩效目标表 over 51 pages', () => {
  it('holds every project once, with its code, however its cells break over pages', async () => {
    const { performance } = await performanceOf('beijing-fgw-2026-dept-budget-part2-tables.pdf');
    expect(performance.projects).toHaveLength(142);
    const codes = performance.projects.map((target) => target.code);
    expect(new Set(codes).size).toBe(142);
    expect(codes.every((code) => code !== null && /^1100002\d[TY]\d{12}$/u.test(code))).toBe(true);
    expect(performance.projects.every((target) => target.budget !== null && target.indicators.length > 0)).toBe(true);
  }, timeout);

  it('reads the 性质 | 值 | 单位 columns into the target', async () => {
    const car = project(await performanceOf('beijing-fgw-2026-dept-budget-part2-tables.pdf'), '11000021Y000000390848');
    expect([car.name, car.budget, car.goals, car.indicators.length]).toEqual(['公务用车购置项目', 186900, ['圆满完成公车购置工作，车辆验收合格。'], 5]);
    expect(indicator(car, '车辆购置税')).toEqual({ ...bare, level1: '成本指标', level2: '经济成本指标', name: '车辆购置税', target: quantity('≤0.89万元', '<=', 0.89, '万元') });
    expect(indicator(car, '持续保障单位车辆使用')).toEqual({
      ...bare,
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '持续保障单位车辆使用',
      target: qualitative('优，持续保障单位车辆使用'),
    });
  }, timeout);

  it('joins a project split by a page break: code, budget and goal printed partly on each page', async () => {
    const disclosure = await performanceOf('beijing-fgw-2026-dept-budget-part2-tables.pdf');
    const audit = project(disclosure, '11000022T000000456102');
    expect([audit.name, audit.budget, audit.goals]).toEqual(['成本监审工作经费', 1420000, ['做好重要公用事业和公益性服务成本调查监审,为政府制定价格提供支撑。']]);
    // Its name printed over the next page's 项目名称 header (`1100项00目23名T0称0…`).
    const carbon = project(disclosure, '11000023T000002074950');
    // (Its fifth indicator's name loses its wrapped last line in the PDF model: an ingester matter.)
    expect([carbon.name, carbon.budget, carbon.indicators.length, carbon.indicators.slice(0, 4).map((item) => item.name)]).toEqual([
      '碳达峰碳中和工作经费',
      3700000,
      5,
      ['单个委托事项工作成本', '产出绿色经济领域报告数量', '工作报告按时完成率', '受调查评估单位满意度'],
    ]);
  }, timeout);

  it('reads the unit-level table with its funds sub-grid, over three pages', async () => {
    const { performance } = await performanceOf('beijing-fgw-2026-dept-budget-part2-tables.pdf');
    const overall = performance.overall!;
    expect(overall.budget).toBe(969692933.88);
    expect(overall.goals).toHaveLength(1);
    expect(overall.goals[0]).toMatch(/^2026年是“十五五”规划开局之年，.*助力首都高质量发展迈上新台阶。$/u);
    expect(overall.indicators).toHaveLength(35);
    expect(indicator(overall, '价格政策评估报告数量')).toEqual({
      ...bare,
      level1: '产出指标',
      level2: '数量指标',
      name: '价格政策评估报告数量',
      target: quantity('＝5份', '=', 5, '份'),
    });
    expect(indicator(overall, '光伏补贴标准').target).toEqual(quantity('≤0.26元/千瓦时', '<=', 0.26, '元/千瓦时'));
    expect(indicator(overall, '营商环境参与企业满意度').target).toEqual(quantity('≥80%', '>=', 80, '%'));
  }, timeout);
});

describe('Changsha: Hunan layout (指标值 | 指标值内容 | 评（扣）分标准 | 度量单位 | 指标值类型)', () => {
  it('reads each project once although every page repeats its cells', async () => {
    const { performance } = await performanceOf('changsha-xinfang-2026-dept-budget.pdf');
    expect(performance.projects.map((target) => [target.name, target.budget])).toEqual([
      ['基层及其他信访业务工作经费专项', 357800],
      ['人民来访接待中心及特护期运行专项', 102200],
      ['人民来访接待中心业务专项', 1028000],
      ['信访业务工作专项', 1381100],
    ]);
  }, timeout);

  it('reads every part of an indicator', async () => {
    const work = project(await performanceOf('changsha-xinfang-2026-dept-budget.pdf'), '信访业务工作专项');
    expect(indicator(work, '调解化解信访问题数量')).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      name: '调解化解信访问题数量',
      description: '推动全市各级各部门通过调解化解信访问题，达成信访问题调解协议数量。',
      scoringRule: '大于4000件，得满分，每少10件，减0.1分，不计负分。',
      target: quantity('≥4000件次', '>=', 4000, '件次'),
      basis: null,
      weight: null,
    });
  }, timeout);

  it('reads the unit-level table over its three pages, funds and goals from their columns', async () => {
    const { performance } = await performanceOf('changsha-xinfang-2026-dept-budget.pdf');
    const overall = performance.overall!;
    expect(overall.budget).toBe(19353600);
    expect(overall.goals[0]).toBe('落实中央部署，推动信访法治化工作进一步走深走实。');
    expect(overall.indicators).toHaveLength(25);
    expect(indicator(overall, '基本支出不超预算（不含年中调整数）').target).toMatchObject({ operator: '<=', value: 1517.95 });
  }, timeout);

  // p. 30: `≤ | 1517.95 | 万元` — the 计量单位 cell's 万元 shares a pdf.js item with the figure.
  it('reads the unit-level 计量单位 column (万元)', async () => {
    const overall = (await performanceOf('changsha-xinfang-2026-dept-budget.pdf')).performance.overall!;
    expect(indicator(overall, '基本支出不超预算（不含年中调整数）').target).toEqual(quantity('≤1517.95万元', '<=', 1517.95, '万元'));
  }, timeout);
});

describe('Chongqing: whole-department indicators with 指标性质 | 指标权重 | 是否核心', () => {
  it('reads the overall target and its weights', async () => {
    const { performance } = await performanceOf('chongqing-shangwu-2026-dept-budget.pdf');
    const overall = performance.overall!;
    expect(overall.name).toBe('重庆市商务委员会');
    expect(overall.indicators).toHaveLength(10);
    expect(indicator(overall, '建成15分钟商业服务圈')).toEqual({ ...bare, level1: null, level2: null, name: '建成15分钟商业服务圈', target: quantity('≥63个', '>=', 63, '个'), weight: 10 });
    expect(indicator(overall, '应急状态下冻猪肉供应断档脱销次数').target).toEqual(quantity('=0次', '=', 0, '次'));
  }, timeout);

  it('reads the projects, a page continuing one without its form', async () => {
    const { performance } = await performanceOf('chongqing-shangwu-2026-dept-budget.pdf');
    expect(performance.projects.map((target) => [target.name, target.budget, target.indicators.length])).toEqual([
      ['市商务发展专项', 467940000, 12],
      ['市商务发展一般性项目', 80714500, 12],
    ]);
  }, timeout);
});

describe('Fuzhou: one indicator table per project, header wrapped one character per line', () => {
  it('reads the thirteen project tables', async () => {
    const { performance } = await performanceOf('fuzhou-yibao-2026-dept-budget.pdf');
    expect(performance.projects).toHaveLength(13);
    const first = performance.projects[0];
    expect([first.name, first.budget, first.goals]).toEqual(['2026年医疗服务与保障能力提升补助资金', 7450000, ['2026年医疗服务与保障能力提升补助资金']]);
    expect(indicator(first, '开展医保宣传活动次数')).toEqual({ ...bare, level1: '产出指标', level2: '质量指标', name: '开展医保宣传活动次数', target: quantity('≥18次', '>=', 18, '次') });
    expect(indicator(first, '投诉业务部门不作为的投诉件数量').target).toEqual(quantity('≤5件', '<=', 5, '件'));
  }, timeout);
});

describe('Shanghai Putuo: key/value project forms over an indicator grid', () => {
  it('2023: five forms, two of them in one table', async () => {
    const disclosure = await performanceOf('shanghai-putuo-wanli-2023-dept-budget.pdf');
    expect(disclosure.performance.projects.map((target) => [target.name, target.budget])).toEqual([
      ['新建万里街道社区公共服务中心', 4100000],
      ['就业援助基地补贴', 6351000],
      ['社区环境整治和建设经费', 4563800],
      ['各类工作经费', 7595500],
      ['公共服务设施运行经费', 10903043],
    ]);
    const centre = project(disclosure, '新建万里街道社区公共服务中心');
    expect(centre.goals[0]).toMatch(/^建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。/u);
    expect(indicator(centre, '规划建筑面积')).toEqual({ ...bare, level1: '产出指标', level2: '数量指标', name: '规划建筑面积', target: quantity('≥13459.00(平方米)', '>=', 13459, '平方米') });
    // No form row (主管部门, 计划开始日期, 其中：财政资金) is read as an indicator.
    const names = disclosure.performance.projects.flatMap((target) => target.indicators.map((item) => `${item.level1}/${item.name}`));
    expect(names.filter((name) => /主管部门|日期|资金|目标/u.test(name))).toEqual([]);
  }, timeout);

  it('2024: the notice prints no performance table (only the prose 项目经费情况说明)', async () => {
    const { performance } = await performanceOf('shanghai-putuo-wanli-2024-dept-budget.pdf');
    expect(performance).toEqual({ overall: null, projects: [] });
  }, timeout);
});

describe("Xi'an and the central template: indicators with 分值", () => {
  it("Xi'an: nine project forms and the unit-level table, 分值 as weight", async () => {
    const disclosure = await performanceOf('xian-bangongting-2026-dept-budget.pdf');
    const { performance } = disclosure;
    expect(performance.projects.map((target) => target.name)).toEqual([
      '法律顾问服务',
      '档案整理',
      '政务公开及网站监管',
      '政府网站内容',
      '督查、值班、参事培训',
      '职转营商宣传片',
      '文件、刊物、公报印制',
      '离退休干部、参事馆员活动',
      '政府驻外办保障',
    ]);
    const counsel = performance.projects[0];
    expect([counsel.budget, counsel.goals]).toEqual([50000, ['通过聘请法律顾问，有效提升市政府办公厅依法行政、依法办事的能力水平。']]);
    expect(counsel.indicators.map((item) => [item.level1, item.level2, item.name, item.target.raw, item.weight])).toEqual([
      ['成本指标', '经济成本', '法律顾问服务成本（万元）', '≤5', 10],
      ['产出指标', '数量指标', '法律顾问服务人数（人）', '3', 9],
      ['产出指标', '质量指标', '审核修订合同合格率（%）', '100', 20],
      ['产出指标', '时效指标', '合同修订完成时限（工作日）', '≤3', 11],
      ['效益指标', '可持续影响指标', '政府信息公开类行政诉讼胜诉率（%）', '≥93', 30],
      ['满意度指标', '服务对象满意度指标', '机关人员满意度', '≥90', 10],
    ]);
    expect(counsel.indicators[0].target).toEqual(quantity('≤5', '<=', 5, '万元'));
    expect(indicator(project(disclosure, '督查、值班、参事培训'), '值班培训完成时间').target).toEqual(qualitative('2026年10月底前'));
    const overall = performance.overall!;
    expect(overall.goals).toEqual(['抓好各项政务活动', '做好档案整理、文件刊物印制、业务工作培训以及离退休干部、参事、馆员活动保障工作', '保障驻外办工作正常运行', '完成政府网站内容制作、政务公开及网站监管工作。']);
    expect(overall.indicators).toHaveLength(19);
    expect(indicator(overall, '文件、刊物、公报印制成本（万元）')).toMatchObject({ ...bare, level1: '成本指标', name: '文件、刊物、公报印制成本（万元）', target: quantity('≤198', '<=', 198, '万元'), weight: 3 });
    expect(unparsedTargets(disclosure)).toEqual([]);
  }, timeout);

  // p. 43 (表15): the header `一级指标 二级指标` and the row `成本指标 经济成本` are one pdf.js item each,
  // read with the clips of their own cells.
  it("Xi'an: the unit-level table's 二级指标 column", async () => {
    const overall = (await performanceOf('xian-bangongting-2026-dept-budget.pdf')).performance.overall!;
    expect(indicator(overall, '文件、刊物、公报印制成本（万元）').level2).toBe('经济成本');
  }, timeout);

  // 住建局 2022 表15, pp. 67–68: a ruling under 产出指标 opens the 效益指标 cell at p. 67's last row, empty there;
  // p. 68 prints 效益指标 at its head, the cell's top unruled.
  it("Xi'an: an 一级指标 opened at a page's foot names its first indicator", async () => {
    const overall = (await convertSample('wide/w193-xian.pdf')).performance.overall!;
    expect(['指标1：收购配建房的租金收入', '指标1：有效提高人畜分离、卫生厕所等基本卫生条件'].map((name) => [indicator(overall, name).level1, indicator(overall, name).level2])).toEqual([
      ['效益指标', '经济效益指标'],
      ['效益指标', '社会效益指标'],
    ]);
  }, timeout);

  it('central: three projects, the side label 绩效指标 not taken for a column', async () => {
    const disclosure = await performanceOf('central-guojia-xinfangju-2026-dept-budget.pdf');
    expect(disclosure.performance.projects.map((target) => [target.name, target.budget, target.indicators.length])).toEqual([
      ['信息化运行维护', 21348700, 9],
      ['信访综合保障经费', 27067900, 11],
      ['信访业务培训', 1180100, 9],
    ]);
    const it = disclosure.performance.projects[0];
    expect(it.goals).toHaveLength(6);
    expect(indicator(it, '项目总成本')).toEqual({ ...bare, level1: '成本指标', level2: '经济成本指标', name: '项目总成本', target: quantity('≤2134.87万元', '<=', 2134.87, '万元'), weight: 20 });
    expect(indicator(it, '数据中心设备维护量')).toEqual({ ...bare, level1: '产出指标', level2: '数量指标', name: '数据中心设备维护量', target: quantity('≥330台（套）', '>=', 330, '台(套)'), weight: 8 });
    expect(indicator(project(disclosure, '信访综合保障经费'), '接访环境').target).toEqual(qualitative('明显改善'));
    expect(unparsedTargets(disclosure)).toEqual([]);
  }, timeout);
});

describe('Guangzhou: every project\'s indicators serialized in one cell', () => {
  it('parses each item into an indicator, the year target as the target', async () => {
    const disclosure = await performanceOf('guangzhou-sthj-2026-project-perf-targets.pdf');
    const first = disclosure.performance.projects[0];
    expect([first.name, first.budget]).toEqual(['广州市镇（街）园区环保监督检查员经费（越秀区）', 2380000]);
    expect(first.goals).toEqual(['通过开展广州市建立镇（街）园区环境保护监督检查员队伍，有利于强化落实镇（街）环境保护属地责任，健全完善环保监管责任体制，全面提升基层环保工作水平。']);
    expect(first.indicators.map(({ source: _source, ...rest }) => rest)).toEqual([
      { ...bare, level1: '产出指标', level2: '数量指标', name: '项目专职环保员数量', target: qualitative('≦核定人数') },
      { ...bare, level1: '产出指标', level2: '质量指标', name: '环境应急事件响应率', target: quantity('100%', '=', 100, '%') },
      { ...bare, level1: '产出指标', level2: '质量指标', name: '专职环保员队伍管理规范化', target: qualitative('是') },
      { ...bare, level1: '产出指标', level2: '时效指标', name: '项目资金支付及时率', target: quantity('100%', '=', 100, '%') },
      { ...bare, level1: '效益指标', level2: '社会效益', name: '环保信访投诉办结率', target: quantity('≥90%', '>=', 90, '%') },
      { ...bare, level1: '效益指标', level2: '社会效益', name: '辖区内污染源巡查率', target: quantity('≥80%', '>=', 80, '%') },
    ]);
    // Unit rows (广州市生态环境局 | 12,887.86) and the 合计 row are no projects; no page caption is one either.
    expect(disclosure.performance.projects.some((target) => /^(?:合计|广州市生态环境局$|部门名称)/u.test(target.name))).toBe(false);
  }, timeout);

  it('records the unit each project belongs to: the unit line of 项目名称（资金使用单位） above it', async () => {
    const { projects } = (await performanceOf('guangzhou-sthj-2026-project-perf-targets.pdf')).performance;
    expect(projects[0].unit).toBe('广州市生态环境局');
    // Pages 113-114: four 番禺 offices, each heading its own project; three share the name 其他运行经费.
    const offices = projects.filter((target) => /番禺第.环保所$/u.test(target.unit ?? ''));
    expect(offices.map((target) => [target.unit, target.name, target.budget])).toEqual([
      ['广州市生态环境局番禺第一环保所', '其他运行经费', 65000],
      ['广州市生态环境局番禺第二环保所', '办公（业务）用房租赁经费', 205000],
      ['广州市生态环境局番禺第三环保所', '其他运行经费', 66000],
      ['广州市生态环境局番禺第五环保所', '其他运行经费', 46500],
    ]);
    expect(projects.every((target) => target.unit !== null)).toBe(true);
  }, timeout);

  it('reports a comparator before words as unparsed: it is no figure', async () => {
    const disclosure = await performanceOf('guangzhou-sthj-2026-project-perf-targets.pdf');
    expect(unparsedTargets(disclosure)).toContain('≦核定人数');
  }, timeout);
});
