// Cells a page break cuts, as 北京市发展和改革委员会 2026 预算12表 prints them (pp. 31–32):
// 11000022T000000456102 成本监审工作经费, its code, name and goal split over the two pages; and
// 长沙市信访局 2026's 项目绩效目标表, which prints a project's name whole again on the next page.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/document.js';
import { joinPrintings, onLaterPage } from './page-break.js';

const on = (text: string, page?: number): Cell => ({ text, rowSpan: 1, colSpan: 1, ...(page === undefined ? {} : { page }) });

describe('onLaterPage', () => {
  it('compares the pages the cells are printed on, and knows nothing without pages', () => {
    expect(onLaterPage(on('11000022T000000', 31), on('456102-成本监审工作经费', 32))).toBe(true);
    expect(onLaterPage(on('11000022T000000456100-成本调查工作经费', 31), on('11000022T000000', 31))).toBe(false);
    expect(onLaterPage(on('11000022T000000'), on('456102-成本监审工作经费'))).toBeNull();
  });
});

describe('joinPrintings', () => {
  it('joins the two parts as printed, without removing an overlap', () => {
    expect(joinPrintings('11000022T000000', '456102-成本监审工作经费')).toBe('11000022T000000456102-成本监审工作经费');
    expect(joinPrintings('做好重要公用事业和公益性服务成本调查监审,为政府制', '定价格提供支撑。')).toBe('做好重要公用事业和公益性服务成本调查监审,为政府制定价格提供支撑。');
  });

  it('keeps a text printed whole on both pages once', () => {
    expect(joinPrintings('基层及其他信访业务工作经费专项', '基层及其他信访业务工作经费专项')).toBe('基层及其他信访业务工作经费专项');
  });
});
