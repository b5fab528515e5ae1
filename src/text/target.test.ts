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

describe('parseTarget: qualitative targets', () => {
  it.each(['合格', '提升', '及时', '符合', '不超标', '未超标', '达到', '是', '验收达标', '充分发挥', '准确', '促进'])('%s', (raw) => {
    expect(parseTarget(raw)).toEqual({ raw, operator: null, value: null, unit: null, text: raw });
    expect(isRecognisedQualitative(raw)).toBe(true);
  });

  it('a text the parser cannot structure keeps it as text', () => {
    expect(parseTarget('90%-100%')).toEqual({ raw: '90%-100%', operator: null, value: null, unit: null, text: '90%-100%' });
  });

  it('an empty cell has no text', () => {
    expect(parseTarget('  ')).toEqual({ raw: '', operator: null, value: null, unit: null, text: null });
  });
});

describe('readSymbolCell and a symbol column', () => {
  it('reads comparators and markers', () => {
    expect(readSymbolCell('≥')).toEqual({ operator: '>=', qualitative: false });
    expect(readSymbolCell('=')).toEqual({ operator: '=', qualitative: false });
    expect(readSymbolCell('＜')).toEqual({ operator: '<', qualitative: false });
    expect(readSymbolCell('文字描述')).toEqual({ operator: null, qualitative: true });
    expect(readSymbolCell('定性')).toEqual({ operator: null, qualitative: true });
    expect(readSymbolCell('定量')).toEqual({ operator: null, qualitative: false });
  });

  it('a 文字描述 symbol makes the target qualitative whatever the value reads', () => {
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
    ['至少一次', false],
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
