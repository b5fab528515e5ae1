import { describe, expect, it } from 'vitest';
import { SplitCodeReader, codeFromCell, levelOf, schemeFromHeader, schemeOf, splitCodedName } from './classification.js';

// Cell texts copied from the real notices in samples/real/.
describe('splitCodedName', () => {
  it('reads codes printed inside the name', () => {
    expect(splitCodedName('2010401-行政运行')).toEqual({ code: '2010401', name: '行政运行' });
    expect(splitCodedName('50101-工资奖金津补贴')).toEqual({ code: '50101', name: '工资奖金津补贴' });
    expect(splitCodedName('3021101-差旅费')).toEqual({ code: '3021101', name: '差旅费' });
    expect(splitCodedName('[2014001]行政运行')).toEqual({ code: '2014001', name: '行政运行' });
    expect(splitCodedName('2010101 行政运行')).toEqual({ code: '2010101', name: '行政运行' });
  });
  it('leaves ordinals, years and plain names alone', () => {
    expect(splitCodedName('1、一般公共服务支出')).toBeNull();
    expect(splitCodedName('2026年预算数')).toBeNull();
    expect(splitCodedName('行政运行')).toBeNull();
  });
});

describe('SplitCodeReader (类/款/项 columns)', () => {
  it('joins the parts and continues a blank higher level from the row above', () => {
    const reader = new SplitCodeReader();
    expect(reader.read(['201', '', ''])).toBe('201');
    expect(reader.read(['', '40', ''])).toBe('20140'); // Changsha prints 款 rows without their 类
    expect(reader.read(['201', '40', '01'])).toBe('2014001');
    expect(reader.read(['221', '03', '99'])).toBe('2210399');
    expect(reader.read(['', '', ''])).toBeNull();
  });
  it('takes a full code repeated in a lower column as it stands', () => {
    expect(new SplitCodeReader().read(['201', '20105', ''])).toBe('20105');
  });
});

describe('codes', () => {
  it('reads a code cell', () => {
    expect(codeFromCell('2014001')).toBe('2014001');
    expect(codeFromCell(' 30101')).toBe('30101');
    expect(codeFromCell('合计')).toBeNull();
  });
  it('gives levels by length', () => {
    expect(levelOf('214')).toBe(1);
    expect(levelOf('21401')).toBe(2);
    expect(levelOf('2140101')).toBe(3);
    expect(levelOf('114001')).toBeNull();
  });
  it('takes the scheme from the header, else from the first digit', () => {
    expect(schemeFromHeader('部门预算支出经济分类科目')).toBe('economic_department');
    expect(schemeFromHeader('政府预算支出经济分类科目')).toBe('economic_government');
    expect(schemeFromHeader('功能分类科目')).toBe('functional');
    expect(schemeOf('30101', 'economic_government')).toBe('economic_government');
    expect(schemeOf('2010301', null)).toBe('functional');
    expect(schemeOf('50101', null)).toBe('economic_government');
    expect(schemeOf('301', null)).toBe('economic_department');
  });
});

describe('SplitCodeReader with a one-digit 款', () => {
  it('reads `301 | 2` as 30102 (Shanghai 2024 lost the leading zero)', () => {
    const reader = new SplitCodeReader();
    expect(reader.read(['301', ''])).toBe('301');
    expect(reader.read(['301', '2'])).toBe('30102');
    expect(reader.read(['301', '08'])).toBe('30108');
  });
});
