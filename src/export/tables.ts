// The tables of an export: for each, its fields and the rows one canonical
// document contributes. Pure: a document in, rows out, in document order.
import { figureLabels } from '../compare/figure-labels.js';
import { labelFrom } from '../tables/table-label.js';
import type { Disclosure, FiscalLine, PerformanceTarget, RawTable } from '../schema/canonical.js';
import { type Cell, type Field, date, flag, integer, number, snakeCase, text, yuan } from './fields.js';
import { measureLabeller } from './measure-labels.js';
import { noticeId } from './notice-id.js';
import { budgetSummaryPaths, figureAt } from './summary-figures.js';

export interface ExportTable {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  /** Fields whose values identify a row: `document_id` for a notice's own row, else with `row_number`. */
  primaryKey: string[];
  rows(document: Disclosure): Cell[][];
}

/** A table with the rows of every exported document, as the CSV, workbook and database writers take it. */
export interface TableRows {
  table: ExportTable;
  rows: Cell[][];
}

/** The columns that tie every row to its notice. */
const keyFields: Field[] = [
  text('document_id', '文件标识', 'sha256 of the source file: the key of documents.csv'),
  text('notice_id', '公开标识', 'the same for every rendering (DOCX, PDF, HTML) of one notice: sha256 of its body, year, stage, scope and headline figures'),
  integer('fiscal_year', '年度', 'fiscal year of the notice', 'date:fiscal-year'),
  text('unit', '部门（单位）', 'publishing body (部门/单位)', 'administrative-classification:generic:label'),
];
const keyCells = (document: Disclosure): Cell[] => [document.source.sha256, noticeId(document), document.document.fiscalYear, document.document.unit];

/** A table with one row per notice, keyed by document_id. */
function perDocument(spec: Omit<ExportTable, 'primaryKey'>): ExportTable {
  return {
    ...spec,
    primaryKey: ['document_id'],
    fields: [...keyFields, ...spec.fields],
    rows: (d) => {
      const keys = keyCells(d);
      return spec.rows(d).map((cells) => [...keys, ...cells]);
    },
  };
}

/** A table with many rows per notice, keyed by document_id and the row's number within the notice. */
function perRow(spec: Omit<ExportTable, 'primaryKey'>): ExportTable {
  return {
    ...spec,
    primaryKey: ['document_id', 'row_number'],
    fields: [...keyFields, integer('row_number', '序号', 'position of the row among this notice’s rows of this table, from 1'), ...spec.fields],
    rows: (d) => {
      const keys = keyCells(d);
      return spec.rows(d).map((cells, index) => [...keys, index + 1, ...cells]);
    },
  };
}

/** Where a row was printed: the raw table and row, its printed label and title, its pages. */
const sourceFields: Field[] = [
  integer('source_table', '原表序号', 'index of the raw table in the canonical JSON (tables[] of documents.ndjson)'),
  integer('source_row', '原表行号', 'row of that raw table, from 0'),
  text('table_label', '表号', 'number label printed with the table (部门公开表3, 预算05表, 表1)'),
  text('table_title', '表名', 'title printed over the table'),
  integer('first_page', '起始页', 'page of a PDF the table starts on'),
  integer('last_page', '终止页', 'page of a PDF the table ends on'),
];

function sourceCells(d: Disclosure, source: { table: number; row: number }, label?: string | null, title?: string): Cell[] {
  const raw: RawTable | undefined = d.tables[source.table];
  const pages = raw?.pages ?? [];
  return [
    source.table,
    source.row,
    label !== undefined ? label : raw?.title ? labelFrom([raw.title]) : null,
    title ?? raw?.title ?? null,
    pages.length > 0 ? Math.min(...pages) : null,
    pages.length > 0 ? Math.max(...pages) : null,
  ];
}

const documents = perDocument({
  name: 'documents',
  title: 'Notices',
  description: 'One row per converted notice (a rendering: the DOCX, PDF and HTML of one notice share notice_id).',
  fields: [
    text('file', '文件名', 'source file name'),
    text('format', '格式', 'source format: docx, pdf or html'),
    integer('bytes', '字节数', 'source file size in bytes'),
    integer('pages', '页数', 'pages of a PDF source'),
    text('title', '标题', 'printed title of the notice'),
    text('stage', '阶段', 'budget (预算) or final_accounts (决算)'),
    text('scope', '范围', 'department (部门) or unit (单位)'),
    text('region', '地区', 'administrative region the body belongs to'),
    text('currency_unit', '金额单位', 'unit the notice states its amounts in (the exported amounts are all in yuan)'),
    date('assets_as_of', '资产截止日期', 'date of the fixed-asset figures'),
    yuan('assets_total', '资产总额', 'fixed assets total'),
    integer('fiscal_lines', '财政表行数', 'fiscal table lines'),
    integer('indicators', '绩效指标数', 'performance indicators'),
    integer('procurement_lines', '采购行数', 'procurement lines'),
    integer('findings', '校验发现数', 'validation findings'),
  ],
  rows: (d) => [
    [
      d.source.file,
      d.source.format,
      d.source.bytes,
      d.source.pages,
      d.document.title,
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
});

const budgetSummary = perDocument({
  name: 'budget_summary',
  title: 'Budget summary',
  description:
    'One row per notice: revenue, expenditure, change from the prior year, 机关运行经费, "三公" costs, procurement and fixed assets; beside each figure the sentence or table row it was read from (`…_evidence`).',
  fields: budgetSummaryPaths.flatMap((path) => [
    yuan(snakeCase(path), figureLabels[path] ?? path, `budgetSummary.${path}`, 'value'),
    text(`${snakeCase(path)}_evidence`, `${figureLabels[path] ?? path}（依据）`, `where budgetSummary.${path} was read: the sentence, or \`table N: row\``),
  ]),
  rows: (d) => [budgetSummaryPaths.flatMap((path) => [figureAt(d.budgetSummary, path), d.budgetSummary.evidence[path] ?? null])],
});

/** Measures that are percentages, not money (changePct, carryover.changePct …). */
export const isPercentMeasure = (key: string): boolean => /(?:^|\.)changePct$/u.test(key);

function classified(line: FiscalLine, kind: 'functional' | 'economic'): { code: string; name: string } | null {
  const matches = (scheme: string | null) => scheme === kind || (kind === 'economic' && scheme?.startsWith('economic_'));
  if (line.code && matches(line.scheme)) return { code: line.code, name: line.name };
  const other = line.codes.find((entry) => matches(entry.scheme));
  return other ? { code: other.code, name: other.name } : null;
}

const fiscalLines = perRow({
  name: 'fiscal_lines',
  title: 'Fiscal table lines',
  description:
    'One row per line of the standard fiscal tables and measure (value column). Totals rows (合计/小计) are not lines; amounts are yuan, percentages in `percent`.',
  fields: [
    integer('table_index', '财政表序号', 'position of the fiscal table in the notice (fiscalTables[])'),
    text('table_kind', '表类型', 'kind of fiscal table (income_expenditure_summary, general_public_expenditure …)'),
    text('phase', '预决算', 'budget or final_accounts'),
    text('side', '收支方向', 'revenue or expenditure'),
    text('code', '科目编码', 'classification code as printed, digits only'),
    text('scheme', '分类体系', 'classification scheme of code: functional, economic_department, economic_government, revenue_source'),
    integer('level', '科目级次', 'level of the code: 1 类, 2 款, 3 项'),
    text('name', '科目名称', 'line name (科目名称)'),
    text('sub_unit', '所属单位', 'the sub-unit the line belongs to, when a table lists several'),
    text('functional_code', '功能分类编码', 'functional classification code (支出功能分类)', 'functional-classification:generic:code'),
    text('functional_name', '功能分类名称', 'functional classification name', 'functional-classification:generic:label'),
    text('economic_code', '经济分类编码', 'economic classification code (支出经济分类)', 'economic-classification:generic:code'),
    text('economic_name', '经济分类名称', 'economic classification name', 'economic-classification:generic:label'),
    text('other_codes', '其他分类', 'further classifications printed on the row: scheme:code name, separated by "; "'),
    text('measure', '指标', 'canonical measure key (total, basic, project, generalPublicBudget, priorYear.total …)'),
    text('measure_label', '栏目', 'the value column as printed, on the line’s own side of a two-sided table'),
    yuan('amount', '金额', 'the value of a money measure', 'value'),
    number('percent', '增减率', 'the value of a percentage measure (changePct)', '%'),
    ...sourceFields,
  ],
  rows: (d) =>
    d.fiscalTables.flatMap((table, tableIndex) => {
      const labelsOf = measureLabeller(table, d.tables[table.source.table]);
      return table.lines.flatMap((line) => {
        const functional = classified(line, 'functional');
        const economic = classified(line, 'economic');
        const labels = labelsOf(line);
        const source = sourceCells(d, line.source, table.label, table.title);
        return table.measures
          .filter((measure) => measure.key in line.values)
          .map((measure) => {
            const value = line.values[measure.key];
            return [
              tableIndex,
              table.kind,
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
              labels.get(measure.key) ?? measure.label,
              isPercentMeasure(measure.key) ? null : value,
              isPercentMeasure(measure.key) ? value : null,
              ...source,
            ];
          });
      });
    }),
});

/** The whole-unit target first, then the projects. */
function targetsOf(d: Disclosure): { target: PerformanceTarget; overall: boolean }[] {
  return [
    ...(d.performance.overall ? [{ target: d.performance.overall, overall: true }] : []),
    ...d.performance.projects.map((target) => ({ target, overall: false })),
  ];
}

const indicators = perRow({
  name: 'performance_indicators',
  title: 'Performance indicators',
  description: 'One row per 三级指标 of the 绩效目标表, the whole-unit targets (overall) and each project.',
  fields: [
    flag('overall', '整体绩效', 'true for the whole unit/department target (整体绩效目标), false for a project'),
    text('project', '项目名称', 'project name (项目名称); for overall, the unit'),
    text('project_code', '项目编码', 'project code printed with the name'),
    text('project_unit', '资金使用单位', 'the sub-unit the project belongs to (资金使用单位), where the table states it'),
    yuan('project_budget', '项目资金', 'project funds stated in the table'),
    text('level1', '一级指标', '一级指标'),
    text('level2', '二级指标', '二级指标'),
    text('name', '三级指标', '三级指标'),
    text('description', '指标解释', '指标描述 / 指标解释'),
    text('scoring_rule', '评（扣）分标准', '评（扣）分标准'),
    text('target_raw', '指标值', '指标值 as printed'),
    text('target_operator', '比较符', 'comparison: >=, <=, =, >, <'),
    number('target_value', '目标数值', 'numeric target value, in target_unit'),
    number('target_up_to', '目标上限', "a range target's upper end, inclusive (target_value ≤ x ≤ target_up_to); empty otherwise"),
    text('target_unit', '计量单位', 'unit of target_value (%, 次, 万元 …)'),
    text('target_text', '定性目标', 'qualitative target (合格, 提升 …)'),
    text('basis', '指标值确定依据', '指标值确定依据'),
    number('weight', '权重', '权重 / 分值'),
    text('actual_raw', '实际完成值', '实际完成值 as printed (self-evaluation tables of final accounts; empty elsewhere)'),
    number('actual_value', '实际完成数值', 'numeric actual value, in actual_unit'),
    text('actual_unit', '实际完成值单位', 'unit of actual_value'),
    number('score', '得分', '得分, out of weight (self-evaluation tables)'),
    text('deviation', '偏差原因分析及改进措施', '偏差原因分析及改进措施 as printed (self-evaluation tables)'),
    yuan('project_spent', '全年执行数', "全年执行数 of the project's funds (self-evaluation tables)"),
    number('project_execution_rate', '执行率', '执行率 in percent as printed (self-evaluation tables)'),
    ...sourceFields,
  ],
  rows: (d) =>
    targetsOf(d).flatMap(({ target, overall }) =>
      target.indicators.map((indicator) => [
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
        indicator.target.upTo ?? null,
        indicator.target.unit,
        indicator.target.text,
        indicator.basis,
        indicator.weight,
        indicator.actual?.raw ?? null,
        indicator.actual?.value ?? null,
        indicator.actual?.unit ?? null,
        indicator.score ?? null,
        indicator.deviation ?? null,
        target.selfEvaluation?.funds?.spent ?? null,
        target.selfEvaluation?.funds?.executionRate ?? null,
        ...sourceCells(d, indicator.source),
      ]),
    ),
});

const procurement = perRow({
  name: 'procurement_lines',
  title: 'Procurement lines',
  description: 'One row per line of the 政府采购预算表 (the 合计 and 小计 rows are not lines).',
  fields: [
    text('project', '项目名称', '项目名称'),
    yuan('project_budget', '项目预算资金', '项目预算资金'),
    text('item', '采购品目', '采购物品名称 / 采购品目'),
    text('category', '采购类别', '采购品目大类 / 采购类别 (A 货物, B 工程, C 服务) as printed'),
    text('catalog_code', '采购目录编码', '政府采购目录编码'),
    text('specification', '规格型号', '规格型号 / 配置标准'),
    text('method', '采购方式', '采购组织形式 / 采购方式 (政府集中采购, 分散采购 …)'),
    text('measure_unit', '计量单位', '计量单位'),
    number('quantity', '数量', '数量'),
    yuan('unit_price', '单价', '单价'),
    yuan('amount', '采购金额', '政府采购金额', 'value'),
    text('functional_code', '功能分类科目', '功能分类科目 as printed, split 类|款|项 columns joined', 'functional-classification:generic:code'),
    text('economic_code', '部门经济分类', '部门经济分类 / 经济科目 as printed', 'economic-classification:generic:code'),
    text('government_economic_code', '政府经济分类', '政府经济分类 as printed', 'economic-classification:generic:code'),
    yuan('funding_general_public_budget', '一般公共预算', 'funded by the general public budget'),
    yuan('funding_government_fund', '政府性基金预算', 'funded by the government fund budget'),
    yuan('funding_state_capital', '国有资本经营预算', 'funded by the state capital operation budget'),
    yuan('funding_special_account', '财政专户管理资金', 'funded from the fiscal special account'),
    yuan('funding_unit_funds', '单位资金', 'funded by the unit’s own funds'),
    yuan('funding_fiscal_carryover', '财政拨款结转', 'funded by fiscal carry-over'),
    yuan('funding_non_fiscal_carryover', '非财政拨款结转', 'funded by non-fiscal carry-over'),
    yuan('funding_other', '其他资金', 'every other source printed (事业收入, 上级补助收入, 其他资金 …), summed'),
    yuan('sme_reserved', '预留中小微企业份额', '预留中小微企业份额'),
    ...sourceFields,
  ],
  rows: (d) =>
    d.procurement.lines.map((line) => [
      line.project,
      line.projectBudget,
      line.item,
      line.category,
      line.catalogCode,
      line.specification,
      line.method,
      line.measureUnit,
      line.quantity,
      line.unitPrice,
      line.amount,
      line.functionalCode,
      line.economicCode,
      line.governmentEconomicCode,
      line.funding.generalPublicBudget,
      line.funding.governmentFund,
      line.funding.stateCapital,
      line.funding.specialAccount,
      line.funding.unitFunds,
      line.funding.fiscalCarryover,
      line.funding.nonFiscalCarryover,
      line.funding.other,
      line.smeReserved,
      ...sourceCells(d, line.source),
    ]),
});

const assets = perRow({
  name: 'assets',
  title: 'Fixed assets',
  description: 'One row per item of the fixed-asset table.',
  fields: [
    date('as_of', '截止日期', 'date of the figures'),
    text('item', '资产项目', 'asset item'),
    number('quantity', '数量', 'quantity'),
    yuan('value', '价值', 'value', 'value'),
    ...sourceFields,
  ],
  rows: (d) => d.assets.items.map((item) => [d.assets.asOf, item.item, item.quantity, item.value, ...sourceCells(d, item.source)]),
});

const findings = perRow({
  name: 'findings',
  title: 'Validation findings',
  description: 'Inconsistencies the notice itself contains (sums that do not add up, figures that differ between tables …).',
  fields: [
    text('code', '类型', 'finding code (SUM_MISMATCH, CROSS_TABLE_MISMATCH …)'),
    text('severity', '严重程度', 'error, warning or info'),
    text('path', '位置', 'JSON pointer into the canonical document'),
    text('message', '说明', 'what is inconsistent'),
    number('expected', '应为', 'the value the document implies'),
    number('actual', '实为', 'the value the document prints'),
  ],
  rows: (d) => d.validation.map((finding) => [finding.code, finding.severity, finding.path, finding.message, finding.expected ?? null, finding.actual ?? null]),
});

export const exportTables: readonly ExportTable[] = [documents, budgetSummary, fiscalLines, indicators, procurement, assets, findings];
