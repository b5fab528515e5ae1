import { describe, expect, it } from 'vitest';
import { splitGoals, stripEnumerator } from './goals.js';

describe('splitGoals', () => {
  it('one string per numbered item, enumerators stripped', () => {
    expect(splitGoals('1.全力做好机关运行保障工作，保障基本业务开展。2.加强机关工作人员培训，提高工作人员服务群众能力。')).toEqual([
      '全力做好机关运行保障工作，保障基本业务开展。',
      '加强机关工作人员培训，提高工作人员服务群众能力。',
    ]);
  });

  it('accepts 1、 and （1） enumerators and drops the separator between items', () => {
    expect(splitGoals('1、完成培训；2、提升能力；')).toEqual(['完成培训', '提升能力']);
    expect(splitGoals('（1）完成培训。（2）提升能力。')).toEqual(['完成培训。', '提升能力。']);
  });

  it('a figure is not an item', () => {
    expect(splitGoals('1.完成库房存档容量≥11000卷，不超过3.41万元。2.提升水平。')).toEqual([
      '完成库房存档容量≥11000卷，不超过3.41万元。',
      '提升水平。',
    ]);
  });

  it('an unnumbered text is one goal', () => {
    expect(splitGoals('坚持全面从严治党；加强基层党组织建设。')).toEqual(['坚持全面从严治党；加强基层党组织建设。']);
  });

  it('numbers that do not run from 1 are not items', () => {
    expect(splitGoals('完成2、3季度工作。')).toEqual(['完成2、3季度工作。']);
  });

  it('an empty or 无 cell has no goals', () => {
    expect(splitGoals('')).toEqual([]);
    expect(splitGoals('无')).toEqual([]);
  });
});

describe('stripEnumerator', () => {
  it.each([
    ['1.机关工作经费绩效目标表', '机关工作经费绩效目标表'],
    ['10.智慧城市党建板块', '智慧城市党建板块'],
    ['1、机关工作经费', '机关工作经费'],
    ['（一）总体绩效目标', '总体绩效目标'],
    ['(3)人才管理', '人才管理'],
    ['二、项目支出', '项目支出'],
    ['3.41万元', '3.41万元'],
    ['机关工作经费', '机关工作经费'],
  ])('%s → %s', (text, stripped) => {
    expect(stripEnumerator(text)).toBe(stripped);
  });
});
