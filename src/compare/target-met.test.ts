import { describe, expect, it } from 'vitest';
import { parseTarget } from '../text/target.js';
import { meetsTarget } from './target-met.js';

const met = (target: string, actual: string) => meetsTarget(parseTarget(target), parseTarget(actual));

describe('meetsTarget', () => {
  // Figures of 西安市卫生健康委员会 2022 部门决算's 部门整体 self-evaluation (p. 30).
  it('follows the comparator of the target', () => {
    expect(met('≥800人', '744人')).toBe(false);
    expect(met('≥20%', '35%')).toBe(true);
    expect(met('≤5万元', '4.8万元')).toBe(true);
    expect(met('<1%', '1%')).toBe(false);
  });

  it('decides an = target only when it is hit exactly', () => {
    expect(met('28个', '28个')).toBe(true);
    expect(met('23万人次', '23.66万人次')).toBeNull();
  });

  // p. 61 (年采供血量增幅): the target is a range, the actual inside it.
  it('decides a range target inside its ends', () => {
    expect(met('上涨5%-10%', '上涨6.23%')).toBe(true);
    expect(met('上涨5%-10%', '上涨10%')).toBe(true);
    expect(met('上涨5%-10%', '上涨12%')).toBe(false);
    expect(met('上涨5%-10%', '上涨4%')).toBe(false);
  });

  it('does not compare figures in different measures or qualitative targets', () => {
    expect(met('≥800人', '0.08万人')).toBeNull();
    expect(met('达到国家标准', '达到')).toBeNull();
  });
});
