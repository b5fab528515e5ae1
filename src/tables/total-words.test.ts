import { describe, expect, it } from 'vitest';
import { closesWithTotalWord, totalRole, wholeLabel } from './total-words.js';

// Row labels copied from real notices.
describe('totalRole', () => {
  it.each([
    ['合计', 'total'], // every 政府采购预算表
    ['总计', 'total'], // Jiangsu 2017 收支预算总表
    ['小计', 'subtotal'],
    ['一般公共预算资金小计', 'subtotal'], // Jiangsu 2017 group subtotal
    ['收入合计', null], // one side's total is a named line of a 收支总表, not the table's whole
    ['资产总额', null],
    ['办公设备', null],
  ])('%s → %s', (label, role) => {
    expect(totalRole(label)).toBe(role);
    expect(wholeLabel.test(label)).toBe(role === 'total');
  });
});

describe('closesWithTotalWord', () => {
  it('takes the side totals of a 收支总表 for sums, and a line for none', () => {
    expect(closesWithTotalWord('本年支出合计')).toBe(true);
    expect(closesWithTotalWord('支出总计')).toBe(true);
    expect(closesWithTotalWord('一般公共服务支出')).toBe(false);
  });
});
