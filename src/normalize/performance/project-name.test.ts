import { describe, expect, it } from 'vitest';
import { projectNameFromTitle, splitProjectCode } from './project-name.js';

describe('projectNameFromTitle', () => {
  it.each([
    ['1.机关工作经费绩效目标表', '机关工作经费'],
    ['10.智慧城市党建板块显示设备购置经费绩效目标表', '智慧城市党建板块显示设备购置经费'],
    ['（三）党建培训经费项目绩效目标表', '党建培训经费'],
    ['人才管理经费项目支出绩效目标申报表', '人才管理经费'],
    ['项目支出绩效目标表', null],
    ['2026年项目支出绩效目标表', null],
    [null, null],
  ] as [string | null, string | null][])('%s → %s', (title, name) => {
    expect(projectNameFromTitle(title)).toBe(name);
  });
});

describe('splitProjectCode', () => {
  it.each([
    ['11000022T000000455794-评审工作经费', '11000022T000000455794', '评审工作经费'],
    ['301007_信息化运维', '301007', '信息化运维'],
    ['机关工作经费', null, '机关工作经费'],
    ['2023年度培训经费', null, '2023年度培训经费'],
    ['1.机关工作经费', null, '机关工作经费'],
  ] as [string, string | null, string][])('%s', (text, code, name) => {
    expect(splitProjectCode(text)).toEqual({ code, name });
  });
});
