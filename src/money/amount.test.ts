import { describe, expect, it } from 'vitest';
import { parseAmount, sumYuan, toYuan, unitFromCaption, yuanFromText } from './amount.js';

describe('yuanFromText', () => {
  it('converts 万元 exactly', () => {
    expect(yuanFromText('4196.63', '万元')).toBe(41966300);
    expect(yuanFromText('0.1', '万元')).toBe(1000);
    expect(yuanFromText('367.80', '万元')).toBe(3678000);
  });
  it('keeps 6-decimal 万元 exact to the fen', () => {
    expect(yuanFromText('1234.567891', '万元')).toBe(12345678.91);
    expect(yuanFromText('0.000001', '万元')).toBe(0.01);
  });
  it('reads thousands separators and full-width digits', () => {
    expect(yuanFromText('189,767,551', '元')).toBe(189767551);
    expect(yuanFromText('１，２３４', '元')).toBe(1234);
    expect(yuanFromText('４１９６．６３', '万元')).toBe(41966300);
    expect(yuanFromText('18,976.76', '万元')).toBe(189767600);
  });
  it('converts 亿元 and 元', () => {
    expect(yuanFromText('1.5', '亿元')).toBe(150000000);
    expect(yuanFromText('12.34', '元')).toBe(12.34);
  });
  it('reads signs', () => {
    expect(yuanFromText('-1423.5', '万元')).toBe(-14235000);
  });
  it('gives null for what is not an amount', () => {
    for (const text of ['', '——', '-', '合计', '1.2.3', '12万元']) expect(yuanFromText(text, '元')).toBeNull();
  });
  it('does not suffer binary float artefacts', () => {
    expect(toYuan(parseAmount('0.07')!, '万元')).toBe(700);
    expect(sumYuan([0.1, 0.2])).toBe(0.3);
    expect(sumYuan([2600000, 528000])).toBe(3128000);
  });
});

describe('unitFromCaption', () => {
  it('reads the unit a caption states', () => {
    expect(unitFromCaption('中共廊坊市委组织部          单位：万元')).toBe('万元');
    expect(unitFromCaption('金额单位：元')).toBe('元');
    expect(unitFromCaption('单位: 亿元')).toBe('亿元');
    expect(unitFromCaption('价值（金额单位：万元）')).toBe('万元');
    expect(unitFromCaption('单位名称')).toBeNull();
  });
});
