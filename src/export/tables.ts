// The CSV tables of an export: for each, its fields and the rows one canonical
// document contributes. Pure: a document in, rows out, in document order.
import type { Disclosure, FiscalLine, PerformanceTarget } from '../schema/canonical.js';
import { type Cell, type Field, flag, integer, number, snakeCase, text, yuan } from './fields.js';
import { budgetSummaryPaths, figureAt } from './summary-figures.js';

export interface ExportTable {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  rows(document: Disclosure): Cell[][];
}

/** The columns that tie every row to its notice. */
const keyFields: Field[] = [
  text('document_id', 'sha256 of the source file: the key of documents.csv'),
  integer('fiscal_year', 'fiscal year of the notice', 'date:fiscal-year'),
  text('unit', 'publishing body (部门/单位)', 'administrative-classification:generic:label'),
];
const keyCells = (document: Disclosure): Cell[] => [document.source.sha256, document.document.fiscalYear, document.document.unit];

const sourceFields: Field[] = [
  integer('source_table', 'index of the raw table in the canonical JSON (tables[])'),
  integer('source_row', 'row of that raw table'),
];

const documents: ExportTable = {
  name: 'documents',
  title: 'Notices',
  description: 'One row per converted notice.',
  fields: [
    text('document_id', 'sha256 of the source file'),
    text('file', 'source file name'),
    text('format', 'source format: docx, pdf or html'),
    integer('bytes', 'source file size in bytes'),
    integer('pages', 'pages of a PDF source'),
    text('title', 'printed title of the notice'),
    text('unit', 'publishing body (部门/单位)', 'administrative-classification:generic:label'),
    integer('fiscal_year', 'fiscal year', 'date:fiscal-year'),
    text('stage', 'budget (预算) or final_accounts (决算)'),
    text('scope', 'department (部门) or unit (单位)'),
    text('region', 'administrative region the body belongs to'),
    text('currency_unit', 'unit the notice states its amounts in (the exported amounts are all in yuan)'),
    text('assets_as_of', 'date of the fixed-asset figures (YYYY-MM-DD)'),
    yuan('assets_total', 'fixed assets total'),
    integer('fiscal_lines', 'fiscal table lines'),
    integer('indicators', 'performance indicators'),
    integer('procurement_lines', 'procurement lines'),
    integer('findings', 'validation findings'),
  ],
  rows: (d) => [
    [
      d.source.sha256,
      d.source.file,
      d.source.format,
      d.source.bytes,
      d.source.pages,
      d.document.title,
      d.document.unit,
      d.document.fiscalYear,
      d.document.stage,
      d.document.scope,
      d.document.region,
      d.document.currencyUnit,
      d.assets.asOf,
      d.assets.total,
      d.fiscalTables.reduce((sum, table) => sum + table.lines.length, 0),
      targetsOf(d).reduce((sum, { target }) => sum + target.indicators.length, 0),
      d.procurement.lines.length,
      d.validation.length,
    ],
  ],
};

const budgetSummary: ExportTable = {
  name: 'budget_summary',
  title: 'Budget summary',
  description: 'One row per notice: revenue, expenditure, change from the prior year, 机关运行经费, "三公" costs, procurement and fixed assets.',
  fields: [...keyFields, ...budgetSummaryPaths.map((path) => yuan(snakeCase(path), `budgetSummary.${path}`, 'value'))],
  rows: (d) => [[...keyCells(d), ...budgetSummaryPaths.map((path) => figureAt(d.budgetSummary, path))]],
};

/** Measures that are percentages, not money (changePct, carryover.changePct …). */
export const isPercentMeasure = (key: string): boolean => /(?:^|\.)changePct$/u.test(key);

function classified(line: FiscalLine, kind: 'functional' | 'economic'): { code: string; name: string } | null {
  const matches = (scheme: string | null) => scheme === kind || (kind === 'economic' && scheme?.startsWith('economic_'));
  if (line.code && matches(line.scheme)) return { code: line.code, name: line.name };
  const other = line.codes.find((entry) => matches(entry.scheme));
  return other ? { code: other.code, name: other.name } : null;
}

const fiscalLines: ExportTable = {
  name: 'fiscal_lines',
  title: 'Fiscal table lines',
  description:
    'One row per line of the standard fiscal tables and measure (value column). Totals rows (合计/小计) are not lines; amounts are yuan, percentages in `percent`.',
  fields: [
    ...keyFields,
    integer('table', 'position of the fiscal table in the notice (fiscalTables[])'),
    text('table_kind', 'kind of fiscal table (income_expenditure_summary, general_public_expenditure …)'),
    text('table_title', 'printed title of the table'),
    text('table_label', 'printed number label of the table (部门公开表3)'),
    text('phase', 'budget or final_accounts'),
    text('side', 'revenue or expenditure'),
    text('code', 'classification code as printed, digits only'),
    text('scheme', 'classification scheme of code: functional, economic_department, economic_government, revenue_source'),
    integer('level', 'level of the code: 1 类, 2 款, 3 项'),
    text('name', 'line name (科目名称)'),
    text('sub_unit', 'the sub-unit the line belongs to, when a table lists several'),
    text('functional_code', 'functional classification code (支出功能分类)', 'functional-classification:generic:code'),
    text('functional_name', 'functional classification name', 'functional-classification:generic:label'),
    text('economic_code', 'economic classification code (支出经济分类)', 'economic-classification:generic:code'),
    text('economic_name', 'economic classification name', 'economic-classification:generic:label'),
    text('other_codes', 'further classifications printed on the row: scheme:code name, separated by "; "'),
    text('measure', 'canonical measure key (total, basic, project, generalPublicBudget, priorYear.total …)'),
    text('measure_label', 'the value column as printed'),
    yuan('amount', 'the value of a money measure', 'value'),
    number('percent', 'the value of a percentage measure (changePct)', '%'),
    ...sourceFields,
  ],
  rows: (d) =>
    d.fiscalTables.flatMap((table, tableIndex) =>
      table.lines.flatMap((line) => {
        const functional = classified(line, 'functional');
        const economic = classified(line, 'economic');
        return table.measures
          .filter((measure) => measure.key in line.values)
          .map((measure) => {
            const value = line.values[measure.key];
            return [
              ...keyCells(d),
              tableIndex,
              table.kind,
              table.title,
              table.label,
              table.phase,
              line.side,
              line.code,
              line.scheme,
              line.level,
              line.name,
              line.unit,
              functional?.code ?? null,
              functional?.name ?? null,
              economic?.code ?? null,
              economic?.name ?? null,
              line.codes.map((entry) => `${entry.scheme}:${entry.code} ${entry.name}`).join('; ') || null,
              measure.key,
              measure.label,
              isPercentMeasure(measure.key) ? null : value,
              isPercentMeasure(measure.key) ? value : null,
              line.source.table,
              line.source.row,
            ];
          });
      }),
    ),
};

/** The whole-unit target first, then the projects. */
function targetsOf(d: Disclosure): { target: PerformanceTarget; overall: boolean }[] {
  return [
    ...(d.performance.overall ? [{ target: d.performance.overall, overall: true }] : []),
    ...d.performance.projects.map((target) => ({ target, overall: false })),
  ];
}

const indicators: ExportTable = {
  name: 'performance_indicators',
  title: 'Performance indicators',
  description: 'One row per 三级指标 of the 绩效目标表, the whole-unit targets (overall) and each project.',
  fields: [
    ...keyFields,
    flag('overall', 'true for the whole unit/department target (整体绩效目标), false for a project'),
    text('project', 'project name (项目名称); for overall, the unit'),
    text('project_code', 'project code printed with the name'),
    text('project_unit', 'the sub-unit the project belongs to (资金使用单位), where the table states it'),
    yuan('project_budget', 'project funds stated in the table'),
    text('level1', '一级指标'),
    text('level2', '二级指标'),
    text('name', '三级指标'),
    text('description', '指标描述 / 指标解释'),
    text('scoring_rule', '评（扣）分标准'),
    text('target_raw', '指标值 as printed'),
    text('target_operator', 'comparison: >=, <=, =, >, <'),
    number('target_value', 'numeric target value, in target_unit'),
    text('target_unit', 'unit of target_value (%, 次, 万元 …)'),
    text('target_text', 'qualitative target (合格, 提升 …)'),
    text('basis', '指标值确定依据'),
    number('weight', '权重 / 分值'),
    ...sourceFields,
  ],
  rows: (d) =>
    targetsOf(d).flatMap(({ target, overall }) =>
      target.indicators.map((indicator) => [
        ...keyCells(d),
        overall,
        target.name,
        target.code,
        target.unit,
        target.budget,
        indicator.level1,
        indicator.level2,
        indicator.name,
        indicator.description,
        indicator.scoringRule,
        indicator.target.raw,
        indicator.target.operator,
        indicator.target.value,
        indicator.target.unit,
        indicator.target.text,
        indicator.basis,
        indicator.weight,
        indicator.source.table,
        indicator.source.row,
      ]),
    ),
};

const procurement: ExportTable = {
  name: 'procurement_lines',
  title: 'Procurement lines',
  description: 'One row per line of the 政府采购预算表 (the 合计 and 小计 rows are not lines).',
  fields: [
    ...keyFields,
    text('project', '项目名称'),
    yuan('project_budget', '项目预算资金'),
    text('item', '采购物品名称'),
    text('catalog_code', '政府采购目录编码'),
    text('measure_unit', '计量单位'),
    number('quantity', '数量'),
    yuan('unit_price', '单价'),
    yuan('amount', '政府采购金额', 'value'),
    yuan('funding_general_public_budget', 'funded by the general public budget'),
    yuan('funding_government_fund', 'funded by the government fund budget'),
    yuan('funding_state_capital', 'funded by the state capital operation budget'),
    yuan('funding_special_account', 'funded from the fiscal special account'),
    yuan('funding_unit_funds', 'funded by the unit’s own funds'),
    yuan('funding_fiscal_carryover', 'funded by fiscal carry-over'),
    yuan('funding_non_fiscal_carryover', 'funded by non-fiscal carry-over'),
    yuan('sme_reserved', '预留中小微企业份额'),
    ...sourceFields,
  ],
  rows: (d) =>
    d.procurement.lines.map((line) => [
      ...keyCells(d),
      line.project,
      line.projectBudget,
      line.item,
      line.catalogCode,
      line.measureUnit,
      line.quantity,
      line.unitPrice,
      line.amount,
      line.funding.generalPublicBudget,
      line.funding.governmentFund,
      line.funding.stateCapital,
      line.funding.specialAccount,
      line.funding.unitFunds,
      line.funding.fiscalCarryover,
      line.funding.nonFiscalCarryover,
      line.smeReserved,
      line.source.table,
      line.source.row,
    ]),
};

const assets: ExportTable = {
  name: 'assets',
  title: 'Fixed assets',
  description: 'One row per item of the fixed-asset table.',
  fields: [
    ...keyFields,
    text('as_of', 'date of the figures (YYYY-MM-DD)'),
    text('item', 'asset item'),
    number('quantity', 'quantity'),
    yuan('value', 'value', 'value'),
    ...sourceFields,
  ],
  rows: (d) => d.assets.items.map((item) => [...keyCells(d), d.assets.asOf, item.item, item.quantity, item.value, item.source.table, item.source.row]),
};

const findings: ExportTable = {
  name: 'findings',
  title: 'Validation findings',
  description: 'Inconsistencies the notice itself contains (sums that do not add up, figures that differ between tables …).',
  fields: [
    ...keyFields,
    text('code', 'finding code (SUM_MISMATCH, CROSS_TABLE_MISMATCH …)'),
    text('severity', 'error, warning or info'),
    text('path', 'JSON pointer into the canonical document'),
    text('message', 'what is inconsistent'),
    number('expected', 'the value the document implies'),
    number('actual', 'the value the document prints'),
  ],
  rows: (d) => d.validation.map((finding) => [...keyCells(d), finding.code, finding.severity, finding.path, finding.message, finding.expected ?? null, finding.actual ?? null]),
};

export const exportTables: readonly ExportTable[] = [documents, budgetSummary, fiscalLines, indicators, procurement, assets, findings];
