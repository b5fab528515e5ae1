import { describe, expect, it } from 'vitest';
import { isRecognisedQualitative, parseTarget, readSymbolCell, unitInName } from './target.js';

type Row = [raw: string, operator: string | null, value: number | null, unit: string | null];

describe('parseTarget: comparators', () => {
  const rows: Row[] = [
    ['≥90%', '>=', 90, '%'],
    ['>=90%', '>=', 90, '%'],
    ['＞＝95％', '>=', 95, '%'],
    ['大于等于95%', '>=', 95, '%'],
    ['大于或等于95%', '>=', 95, '%'],
    ['不低于90%', '>=', 90, '%'],
    ['不少于4次', '>=', 4, '次'],
    ['≤4月', '<=', 4, '月'],
    ['<=30天', '<=', 30, '天'],
    ['小于等于3次', '<=', 3, '次'],
    ['不超过85.36万元', '<=', 85.36, '万元'],
    ['不高于5%', '<=', 5, '%'],
    ['=2类', '=', 2, '类'],
    ['＝100%', '=', 100, '%'],
    ['等于1次', '=', 1, '次'],
    ['>0', '>', 0, null],
    ['大于10个', '>', 10, '个'],
    ['高于80%', '>', 80, '%'],
    ['超过3项', '>', 3, '项'],
    ['<5%', '<', 5, '%'],
    ['小于2天', '<', 2, '天'],
    ['低于1%', '<', 1, '%'],
    ['≥ 15次', '>=', 15, '次'],
  ];
  it.each(rows)('%s', (raw, operator, value, unit) => {
    expect(parseTarget(raw)).toEqual({ raw, operator, value, unit, text: null });
  });
});

describe('parseTarget: bare numbers are "="', () => {
  const rows: Row[] = [
    ['1次', '=', 1, '次'],
    ['100%', '=', 100, '%'],
    ['1人', '=', 1, '人'],
    ['3.41万元', '=', 3.41, '万元'],
    ['2', '=', 2, null],
    ['0起', '=', 0, '起'],
  ];
  it.each(rows)('%s', (raw, operator, value, unit) => {
    expect(parseTarget(raw)).toEqual({ raw, operator, value, unit, text: null });
  });
});

describe('parseTarget: units', () => {
  const rows: [string, number, string][] = [
    ['≤1000元/人', 1000, '元/人'],
    ['≤2万元/分钟', 2, '万元/分钟'],
    ['≥11000卷', 11000, '卷'],
    ['≥4间', 4, '间'],
    ['≥4000人', 4000, '人'],
    ['≤30天', 30, '天'],
    ['≤4月', 4, '月'],
    ['≥30个', 30, '个'],
    ['≥5部', 5, '部'],
    ['≤5元／人', 5, '元/人'],
    ['≥90百分比', 90, '%'],
    ['≥百分之90', 90, '%'],
    ['≥95‰', 95, '‰'],
    ['≥330 台（套）', 330, '台(套)'],
    ['≥13459.00(平方米)', 13459, '平方米'],
    ['≥8000 亿元', 8000, '亿元'],
  ];
  it.each(rows)('%s', (raw, value, unit) => {
    const target = parseTarget(raw);
    expect([target.value, target.unit]).toEqual([value, unit]);
  });
});

describe('parseTarget: full-width digits and thousands separators', () => {
  it.each([
    ['≥１１０００卷', 11000, '卷'],
    ['≥11,000卷', 11000, '卷'],
    ['≥１，０００元', 1000, '元'],
    ['９０．５％', 90.5, '%'],
  ] as [string, number, string][])('%s', (raw, value, unit) => {
    const target = parseTarget(raw);
    expect([target.value, target.unit]).toEqual([value, unit]);
  });
});

describe('parseTarget: 以上 / 以下 after the figure', () => {
  it.each([
    ['95%以上', '>=', 95],
    ['95%及以上', '>=', 95],
    ['3次以下', '<=', 3],
    ['30天以内', '<=', 30],
    ['达到95%', '>=', 95],
  ] as [string, string, number][])('%s', (raw, operator, value) => {
    const target = parseTarget(raw);
    expect([target.operator, target.value]).toEqual([operator, value]);
  });
});

describe('parseTarget: units and comparators Guangzhou prints', () => {
  it.each([
    ['≥373㎡', '>=', 373, '㎡'],
    ['614㎡', '=', 614, '㎡'],
    ['≤66.72元/㎡/月', '<=', 66.72, '元/㎡/月'],
    ['≤100元/人/半天', '<=', 100, '元/人/半天'],
    ['至少2次', '>=', 2, '次'],
  ] as [string, string, number, string][])('%s', (raw, operator, value, unit) => {
    const target = parseTarget(raw);
    expect([target.operator, target.value, target.unit]).toEqual([operator, value, unit]);
  });
});

describe('parseTarget: ranges', () => {
  it('reads `a%-b%` as >= a up to b', () => {
    expect(parseTarget('90%-100%')).toEqual({ raw: '90%-100%', operator: '>=', value: 90, unit: '%', upTo: 100, text: null });
    expect(parseTarget('90-100%')).toMatchObject({ operator: '>=', value: 90, unit: '%', upTo: 100 });
  });

  it('a growth word before a range: Xi\'an 卫健委 2022 final accounts p.61 (年采供血量增幅; actual 上涨6.23%)', () => {
    expect(parseTarget('上涨5%-10%')).toEqual({ raw: '上涨5%-10%', operator: '>=', value: 5, unit: '%', upTo: 10, text: null });
    expect(parseTarget('上涨6.23%')).toMatchObject({ operator: '=', value: 6.23, unit: '%' });
  });

  // Xi'an 卫健委 2022 final accounts (就餐人数, actual): `300-400人浮动` is prose, 人浮动 no unit.
  it.each(['300-400人浮动', '10%-5%', '5%-10个', '≥5-10%', '1-12月', '2022年1-4月'])('%s is no range', (raw) => {
    expect(parseTarget(raw).value).toBeNull();
  });
});

describe('parseTarget: a subject word before the figure', () => {
  it.each([
    // Xi'an 卫健委 2022 final accounts: p.91 (建设标准符合设计要求), 检测工作准确率, 患者满意度, p.61 (献血者满意率…).
    ['合格率95.4%', '=', 95.4, '%'],
    ['复检准确率100%', '=', 100, '%'],
    ['满意度>95%', '>', 95, '%'],
    ['年离职率低于2%', '<', 2, '%'],
    ['均大于95%', '>', 95, '%'],
    // Xi'an 卫健委 2022 p.98 (预算控制数); Guangzhou 生态环境局 2026 project targets (不超过预算（万元）).
    ['财政资金400万元', '=', 400, '万元'],
    ['不超过预算305万元', '<=', 305, '万元'],
    ['排放监测合格率≥90%', '>=', 90, '%'],
    ['市重点排污单位超标排放预警响应率100%', '=', 100, '%'],
    // Shanghai 普陀 万里街道 2023 budget.
    ['居民参与率不低于100%', '>=', 100, '%'],
    ['党员群众满意度不少于80%', '>=', 80, '%'],
    // Xi'an 国资委 (wide/w197): 完善率95%以上.
    ['完善率95%以上', '>=', 95, '%'],
  ] as [string, string, number, string][])('%s', (raw, operator, value, unit) => {
    expect(parseTarget(raw)).toEqual({ raw, operator, value, unit, text: null });
  });

  it.each([
    // A subject only goes with its units: a rate with a percentage, funds with an amount.
    '合格率95人',
    '财政资金95%',
    // Other words before a figure are prose (Xi'an, Guangzhou, Beijing).
    '可控性100%',
    '初次报告98%以上',
    '聘用不超过30名编外人员',
    '全年4次',
    '1- 12月执行率≥95%',
  ])('%s stays unread', (raw) => {
    expect(parseTarget(raw).value).toBeNull();
  });
});

describe('parseTarget: fractions, bracketed unit alternatives, per-unit segments, IME comparators', () => {
  it.each([
    // Xi'an 卫健委 2022 p.61 (输血安全事件发生率): 1/100000 is 0.001%.
    ['小于十万分之一', '<', 0.001, '%'],
    ['千分之5', '=', 5, '‰'],
    // Beijing (wide/w058, w054): the 计量单位 column prints 个（台、套、件、辆）.
    ['＝14个（台、套、件、辆）', '=', 14, '个(台、套、件、辆)'],
    ['≥11个（台、套、件、辆）', '>=', 11, '个(台、套、件、辆)'],
    // Beijing (wide/w058) and Fuzhou (wide/w180): a per-unit of two things.
    ['≤50元/人·次', '<=', 50, '元/人·次'],
    ['=570元/人.月', '=', 570, '元/人.月'],
    // Xi'an (wide/w191): `》` typed for `>` by a Chinese input method.
    ['》95%', '>', 95, '%'],
  ] as [string, string, number, string][])('%s', (raw, operator, value, unit) => {
    expect(parseTarget(raw)).toEqual({ raw, operator, value, unit, text: null });
  });
});

describe('parseTarget: frequencies and counts in a Chinese digit', () => {
  it.each([
    // Xi'an 卫健委 2022 final accounts (全市65周岁以上老人免费体检, 报销时效); Guangzhou 生态环境局 2026 (巡查次数, 应急处置次数);
    // Changsha (wide/w173, 系统平台功能巡检).
    ['每年1次', '=', 1, '次/年'],
    ['每月1次', '=', 1, '次/月'],
    ['每季度不少于1次', '>=', 1, '次/季度'],
    ['每月一次', '=', 1, '次/月'],
    ['至少一次', '>=', 1, '次'],
  ] as [string, string, number, string][])('%s', (raw, operator, value, unit) => {
    expect(parseTarget(raw)).toEqual({ raw, operator, value, unit, text: null });
  });

  it.each(['一个月内', '一级', '一次性', '每生每年4000元', '每季度结算一次', '每年至少开展一次面向公众的宣传活动', '每个园区各一份'])(
    '%s stays unread',
    (raw) => {
      expect(parseTarget(raw).value).toBeNull();
    },
  );
});

describe('parseTarget: a 定性 marker beside a whole figure', () => {
  it('Beijing 发改委 2026 tables (出版合格率: 定性 | 100 | %) reads the figure', () => {
    expect(parseTarget('100%', readSymbolCell('定性'))).toEqual({ raw: '100%', operator: '=', value: 100, unit: '%', text: null });
  });
});

describe('parseTarget: qualitative targets', () => {
  it.each(['合格', '提升', '及时', '符合', '不超标', '未超标', '达到', '是', '验收达标', '充分发挥', '准确', '促进'])('%s', (raw) => {
    expect(parseTarget(raw)).toEqual({ raw, operator: null, value: null, unit: null, text: raw });
    expect(isRecognisedQualitative(raw)).toBe(true);
  });

  it('a text the parser cannot structure keeps it as text', () => {
    // Xi'an 卫健委 2022 final accounts p.85: an approximate figure (no comparator says 约/左右).
    expect(parseTarget('日均300人左右')).toEqual({ raw: '日均300人左右', operator: null, value: null, unit: null, text: '日均300人左右' });
  });

  it('an empty cell has no text', () => {
    expect(parseTarget('  ')).toEqual({ raw: '', operator: null, value: null, unit: null, text: null });
  });
});

describe('readSymbolCell and a symbol column', () => {
  it('reads comparators and markers', () => {
    expect(readSymbolCell('≥')).toEqual({ operator: '>=' });
    expect(readSymbolCell('=')).toEqual({ operator: '=' });
    expect(readSymbolCell('＜')).toEqual({ operator: '<' });
    expect(readSymbolCell('文字描述')).toEqual({ operator: null });
    expect(readSymbolCell('定性')).toEqual({ operator: null });
    expect(readSymbolCell('定量')).toEqual({ operator: null });
  });

  it('a 文字描述 symbol beside words keeps the target qualitative', () => {
    expect(parseTarget('符合', readSymbolCell('文字描述'))).toEqual({
      raw: '符合',
      operator: null,
      value: null,
      unit: null,
      text: '符合',
    });
  });
});

describe('isRecognisedQualitative', () => {
  it.each([
    ['相关文件要求', false],
    ['90%-100%', false],
    ['全年4次', false],
    ['', false],
    ['有所提高', true],
    ['无安全事故', true],
    // Real targets: Hunan's not-applicable rows, Beijing's graded 定性 targets, Xi'an's deadlines.
    ['不适用', true],
    ['优，获得补贴的分布式光伏项目发电量约5.88亿千瓦时', true],
    ['2026年10月底前', true],
    ['2026年9至10月', true],
    ['2026年6月', true],
    ['≦核定人数', false],
    ['可控性100%', false],
    // Real targets: a lone grade (Beijing), budget ceilings and acceptance in words (Guangzhou, Shanghai).
    ['优', true],
    ['高', true],
    ['优（条目数量不低于1000条）', true],
    ['优年', false],
    // Beijing's 社会效益 grades, Xi'an's 时效 targets (决算 2022).
    ['好', true],
    ['全年', true],
    ['实时', true],
    ['全年信息系统出现重大故障次数', false],
    ['不超预算', true],
    ['不超出预算数', true],
    ['通过专家验收', true],
    ['未检出过期器材', true],
    ['2026/6/1', true],
    ['约40平方米', false],
    // Real periods and deadlines (时效指标): Xi'an 卫健委 2022 final accounts pp.85, 105; Xi'an (wide/w187, w189);
    // Beijing 发改委 2026 tables (工程完成时限, 按时交付定稿); Beijing (wide/w058); Guangzhou 生态环境局 2026.
    ['1-12月', true],
    ['3-10月', true],
    ['2022年10—12月', true],
    ['1月1日-12月31日', true],
    ['2022.1.1-2023.12.30', true],
    ['2022年1月至2022年12月', true],
    ['2026年10月至11月', true],
    ['6月30日前完工', true],
    ['4月30日前', true],
    ['2027年12月31日前完成', true],
    ['2026年4月底前完成', true],
    ['完成时限（9月15日）', true],
    ['2022年5月1日-2022', false],
    ['网站1月-12月', false],
  ] as [string, boolean][])('%s → %s', (text, recognised) => {
    expect(isRecognisedQualitative(text)).toBe(recognised);
  });
});

describe('unitInName', () => {
  it.each([
    ['法律顾问服务成本（万元）', '万元'],
    ['审核修订合同合格率（%）', '%'],
    ['合同修订完成时限（工作日）', '工作日'],
    ['法律顾问服务人数（人）', '人'],
    ['文书档案整理数量（箱）', '箱'],
    ['政府公报印制频次（次/月）', '次/月'],
    ['培训覆盖率（含线上）', null],
    ['培训覆盖率', null],
  ] as [string, string | null][])('%s → %s', (name, unit) => {
    expect(unitInName(name)).toBe(unit);
  });
});
