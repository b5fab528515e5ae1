// The canonical disclosure JSON (contract v1, docs/canonical-schema.md).
// This zod schema is the single source of truth: the TypeScript types below
// are inferred from it and schemas/disclosure.schema.json is generated from it.
import { z } from 'zod';
import { tableKinds } from '../tables/table-kind.js';

export const SCHEMA_VERSION = '1.0';

/** Yuan, exact to the fen. */
const money = z.number().describe('Amount in yuan (元), at most 2 decimals');
const nullableMoney = money.nullable();

const tableRef = z.object({ table: z.number().int().nonnegative() }).strict();
const rowRef = z
  .object({ table: z.number().int().nonnegative(), row: z.number().int().nonnegative() })
  .strict();

export const sourceSchema = z
  .object({
    file: z.string(),
    format: z.enum(['docx', 'pdf', 'html']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
    pages: z.number().int().positive().nullable(),
    encoding: z.string().nullable(),
    producer: z.string().nullable(),
  })
  .strict();

export const documentInfoSchema = z
  .object({
    title: z.string(),
    unit: z.string(),
    fiscalYear: z.number().int(),
    stage: z.enum(['budget', 'final_accounts']),
    scope: z.enum(['department', 'unit']).nullable(),
    region: z.string().nullable(),
    currencyUnit: z.string(),
  })
  .strict();

export const orgUnitSchema = z
  .object({
    name: z.string(),
    nature: z.string().nullable(),
    rank: z.string().nullable(),
    funding: z.string().nullable(),
  })
  .strict();

/** Where a budgetSummary figure was read: a printed table cell, or a sentence of the narrative. */
export const figureProvenanceSchema = z.discriminatedUnion('from', [
  z
    .object({
      from: z.literal('table'),
      table: z.number().int().nonnegative().describe('index into tables'),
      label: z.string().nullable().describe('the table\'s printed number label (表1, 预算05表), or null'),
      row: z.number().int().nonnegative().nullable().describe('the row of tables[table] the figure is printed in'),
      page: z.number().int().positive().nullable().describe('the page that row is printed on, for paged formats'),
    })
    .strict(),
  z
    .object({
      from: z.literal('narrative'),
      sentence: z.string(),
      tolerance: z.number().nonnegative().describe('half the last printed digit, in yuan: the precision the sentence prints the figure to'),
    })
    .strict(),
]);

export const budgetSummarySchema = z
  .object({
    revenue: z
      .object({
        total: nullableMoney,
        currentYear: nullableMoney,
        generalPublicBudget: nullableMoney,
        governmentFund: nullableMoney,
        stateCapital: nullableMoney,
        specialAccount: nullableMoney,
        business: nullableMoney,
        // Additive (project rule): the remaining revenue sources of the 收入总表, so parts can add up to the total.
        businessOperation: nullableMoney.describe('事业单位经营收入'),
        superiorSubsidy: nullableMoney.describe('上级补助收入'),
        subordinateRemit: nullableMoney.describe('附属单位上缴收入'),
        // Additive: what the revenue total holds beside this year's revenue and the carryover (Xi'an's 收支总表).
        nonFiscalSurplus: nullableMoney.describe('使用非财政拨款结余 / 非财政拨款资金结余'),
        priorYearAccountBalance: nullableMoney.describe('上年实户资金余额'),
        other: nullableMoney,
        carryover: nullableMoney,
      })
      .strict(),
    expenditure: z
      .object({
        total: nullableMoney,
        currentYear: nullableMoney,
        basic: nullableMoney,
        personnel: nullableMoney,
        publicOperation: nullableMoney,
        project: nullableMoney,
        // Additive (project rule): 单位预留机动经费, a third part of this year's spending beside basic and project (Jiangsu 2017).
        reserve: nullableMoney.describe('单位预留机动经费'),
      })
      .strict(),
    changeFromPriorYear: z
      .object({ total: nullableMoney, basic: nullableMoney, project: nullableMoney })
      .strict()
      .describe('Signed: a decrease (减少) is negative'),
    operatingExpenses: nullableMoney,
    threePublic: z
      .object({
        total: nullableMoney,
        overseasTravel: nullableMoney,
        vehicles: nullableMoney,
        vehiclePurchase: nullableMoney,
        vehicleOperation: nullableMoney,
        reception: nullableMoney,
      })
      .strict(),
    procurementTotal: nullableMoney,
    fixedAssets: z.object({ priorYearEnd: nullableMoney, plannedPurchases: nullableMoney }).strict(),
    evidence: z
      .record(z.string(), z.string())
      .describe('Dotted path of a figure → the sentence (or "table N: <row label>") it came from'),
    // Additive (project rule): the exact table figure, so it can be shown on its printed cell.
    sources: z
      .record(z.string(), z.string())
      .describe('Dotted path of a figure taken from a fiscal table → JSON pointer of that figure (/fiscalTables/0/totals/1/values/total)'),
    // Additive (project rule): what the narrative prints for a figure taken from a table, so the
    // validator compares the two from the record, without reading the prose again.
    narrative: z
      .record(
        z.string(),
        z
          .object({
            value: money,
            tolerance: z.number().nonnegative().describe('half the last printed digit, in yuan: how far the table may differ and still agree'),
            sentence: z.string(),
          })
          .strict(),
      )
      .describe('Dotted path of a figure taken from a fiscal table → the figure the narrative prints for it, with its precision and sentence'),
    // Additive (project rule): final accounts hold the actual figures (rule 3); the budget each was
    // measured against, where the notice prints it (a 预算数 column or row, `年初预算为X万元，支出决算为Y万元`).
    budgeted: z
      .record(
        z.string(),
        z
          .object({
            value: money,
            evidence: z.string().describe('the sentence, or "table N: <label>"'),
            source: z.string().nullable().describe('JSON pointer of the table figure; null: the narrative'),
          })
          .strict(),
      )
      .describe('Final accounts: dotted path of an actual figure → the budget the notice prints beside it (empty for a budget notice)'),
    // Additive (project rule): where each figure was read, as data, so the validator never parses `evidence`.
    provenance: z
      .record(z.string(), figureProvenanceSchema)
      .describe('Dotted path of a figure → where it was read: a table cell (table, printed label, row, page) or a narrative sentence with its printed precision'),
  })
  .strict();

export const targetSchema = z
  .object({
    raw: z.string(),
    operator: z.enum(['>=', '<=', '=', '>', '<']).nullable(),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    // Additive (project rule): a range target (`5%-10%`) is `>=` its lower end (value) up to this upper end, inclusive.
    upTo: z.number().optional().describe('A range target’s upper end, inclusive (value ≤ x ≤ upTo); absent otherwise'),
    text: z.string().nullable(),
  })
  .strict();

export const indicatorSchema = z
  .object({
    level1: z.string().nullable(),
    level2: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    scoringRule: z.string().nullable(),
    target: targetSchema,
    basis: z.string().nullable(),
    weight: z.number().nullable(),
    // Additive (project rule): a self-evaluation table (绩效自评表, in final accounts) prints, beside the
    // year's target, what was achieved and scored. Present exactly on indicators of such tables.
    actual: targetSchema.optional().describe('实际完成值: the value achieved, parsed like the target'),
    score: z.number().nullable().optional().describe('得分: the score awarded, out of `weight` (分值)'),
    deviation: z.string().nullable().optional().describe('偏差原因分析及改进措施 as printed'),
    source: rowRef,
  })
  .strict();

/** 年度资金总额 (项目) or 金额合计 (部门整体) of a self-evaluation table: planned and spent funds and their score. */
export const selfEvaluationFundsSchema = z
  .object({
    budgetAtStart: nullableMoney.describe('年初预算数'),
    budget: nullableMoney.describe('全年预算数 (A)'),
    spent: nullableMoney.describe('全年执行数 (B)'),
    executionRate: z.number().nullable().describe('执行率 (B/A) in percent, as printed'),
    weight: z.number().nullable().describe('分值 of the funds line'),
    score: z.number().nullable().describe('得分 of the funds line'),
    source: rowRef,
  })
  .strict();

export const selfEvaluationSchema = z
  .object({
    funds: selfEvaluationFundsSchema.nullable(),
    totalWeight: z.number().nullable().describe('总分 row: the points available (分值), usually 100'),
    totalScore: z.number().nullable().describe('总分 row: the points scored (得分)'),
  })
  .strict();

export const performanceTargetSchema = z
  .object({
    name: z.string(),
    code: z.string().nullable(),
    /** The sub-unit the project belongs to where the table states it (项目名称（资金使用单位）, a 单位名称 column), else null. */
    unit: z.string().nullable(),
    goals: z.array(z.string()),
    budget: nullableMoney,
    indicators: z.array(indicatorSchema),
    // Additive (project rule): present exactly on targets read from a self-evaluation table (绩效自评表).
    selfEvaluation: selfEvaluationSchema.optional(),
    source: tableRef,
  })
  .strict();

const measureValue = z.number().nullable();
// Additive (project rule): where each value was read, so a figure can be shown on its printed cell.
// Optional so records built by hand (fixtures, other readers) stay valid; the fiscal reader always sets it.
const measureColumns = z
  .record(z.string(), z.number().int().nonnegative())
  .optional()
  .describe('Measure key → the grid column of the source table its value was read from (spans expanded)');

export const fiscalTableKinds = [
  'income_expenditure_summary',
  'income',
  'expenditure',
  'appropriation_summary',
  'general_public_expenditure',
  'basic_expenditure',
  'three_public',
  'government_fund_expenditure',
  'state_capital_expenditure',
  'project_expenditure',
  'purchased_services',
  'operating_expenses',
  'carryover_expenditure',
  'other',
] as const;

/** Additive: which side-by-side panel of the table a row was read from (0 the leftmost); written on every row. */
const panelIndex = z
  .number()
  .int()
  .nonnegative()
  .optional()
  .describe('the side-by-side panel of the table the row was read from, 0 the leftmost (收入 | 支出, 人员经费 | 公用经费)');

export const classificationSchemes = [
  'functional',
  'economic_department',
  'economic_government',
  'revenue_source',
] as const;

export const fiscalLineSchema = z
  .object({
    side: z.enum(['revenue', 'expenditure']).nullable(),
    panel: panelIndex,
    code: z.string().regex(/^\d+$/).nullable(),
    scheme: z.enum(classificationSchemes).nullable(),
    level: z.number().int().min(1).max(3).nullable(),
    name: z.string(),
    codes: z.array(
      z.object({ scheme: z.enum(classificationSchemes), code: z.string(), name: z.string() }).strict(),
    ),
    unit: z.string().nullable(),
    values: z.record(z.string(), measureValue),
    columns: measureColumns,
    source: rowRef,
  })
  .strict();

export const fiscalTableSchema = z
  .object({
    kind: z.enum(fiscalTableKinds),
    title: z.string(),
    label: z.string().nullable(),
    phase: z.enum(['budget', 'final_accounts']),
    unitOfMeasure: z.string(),
    measures: z.array(z.object({ key: z.string(), label: z.string() }).strict()),
    totals: z.array(
      z
        .object({
          side: z.enum(['revenue', 'expenditure']).nullable(),
          panel: panelIndex,
          name: z.string(),
          // Additive (project rule): set where the total is a budget unit's own row (a table listing one unit, no 合计 row).
          unit: z.string().optional().describe("The budget unit whose own row stands as the table's total"),
          values: z.record(z.string(), measureValue),
          columns: measureColumns,
          source: rowRef.optional(),
        })
        .strict(),
    ),
    lines: z.array(fiscalLineSchema),
    empty: z.boolean(),
    note: z.string().nullable(),
    source: tableRef,
  })
  .strict();

export const procurementLineSchema = z
  .object({
    project: z.string().nullable(),
    projectBudget: nullableMoney,
    item: z.string().nullable(),
    catalogCode: z.string().nullable(),
    measureUnit: z.string().nullable(),
    quantity: z.number().nullable(),
    unitPrice: nullableMoney,
    amount: nullableMoney,
    funding: z
      .object({
        generalPublicBudget: nullableMoney,
        governmentFund: nullableMoney,
        stateCapital: nullableMoney,
        specialAccount: nullableMoney,
        unitFunds: nullableMoney,
        fiscalCarryover: nullableMoney,
        nonFiscalCarryover: nullableMoney,
        other: nullableMoney.describe('Every other source printed (事业收入, 上级补助收入, 其他资金…), summed'),
      })
      .strict(),
    smeReserved: nullableMoney,
    category: z.string().nullable().describe('采购品目大类 / 采购类别 (A 货物, B 工程, C 服务) as printed'),
    specification: z.string().nullable().describe('规格型号 / 配置标准'),
    method: z.string().nullable().describe('采购组织形式 / 采购方式 (政府集中采购, 分散采购, …)'),
    functionalCode: z
      .string()
      .nullable()
      .describe('功能分类科目 as printed; split 类|款|项 columns joined (201 03 01 → "2010301")'),
    economicCode: z.string().nullable().describe('部门经济分类 / 经济科目 as printed; split 类|款 columns joined'),
    governmentEconomicCode: z.string().nullable().describe('政府经济分类 as printed; split 类|款 columns joined'),
    source: rowRef,
  })
  .strict();

/** The funding columns of a procurement line, in contract order. */
export const procurementFundingKeys = procurementLineSchema.shape.funding.keyof().options;

export const assetItemSchema = z
  .object({
    item: z.string(),
    quantity: z.number().nullable(),
    value: nullableMoney,
    source: rowRef,
  })
  .strict();

// The table stage owns the kinds (src/tables/table-kind.ts); a RawTable serializes its Table.
export const rawTableKinds = tableKinds;

export const rawCellSchema = z
  .object({
    text: z.string(),
    rowSpan: z.number().int().positive(),
    colSpan: z.number().int().positive(),
    page: z.number().int().positive().optional(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    indent: z
      .number()
      .nonnegative()
      .optional()
      .describe('left indentation of the cell text in character widths, where the source indents it (a 类/款/项 hierarchy shown by indentation)'),
  })
  .strict();

export const rawTableSchema = z
  .object({
    index: z.number().int().nonnegative(),
    title: z.string().nullable(),
    pages: z.array(z.number().int().positive()).nullable(),
    kind: z.enum(rawTableKinds),
    unitOfMeasure: z.string().nullable(),
    rows: z.array(z.array(rawCellSchema)),
  })
  .strict();

export const findingCodes = [
  'SUM_MISMATCH',
  'UNBALANCED',
  'CROSS_TABLE_MISMATCH',
  'UNPARSED_TARGET',
  'MISSING_SECTION',
  'YEAR_MISMATCH',
  'STALE_REFERENCE',
  // Additive (project rule): self-evaluation tables' own arithmetic.
  'EXECUTION_RATE_MISMATCH',
  'SCORE_ABOVE_WEIGHT',
] as const;

export const findingSchema = z
  .object({
    code: z.enum(findingCodes),
    severity: z.enum(['error', 'warning', 'info']),
    path: z.string().describe('JSON pointer into this document'),
    message: z.string(),
    expected: z.number().optional(),
    actual: z.number().optional(),
    // Additive (project rule): the other side of a comparison, so both can be shown on the page.
    against: z
      .array(z.string())
      .optional()
      .describe('JSON pointers of the figures `expected` comes from: the parts of a sum, or the figure compared with'),
  })
  .strict();

export const disclosureSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: sourceSchema,
    document: documentInfoSchema,
    organization: z.object({ duties: z.array(z.string()), units: z.array(orgUnitSchema) }).strict(),
    budgetSummary: budgetSummarySchema,
    performance: z
      .object({ overall: performanceTargetSchema.nullable(), projects: z.array(performanceTargetSchema) })
      .strict(),
    fiscalTables: z.array(fiscalTableSchema),
    procurement: z
      .object({
        total: procurementLineSchema.nullable(),
        subtotals: z
          .array(procurementLineSchema)
          .describe('小计 rows and group rows (a unit, category or project heading its lines): not lines'),
        lines: z.array(procurementLineSchema),
      })
      .strict(),
    assets: z
      .object({
        asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
        total: nullableMoney,
        items: z.array(assetItemSchema),
      })
      .strict(),
    glossary: z.array(z.object({ term: z.string(), definition: z.string() }).strict()),
    sections: z.array(
      // part: the 第X部分 the section stands in (printed line, spaces removed), null when the notice has no parts.
      z.object({ number: z.string(), title: z.string(), text: z.string(), part: z.string().nullable() }).strict(),
    ),
    tables: z.array(rawTableSchema),
    validation: z.array(findingSchema),
  })
  .strict();

export type Disclosure = z.infer<typeof disclosureSchema>;
export type SourceInfo = z.infer<typeof sourceSchema>;
export type DocumentInfo = z.infer<typeof documentInfoSchema>;
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;
/** The budgetSummary records that say where figures came from or what they were measured against; not figures. */
export const budgetSummaryRecords: ReadonlySet<string> = new Set(['evidence', 'sources', 'narrative', 'budgeted', 'provenance']);
export type PerformanceTarget = z.infer<typeof performanceTargetSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Target = z.infer<typeof targetSchema>;
export type SelfEvaluation = z.infer<typeof selfEvaluationSchema>;
export type SelfEvaluationFunds = z.infer<typeof selfEvaluationFundsSchema>;
export type FiscalTable = z.infer<typeof fiscalTableSchema>;
export type FiscalLine = z.infer<typeof fiscalLineSchema>;
export type ProcurementLine = z.infer<typeof procurementLineSchema>;
export type AssetItem = z.infer<typeof assetItemSchema>;
export type RawTable = z.infer<typeof rawTableSchema>;
export type FigureProvenance = z.infer<typeof figureProvenanceSchema>;
export type RawCell = z.infer<typeof rawCellSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type FiscalTableKind = (typeof fiscalTableKinds)[number];
export type RawTableKind = (typeof rawTableKinds)[number];
