// Guangzhou's one-cell indicator lists, as printed (项目支出绩效目标表, 2026).
import { describe, expect, it } from 'vitest';
import { parseSerializedIndicators } from './serialized.js';

describe('parseSerializedIndicators', () => {
  it('reads each item: coded levels, the name, and the year target (not the whole term one)', () => {
    const cell =
      '1.1－产出指标，11－数量指标，项目专职环保员数量；实施周期指标值：≦核定人数，年度指标值：≦核定人数；' +
      '2、1－产出指标，12－质量指标，专职环保员队伍管理规范化；实施周期指标值：考察是否符合规范，合规得满分，不合规不得分。年度指标值：是；' +
      '2、2－效益指标，22－社会效益，环保信访投诉办结率；实施周期指标值：≥90%，年度指标值：≥90%;';
    expect(parseSerializedIndicators(cell)).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '项目专职环保员数量', annualTarget: '≦核定人数' },
      { level1: '产出指标', level2: '质量指标', name: '专职环保员队伍管理规范化', annualTarget: '是' },
      { level1: '效益指标', level2: '社会效益', name: '环保信访投诉办结率', annualTarget: '≥90%' },
    ]);
  });

  it('takes an item ended by a full stop instead of a semicolon', () => {
    const cell = '1.1－产出指标，11－数量指标，完成数据库整合；实施周期指标值：完成，年度指标值：完成。4、1－产出指标，13－时效指标，数据更新时效率；实施周期指标值：更新率＞95％，年度指标值：更新率＞95％';
    expect(parseSerializedIndicators(cell)?.map((item) => [item.name, item.annualTarget])).toEqual([
      ['完成数据库整合', '完成'],
      ['数据更新时效率', '更新率＞95％'],
    ]);
  });

  it('is null for an ordinary indicator name', () => {
    expect(parseSerializedIndicators('培训覆盖率')).toBeNull();
    expect(parseSerializedIndicators('')).toBeNull();
  });
});
