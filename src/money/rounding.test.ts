import { describe, expect, it } from 'vitest';
import { agreesWithinRounding, halfLastDigit, sumTolerance, withinTolerance } from './rounding.js';

describe('halfLastDigit', () => {
  it('is half of 0.01 of the unit, in yuan; 元 figures and an unknown unit are exact', () => {
    expect([halfLastDigit('千元'), halfLastDigit('万元'), halfLastDigit('亿元')]).toEqual([5, 50, 500000]);
    expect([halfLastDigit('元'), halfLastDigit(null)]).toEqual([0, 0]);
  });
});

describe('sumTolerance', () => {
  it('allows half a digit for each printed figure (chongqing-shangwu-2026: 5 items of 23,103.76万元 add to 23,103.77)', () => {
    const tolerance = sumTolerance('万元', 6);
    expect(tolerance).toBe(300);
    expect(withinTolerance(231037700, 231037600, tolerance)).toBe(true);
    expect(withinTolerance(231037700, 231037000, tolerance)).toBe(false);
    expect(sumTolerance('元', 6)).toBe(0);
  });
});

describe('withinTolerance', () => {
  it('includes the bound and compares exact decimals', () => {
    expect(withinTolerance(100, 150, 50)).toBe(true);
    expect(withinTolerance(100, 150.01, 50)).toBe(false);
    expect(withinTolerance(0.3, 0.1 + 0.2, 0)).toBe(false);
    expect(withinTolerance('0.3', '0.1', '0.2')).toBe(true);
  });
});

describe('agreesWithinRounding', () => {
  it('reads the narrative at its printed precision: 367.8万元 to 0.1万元, 18,976.76万元 to 0.01万元', () => {
    expect(agreesWithinRounding(3678000, 3677500)).toBe(true);
    expect(agreesWithinRounding(3678000, 3677499)).toBe(false);
    expect(agreesWithinRounding(189767600, 189767650)).toBe(true);
    expect(agreesWithinRounding(189767600, 189767651)).toBe(false);
  });

  it('never allows more than half a 万元, and a figure in fen must match exactly', () => {
    expect(agreesWithinRounding(10000000, 10005000)).toBe(true);
    expect(agreesWithinRounding(10000000, 10005001)).toBe(false);
    expect(agreesWithinRounding(1234.56, 1234.57)).toBe(false);
  });
});
