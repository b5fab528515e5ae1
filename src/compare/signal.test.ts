// The report's signal rules on inputs built inline from the Wanli 2023/2024 notices'
// printed figures (samples/real/shanghai-putuo-wanli-20{23,24}-dept-budget.pdf, 单位：元).
import { describe, expect, it } from 'vitest';
import { langfang2023 } from '../../tests/support/canonical-fixtures.js';
import type { Disclosure, FiscalTable } from '../schema/canonical.js';
import { compareDisclosures } from './compare.js';
import { reportModel } from './report-model.js';

type Row = [side: 'revenue' | 'expenditure' | null, code: string | null, name: string, values: Record<string, number | null>];

function table(kind: FiscalTable['kind'], measures: string[], rows: Row[]): FiscalTable {
  return {
    kind,
    title: kind,
    label: null,
    phase: 'budget',
    unitOfMeasure: '元',
    measures: measures.map((key) => ({ key, label: key })),
    totals: [],
    lines: rows.map(([side, code, name, values], row) => ({
      side,
      code,
      scheme: code ? 'functional' : null,
      level: code ? Math.min(3, Math.ceil((code.length - 1) / 2)) : null,
      name,
      codes: [],
      unit: null,
      values,
      source: { table: 0, row },
    })),
    empty: false,
    note: null,
    source: { table: 0 },
  };
}

async function wanli(year: 2023 | 2024, edit: (d: Disclosure) => void): Promise<Disclosure> {
  const d = await langfang2023();
  d.document = { ...d.document, title: `上海市普陀区${year}年区级部门预算`, unit: '上海市普陀区人民政府万里街道办事处', fiscalYear: year };
  d.performance = { overall: null, projects: [] };
  d.procurement = { total: null, subtotals: [], lines: [] };
  d.sections = [];
  edit(d);
  return d;
}

const [total2023, total2024] = [164978640, 156211123];

describe('the comparison shows signal', () => {
  it('shows a figure printed in several places once, naming the other places', async () => {
    const tables = (year: 2023 | 2024): FiscalTable[] => {
      const total = year === 2023 ? total2023 : total2024;
      const social = year === 2023 ? [27073236, 13312677] : [19604064, 7812394];
      return [
        // 收支总表: the revenue line is renamed between the years (一般公共预算 → 一般公共预算资金).
        table('income_expenditure_summary', ['total'], [
          ['revenue', null, '财政拨款收入', { total }],
          ['revenue', null, year === 2023 ? '一般公共预算' : '一般公共预算资金', { total }],
          ['revenue', null, '事业收入', { total: null }],
          ['expenditure', null, '社会保障和就业支出', { total: social[0] }],
        ]),
        table('income', ['total', 'fiscalAppropriation', 'business'], [
          [null, '208', '社会保障和就业支出', { total: social[0], fiscalAppropriation: social[0], business: year === 2023 ? null : 0 }],
          [null, '2089999', '其他社会保障和就业支出', { total: social[1], fiscalAppropriation: social[1], business: year === 2023 ? null : 0 }],
        ]),
        table('general_public_expenditure', ['total', 'basic', 'project'], [
          ['expenditure', '208', '社会保障和就业支出', { total: social[0], basic: null, project: null }],
          ['expenditure', '20899', '其他社会保障和就业支出', { total: social[1], basic: null, project: null }],
          ['expenditure', '2089999', '其他社会保障和就业支出', { total: social[1], basic: null, project: null }],
        ]),
      ];
    };
    const edit = (year: 2023 | 2024) => (d: Disclosure) => {
      for (const path of ['total', 'currentYear', 'generalPublicBudget'] as const) d.budgetSummary.revenue[path] = year === 2023 ? total2023 : total2024;
      d.budgetSummary.expenditure.total = year === 2023 ? total2023 : total2024;
      d.fiscalTables = tables(year);
    };
    const c = compareDisclosures(await wanli(2023, edit(2023)), await wanli(2024, edit(2024)));

    // −8,767,517 is printed as 收入总计, 本年收入合计, 一般公共预算拨款收入, 支出总计 and two 收支总表 lines: once.
    const total = c.changes.filter((ch) => ch.delta === -8767517);
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ figure: 'expenditure.total', name: '支出总计', base: total2023, target: total2024 });
    expect(total[0].alsoIn).toEqual(expect.arrayContaining(['收入总计', '收支总表 · 财政拨款收入', '收支总表 · 一般公共预算资金']));
    // The renamed 收支总表 line is one line, not a removal and an addition.
    expect(c.fiscalLines.filter((l) => l.tableKind === 'income_expenditure_summary' && l.status !== 'unchanged').map((l) => [l.name, l.renamedFrom, l.status])).toEqual([
      ['财政拨款收入', null, 'changed'],
      ['一般公共预算资金', '一般公共预算', 'changed'],
      ['社会保障和就业支出', null, 'changed'],
    ]);
    // 2089999 in two tables, its 款 20899 and its 收入总表 财政拨款 column: one change, shown at the 项 of the 支出 table.
    const other = c.changes.filter((ch) => ch.delta === 7812394 - 13312677);
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ source: 'general_public_expenditure', code: '2089999', name: '其他社会保障和就业支出 › 其他社会保障和就业支出', measure: '合计' });
    expect(other[0].alsoIn).toEqual(['一般公共预算支出表 · 20899', '收入总表']);
    // 208 in three tables (the 收支总表 prints it without a code): one change.
    expect(c.changes.filter((ch) => ch.delta === 19604064 - 27073236)).toHaveLength(1);
    // 事业收入 — in 2023, 0 in 2024: not a change.
    expect(c.fiscalLines.find((l) => l.code === '208' && l.measure === 'business')).toMatchObject({ base: null, target: 0, status: 'unchanged' });
    expect(c.changes.some((ch) => ch.measure === '事业收入')).toBe(false);
  });

  it('keeps two lines apart when the same amounts are a coincidence (different codes, not one inside the other)', async () => {
    const edit = (year: 2023 | 2024) => (d: Disclosure) => {
      d.fiscalTables = [
        table('general_public_expenditure', ['total'], [
          ['expenditure', '2012902', '一般行政管理事务', { total: year === 2023 ? 100000 : 150000 }],
          ['expenditure', '2013202', '一般行政管理事务', { total: year === 2023 ? 100000 : 150000 }],
        ]),
      ];
    };
    const c = compareDisclosures(await wanli(2023, edit(2023)), await wanli(2024, edit(2024)));
    expect(c.changes.filter((ch) => ch.figure === null).map((ch) => ch.code)).toEqual(['2012902', '2013202']);
  });

  it('recognises a line recoded under a parent of the same name as the same line, and says so', async () => {
    const edit = (year: 2023 | 2024) => (d: Disclosure) => {
      d.fiscalTables = [
        table('general_public_expenditure', ['total'], [
          ['expenditure', '20105', '统计信息事务', { total: year === 2023 ? 627600 : 257700 }],
          ['expenditure', year === 2023 ? '2010506' : '2010508', '统计管理', { total: year === 2023 ? 26300 : 30000 }],
          // Same name under another 款: another line, not a recoding.
          ['expenditure', year === 2023 ? '2012902' : '2013202', '一般行政管理事务', { total: 454100 }],
        ]),
      ];
    };
    const c = compareDisclosures(await wanli(2023, edit(2023)), await wanli(2024, edit(2024)));
    expect(c.changes.filter((ch) => ch.name.endsWith('统计管理')).map((ch) => [ch.code, ch.recodedFrom, ch.delta])).toEqual([['2010508', '2010506', 3700]]);
    expect(reportModel(c).tables.find((t) => t.heading === '预算表科目')!.rows.map((r) => r[1])).toContain('2010508 统计信息事务 › 统计管理（原：2010506）');
    expect(c.changes.filter((ch) => ch.name === '一般行政管理事务').map((ch) => [ch.code, ch.status])).toEqual([
      ['2012902', 'removed'],
      ['2013202', 'added'],
    ]);
  });

  it('gives beside a change the reason the later notice states, and a headline in plain words', async () => {
    const edit = (year: 2023 | 2024) => (d: Disclosure) => {
      Object.assign(d.budgetSummary.threePublic, year === 2023
        ? { total: 229100, overseasTravel: 0, vehicles: 215600, vehiclePurchase: 0, vehicleOperation: 215600, reception: 13500 }
        : { total: 479100, overseasTravel: 0, vehicles: 465600, vehiclePurchase: 250000, vehicleOperation: 215600, reception: 13500 });
      d.budgetSummary.expenditure.total = year === 2023 ? total2023 : total2024;
      d.fiscalTables = [
        table('general_public_expenditure', ['total'], [
          ['expenditure', '201', '一般公共服务支出', { total: year === 2023 ? 2976800 : 2932700 }],
          ['expenditure', '20105', '统计信息事务', { total: year === 2023 ? 627600 : 257700 }],
          ['expenditure', '2010507', '专项普查活动', { total: year === 2023 ? 601300 : 257700 }],
        ]),
      ];
      d.sections =
        year === 2023
          ? []
          : [
              {
                number: '四',
                title: '部门预算编制说明',
                part: null,
                text: '支出预算15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算减少876.75万元。\n财政拨款收入支出减少的主要原因是项目调整。\n1.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：项目调整。',
              },
              {
                number: '六',
                title: '其他相关情况说明',
                part: null,
                text: '2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。其中：\n（一）因公出国（境）费0万元，比2023年预算持平。主要原因是因公出国（境）费保持不变。\n（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车。其中：公务用车购置费25万元，比2023年预算增加25万元，主要原因是购置公务用车；公务用车运行费21.56万元，比2023年预算持平，主要原因是公务车用车运行费保持不变。',
              },
            ];
    };
    const c = compareDisclosures(await wanli(2023, edit(2023)), await wanli(2024, edit(2024)));
    const reasonOf = (figure: string) => c.changes.find((ch) => ch.figure === figure)?.reason;
    expect(reasonOf('expenditure.total')).toBe('项目调整');
    expect(reasonOf('threePublic.vehicles')).toBe('购置公务用车');
    expect(reasonOf('threePublic.vehiclePurchase')).toBe('购置公务用车');
    expect(c.changes.find((ch) => ch.code === '2010507')).toMatchObject({ delta: -343600, percent: -57.14, reason: '项目调整' });

    const threePublic = c.headline.find((h) => h.topic === '“三公”经费')!;
    expect(threePublic).toMatchObject({ figure: 'threePublic.total', delta: 250000, percent: 109.12 });
    expect(threePublic.parts.map((p) => [p.label, p.parts.map((q) => q.label)])).toEqual([['公务用车购置及运行费', ['公务用车购置费']]]);
    const model = reportModel(c);
    expect(model.headline).toContain(
      '“三公”经费合计：229,100 元 → 479,100 元，增加 250,000 元（+109.12%）；其中公务用车购置及运行费增加 250,000 元（+115.96%）（公告所述原因：购置公务用车）（其中公务用车购置费新增 250,000 元）。',
    );
    expect(model.headline).toContain('2010507 统计信息事务 › 专项普查活动：601,300 元 → 257,700 元，减少 343,600 元（−57.14%）（公告所述原因：项目调整）。');
  });

  it('says a part one notice lacks is absent instead of listing its contents as removed', async () => {
    const base = await wanli(2023, (d) => {
      d.performance.projects = [
        { name: '社区环境整治和建设经费', code: null, unit: null, goals: [], budget: null, indicators: [{ level1: '产出指标', level2: '数量指标', name: '整治点位', description: null, scoringRule: null, target: { raw: '≥10个', operator: '>=', value: 10, unit: '个', text: null }, basis: null, weight: null, source: { table: 0, row: 0 } }], source: { table: 0 } },
      ];
    });
    const prose = (year: 2023 | 2024, text: string) => wanli(year, (d) => (d.sections = [{ number: '六', title: '其他相关情况说明', part: null, text }]));
    const c = compareDisclosures(base, await prose(2024, '四、绩效目标设置情况\n编报绩效目标的项目50个，涉及项目预算资金5634.81万元。'));
    expect(c.indicators.removed).toEqual([]);
    expect(c.absent).toEqual([{ part: '绩效指标', printedIn: 2023, missingIn: 2024, proseIn: '其他相关情况说明' }]);
    expect(reportModel(c).notes).toEqual(['2024年公告未列出绩效指标（2023年公告列出），相关内容以文字说明，见“其他相关情况说明”；不逐条列为取消。']);

    // Procurement lines only the later notice prints (the earlier tells only its total, in prose).
    const [printing] = (await langfang2023()).procurement.lines;
    const buying = await wanli(2024, (d) => {
      d.procurement.lines = [printing];
    });
    const p = compareDisclosures(await prose(2023, '三、政府采购情况\n2023年本部门政府采购预算830.00万元。'), buying);
    expect(p.procurement.added).toEqual([]);
    expect(p.absent).toEqual([{ part: '政府采购明细', printedIn: 2024, missingIn: 2023, proseIn: '其他相关情况说明' }]);
    expect(reportModel(p).notes).toEqual(['2023年公告未列出政府采购明细（2024年公告列出），相关内容以文字说明，见“其他相关情况说明”；不逐条列为新增。']);
  });

  it('labels every column in Chinese, never with a raw measure key', async () => {
    const edit = (year: 2023 | 2024) => (d: Disclosure) => {
      d.fiscalTables = [table('income', ['total', 'fiscalAppropriation', 'priorYear.total'], [[null, '2010507', '专项普查活动', { total: year === 2023 ? 601300 : 257700, fiscalAppropriation: year === 2023 ? 601300 : 257000, 'priorYear.total': year === 2023 ? 0 : 601300 }]])];
    };
    const model = reportModel(compareDisclosures(await wanli(2023, edit(2023)), await wanli(2024, edit(2024))));
    const lines = model.tables.find((t) => t.heading === '预算表科目')!;
    expect(lines.rows.map((r) => r[2]).sort()).toEqual(['上年·合计', '合计', '财政拨款'].sort());
    expect(JSON.stringify(model)).not.toMatch(/fiscalAppropriation|priorYear|revenue\.|expenditure\./u);
  });
});
