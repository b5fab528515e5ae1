import { describe, expect, it } from 'vitest';
import { numberingStyle, uncodedLevels } from './line-level.js';

describe('levels of code-less lines', () => {
  it('ranks numbering styles in the order a panel first uses them (Xi\'an 一、 / 1、 / (1))', () => {
    const styles = ['一、部门预算', '1、财政拨款', '(1)一般公共预算拨款', '其中：专项资金', '2、上级补助收入', '二、上年结转'].map(numberingStyle);
    expect(styles).toEqual(['一、', '1、', '(1)', null, '1、', '一、']);
    expect(uncodedLevels(styles.map((style) => ({ panel: 0, style, indent: null })))).toEqual([1, 2, 3, null, 2, 1]);
  });

  it('reads `其中：（1）` like the `（2）` after it (Fuzhou)', () => {
    expect(numberingStyle('其中：（1）公务用车购置费')).toBe('(1)');
  });

  it('takes levels from indentation when names carry no numbering, per panel', () => {
    const lines = [
      { panel: 0, style: null, indent: 0 },
      { panel: 0, style: null, indent: 2 },
      { panel: 0, style: null, indent: 4 },
      { panel: 1, style: null, indent: 2 },
    ];
    expect(uncodedLevels(lines)).toEqual([1, 2, 3, null]);
  });
});
