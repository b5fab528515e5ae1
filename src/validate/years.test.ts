import { describe, expect, it } from 'vitest';
import type { Disclosure, RawTable } from '../schema/canonical.js';
import { validateYears } from './years.js';

const cell = (text: string) => ({ text, rowSpan: 1, colSpan: 1 });

/** A disclosure for `fiscalYear` holding only `tables` (rows of texts) and summary `sentences` read from its narrative. */
function notice(fiscalYear: number, tables: { title: string | null; rows: string[][] }[], sentences: Record<string, string> = {}): Disclosure {
  return {
    document: { fiscalYear },
    tables: tables.map(({ title, rows }, index): RawTable => ({ index, title, pages: null, kind: 'other', unitOfMeasure: null, rows: rows.map((row) => row.map(cell)) })),
    budgetSummary: {
      evidence: sentences,
      provenance: Object.fromEntries(Object.keys(sentences).map((path) => [path, { from: 'narrative', sentence: sentences[path], tolerance: 50 }])),
    },
    sections: [],
  } as unknown as Disclosure;
}

const years = (disclosure: Disclosure) => validateYears(disclosure).filter((finding) => finding.code === 'YEAR_MISMATCH').map((finding) => [finding.path, finding.actual]);

describe('validateYears', () => {
  it("reports a header naming another year with no twin under the notice's year (Langfang 2023's 2022年预留中小微企业份额)", () => {
    const found = years(notice(2023, [{ title: '单位政府采购预算', rows: [['政府采购项目来源', '采购物品名称', '2022年预留中小微企业份额'], ['合计', '', '367.80']] }]));
    expect(found).toEqual([['/tables/0/rows/0/2', 2022]]);
  });

  it('takes a column under an earlier year beside the same words under the fiscal year for a comparison (Chongqing 2026 表4, Xi’an 2022 表14)', () => {
    expect(years(notice(2026, [{ title: '2026年一般公共预算支出情况表', rows: [['功能分类科目', '2025年预算数', '2026年预算数'], ['合计', '15,635.80', '18,417.70']] }]))).toEqual([]);
    expect(years(notice(2022, [{ title: null, rows: [['单位编码', '单位名称', '2021年', '2022年', '增减变化情况']] }]))).toEqual([]);
  });

  it("reads no header in the rows printing amounts, and leaves a project's own year and a period including the fiscal year alone (Guangzhou 2026, Xi'an 2022)", () => {
    const guangzhou = notice(2026, [
      { title: null, rows: [['项目', '预算数（单位：万元）', '绩效目标'], ['广州市应急管理局2025年信息化提升项目', '26.50', '通过…']] },
      { title: null, rows: [['广州市气象综合保障中心2026年-2027年信息化运维项目', '预算数']] },
    ]);
    expect(years(guangzhou)).toEqual([]);
    const xian = notice(2022, [
      { title: '西安市级1.5TMRI（2021年医疗卫生机构能力提升补助资金）项目绩效自评表', rows: [['项目名称', '1.5TMRI（2021年医疗卫生机构能力提升补助资金）项目']] },
      { title: '2022年专项资金总体绩效目标表', rows: [['主管部门', '西安市工业和信息化局', '实施期限', '2022-2024年']] },
    ]);
    expect(years(xian)).toEqual([]);
  });

  it('still reports a generic table title naming another year', () => {
    expect(years(notice(2023, [{ title: '2022年项目支出表', rows: [] }]))).toEqual([['/tables/0/title', 2022]]);
  });

  it("dates a sentence's figure by the years before it, not those its explanation names after (Shenzhen 2026 三公)", () => {
    const found = years(
      notice(2026, [], {
        'threePublic.overseasTravel': '1.因公出国（境）费用。2026年预算数120.20万元，较2025年年初预算增加118.80万元，主要是2025年因公出国计划年初未下达，年初预算数为0。',
        // The Langfang 2023 sentence, dated to the year before.
        procurementTotal: '2025年，中共廊坊市委组织部安排政府采购预算367.8万元。',
      }),
    );
    expect(found).toEqual([['/budgetSummary/evidence/procurementTotal', 2025]]);
  });
});
