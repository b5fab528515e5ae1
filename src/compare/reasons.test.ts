// Reasons as the Wanli notices state them (samples/real/shanghai-putuo-wanli-2023-dept-budget.pdf,
// 其他相关情况说明 and 部门预算编制说明), read from inline section text.
import { describe, expect, it } from 'vitest';
import { reasonIndex, statedReasons } from './reasons.js';

const section = (text: string) => ({ number: '六', title: '其他相关情况说明', part: null, text });

describe('reasons the notice states', () => {
  it('ties a reason to the part after 其中 that it explains, and a reason standing alone to the sentence before', () => {
    const index = reasonIndex({
      sections: [
        section(
          '（一）、因公出国（境）费0万元，比2022年预算持平。主要原因是因公出国（境）费保持不变。\n（二）、公务车购置及运行费21.56万元，其中：公务用车购置费0万元，比2022年预算持平，主要原因是公务用车购置费保持不变；公务车用车运行费21.56万元，比2022年预算持平，主要原因是公务车用车运行费保持不变。',
        ),
      ],
    });
    expect(index.figure('threePublic.overseasTravel')).toBe('因公出国（境）费保持不变');
    expect(index.figure('threePublic.vehiclePurchase')).toBe('公务用车购置费保持不变');
    expect(index.figure('threePublic.vehicleOperation')).toBe('公务车用车运行费保持不变');
    expect(index.figure('threePublic.vehicles')).toBeNull();
  });

  it('gives a functional line its reason by the 款 and 项 the sentence names, and no summary figure', () => {
    const sections = [
      section(
        '13.“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”17.72万元，主要用于行政单位离退休。2022年当年预算执行数为8.61万元，2023年预算安排17.72万元，比2022年预算执行数增加105.81%。主要原因是：行政单位离退休经费增加。',
      ),
    ];
    expect(statedReasons(sections)).toHaveLength(1);
    const index = reasonIndex({ sections });
    expect(index.line('行政单位离退休', '行政事业单位养老支出')).toBe('行政单位离退休经费增加');
    expect(index.line('行政单位离退休', '其他支出')).toBeNull();
    expect(index.figure('expenditure.total')).toBeNull();
  });
});
