import { describe, expect, it } from 'vitest';
import { labelFrom, titleWithoutLabel } from './table-label.js';

// Titles and labels copied from the real notices in samples/real/.
describe('labelFrom', () => {
  it('finds the number labels of the genre', () => {
    expect(labelFrom(['部门公开表 1'])).toBe('部门公开表1');
    expect(labelFrom(['预算05表 一般公共预算支出表'])).toBe('预算05表');
    expect(labelFrom(['预算表12 项目支出绩效目标表'])).toBe('预算表12');
    expect(labelFrom(['表1'])).toBe('表1');
    expect(labelFrom(['表14-1'])).toBe('表14-1');
    expect(labelFrom(['表二'])).toBe('表二');
    expect(labelFrom(['公开01表'])).toBe('公开01表');
  });
  it('does not take a title ending in 表 for a label', () => {
    expect(labelFrom(['部门收支总表', '单位：万元'])).toBeNull();
  });
});

describe('titleWithoutLabel', () => {
  it('strips a leading label from the title', () => {
    expect(titleWithoutLabel('预算01表 收支总表', '预算01表')).toBe('收支总表');
    expect(titleWithoutLabel('部门收支总表', null)).toBe('部门收支总表');
  });
});

describe('titleWithoutLabel and list numbers', () => {
  it('drops a list number and a part heading run into the title (Jiangsu 2017)', () => {
    expect(titleWithoutLabel('第二部分省检察院2017年度部门预算表一、收支预算总表', null)).toBe('收支预算总表');
    expect(titleWithoutLabel('十一、一般公共预算“三公”经费、会议费、培训费支出预算表', null)).toBe('一般公共预算“三公”经费、会议费、培训费支出预算表');
    expect(titleWithoutLabel('2026年部门收支总表', null)).toBe('2026年部门收支总表');
  });
});
