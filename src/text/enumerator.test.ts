import { describe, expect, it } from 'vitest';
import { stripEnumerator } from './enumerator.js';

describe('stripEnumerator', () => {
  it('drops the numbering forms the genre prints', () => {
    expect(stripEnumerator('1、房屋（平方米）')).toBe('房屋（平方米）');
    expect(stripEnumerator('（一）货物')).toBe('货物');
    expect(stripEnumerator('一、货物 A')).toBe('货物 A');
    expect(stripEnumerator('(1)机关工作经费')).toBe('机关工作经费');
    expect(stripEnumerator('1.机关工作经费绩效目标表')).toBe('机关工作经费绩效目标表');
  });
  it('keeps content that merely starts with a number or 其中', () => {
    expect(stripEnumerator('其中：办公用房（平方米）')).toBe('其中：办公用房（平方米）');
    expect(stripEnumerator('1.5米以上设备')).toBe('1.5米以上设备');
    expect(stripEnumerator('20万元以上的设备')).toBe('20万元以上的设备');
  });
});
