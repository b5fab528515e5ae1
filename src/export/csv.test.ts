import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, formatNumber } from './csv.js';
import { text, yuan } from './fields.js';

describe('CSV cells', () => {
  it('writes numbers in plain notation, never with an exponent or float noise', () => {
    expect(formatNumber(41966300)).toBe('41966300');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(367.8)).toBe('367.8');
    expect(formatNumber(-14235000)).toBe('-14235000');
  });

  it('quotes only text that needs it; numbers and booleans bare, null empty', () => {
    expect(csvRows([['合计', 3678000.5, null, true, 'a,"b"', '第一行\n第二行']])).toBe('合计,3678000.5,,true,"a,""b""","第一行\n第二行"\r\n');
  });

  it('starts the file with a BOM and the field names', () => {
    expect(csvHeader([text('unit', '单位', 'body'), yuan('amount', '金额', 'amount')])).toBe('\uFEFFunit,amount\r\n');
  });
});
