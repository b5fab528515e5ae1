import { describe, expect, it } from 'vitest';
import { marksLevels, ordinalStyle } from './row-number.js';

describe('row-number column levels', () => {
  it('reads levels from a 序号 column printing 一 over 1 (Changsha 2020 项目支出情况表)', () => {
    const cells = ['', '一', '1', '2', '二', '1', '2', '3'];
    expect(marksLevels(cells)).toBe(true);
    expect(cells.map(ordinalStyle)).toEqual([null, '一、', '1、', '1、', '一、', '1、', '1、', '1、']);
  });

  it('takes a running count (1, 2, 3 …) for no hierarchy at all', () => {
    expect(marksLevels(['1', '2', '3', '4', '5'])).toBe(false);
  });
});
