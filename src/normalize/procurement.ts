// 政府采购预算表 → procurement lines. Columns are found by their header path
// through one alias table, so the genre's layouts read with the same code:
// by project with funding columns (Langfang, Jiangsu), by category A/B/C
// (Beijing), item-level with catalogue codes, specifications and split
// 类|款|项 classification columns (Xi'an).
import { parseAmount, sumYuan, yuanFromText, type CurrencyUnit } from '../money/amount.js';
import { procurementFundingKeys, type Disclosure, type ProcurementLine } from '../schema/canonical.js';
import { columnsByAlias } from '../tables/header.js';
import { isAside } from '../tables/row-role.js';
import type { Table } from '../tables/table.js';
import { totalRole } from '../tables/total-words.js';
import { stripEnumerator } from '../text/enumerators.js';
import type { DocumentView } from './document-view.js';

type Funding = ProcurementLine['funding'];
type FundingKey = keyof Funding;
type TextKey = 'project' | 'item' | 'catalogCode' | 'measureUnit' | 'category' | 'specification' | 'method';
type CodeKey = 'functionalCode' | 'economicCode' | 'governmentEconomicCode';
type MoneyKey = 'projectBudget' | 'unitPrice' | 'amount' | 'smeReserved';
type ColumnKey = TextKey | CodeKey | MoneyKey | FundingKey | 'quantity';

/** Header path → field. Order matters: the first match wins, so narrower patterns come first. */
const aliases: readonly { key: ColumnKey; pattern: RegExp }[] = [
  { key: 'smeReserved', pattern: /中小.{0,2}企业/u },
  { key: 'nonFiscalCarryover', pattern: /非财政拨款结[转余]/u },
  { key: 'fiscalCarryover', pattern: /财政拨款结[转余]/u },
  { key: 'generalPublicBudget', pattern: /一般公共预算/u },
  { key: 'governmentFund', pattern: /政府性基金|基金预算/u },
  { key: 'stateCapital', pattern: /国有资本经营/u },
  { key: 'specialAccount', pattern: /财政专户/u },
  { key: 'unitFunds', pattern: /单位(?:自有)?资金/u },
  { key: 'other', pattern: /其他(?:资金|收入)$|事业收入$|上级补助|附属单位|经营收入$/u },
  { key: 'governmentEconomicCode', pattern: /政府[^/]*经济/u },
  { key: 'economicCode', pattern: /经济(?:分类|科目)/u },
  { key: 'functionalCode', pattern: /功能分类|科目编码/u },
  { key: 'projectBudget', pattern: /项目[^/]*\/预算(?:资金|金额|数)$|^项目(?:预算|资金)$/u },
  { key: 'project', pattern: /项目名称$|专项名称$|^(?:采购|预算)?项目$/u },
  { key: 'category', pattern: /品目大类$|采购(?:类别|类型|品目)$/u },
  { key: 'catalogCode', pattern: /目录(?:序号|编码|代码)?$|品目(?:编码|代码)$/u },
  { key: 'item', pattern: /(?:物品|品目|货物|服务)名称$|采购内容$/u },
  { key: 'specification', pattern: /规格|型号|配置标准/u },
  { key: 'method', pattern: /采购(?:组织形式|方式)$/u },
  { key: 'measureUnit', pattern: /计量单位$|^单位$/u },
  { key: 'quantity', pattern: /数量$/u },
  { key: 'unitPrice', pattern: /单价$/u },
  { key: 'amount', pattern: /(?:合计|总计)$|金额$|^预算(?:数|资金)$/u },
];

/** Descriptive columns a group row gives to the blank cells of the lines beneath it, as a merged cell would. */
const inheritedKeys: readonly ColumnKey[] = ['category', 'project', 'functionalCode', 'economicCode', 'governmentEconomicCode'];

/** The procurement categories, as the genre prints them: `货物`, `A-货物`, `货物A`, `工程类`. */
const categoryName = /^(?:[A-C][-－、.]?)?(?:货物|工程|服务)类?[A-C]?$/u;
/** A catalogue code printed with its item name (`A02021119条码扫描器`). */
const codedItem = /^([A-C]\d{2,})\s*(.*)$/u;

type Columns = Partial<Record<ColumnKey, number[]>>;
type Procurement = Disclosure['procurement'];

export function readProcurement(view: DocumentView): Procurement {
  const read = view.tables.filter((table) => table.kind === 'procurement').map(readTable);
  return {
    total: read.find((table) => table.total !== null)?.total ?? null,
    subtotals: read.flatMap((table) => table.subtotals),
    lines: read.flatMap((table) => table.lines),
  };
}

function readTable(table: Table): Procurement {
  const columns = columnsByAlias(table.header.paths, aliases);
  const unit: CurrencyUnit = table.caption.unit ?? '元';
  const itemColumns = [...(columns.item ?? []), ...(columns.catalogCode ?? [])];
  const inheritable = new Set(inheritedKeys.flatMap((key) => columns[key] ?? []));
  /** Per column, the label of the group row the current lines belong to. */
  const groupLabels: string[] = [];
  const result: Procurement = { total: null, subtotals: [], lines: [] };
  for (const { row, role, texts, labelColumn } of table.body) {
    if (isAside(role)) continue;
    const source = { table: table.index, row };
    // In an item-level table, a row naming no item heads a group (a unit, a category, a project).
    const namesNoItem = itemColumns.length > 0 && itemColumns.every((column) => texts[column] === '');
    if (role === 'total' && result.total === null) {
      // 合计 names no project, item or category: the label itself is not carried.
      result.total = readLine(texts.with(labelColumn, ''), columns, unit, source);
    } else if (role === 'subtotal' || role === 'total' || namesNoItem) {
      result.subtotals.push(readLine(texts, columns, unit, source));
      // A group row relabels its own level and every level below it; the levels to its left stay.
      texts.forEach((text, column) => {
        if (column >= labelColumn && inheritable.has(column)) groupLabels[column] = totalRole(text) === 'subtotal' ? '' : text;
      });
    } else {
      const filled = texts.map((text, column) => (text === '' && inheritable.has(column) ? (groupLabels[column] ?? '') : text));
      result.lines.push(readLine(filled, columns, unit, source));
    }
  }
  return result;
}

function readLine(texts: string[], columns: Columns, unit: CurrencyUnit, source: ProcurementLine['source']): ProcurementLine {
  const text = (key: TextKey): string | null => columns[key]?.map((c) => texts[c]).find((t) => t !== '') ?? null;
  const code = (key: CodeKey): string | null => columns[key]?.map((c) => texts[c]).join('') || null;
  // funding.other gathers every other source, so it is the sum of its columns; any other field is its first column.
  const money = (key: MoneyKey | FundingKey): number | null => {
    const printed = (columns[key] ?? []).slice(0, key === 'other' ? undefined : 1);
    const values = printed.flatMap((column) => yuanFromText(texts[column], unit) ?? []);
    return values.length === 0 ? null : sumYuan(values);
  };
  const quantityColumn = columns.quantity?.[0];
  const quantity = quantityColumn === undefined ? null : parseAmount(texts[quantityColumn]);
  const catalog = splitCatalog(text('catalogCode'));
  const printedProject = text('project');
  // Tables by category head their label column 项目 (Chongqing: 项目编号 A | 项目 货物).
  const isCategory = printedProject !== null && categoryName.test(printedProject);
  const project = isCategory ? null : printedProject;
  const category = isCategory ? printedProject : text('category');
  return {
    project: project && stripEnumerator(project),
    projectBudget: money('projectBudget'),
    item: text('item') ?? catalog.name,
    catalogCode: catalog.code,
    measureUnit: text('measureUnit'),
    quantity: quantity?.toNumber() ?? null,
    unitPrice: money('unitPrice'),
    amount: money('amount'),
    funding: Object.fromEntries(procurementFundingKeys.map((key) => [key, money(key)])) as Funding,
    smeReserved: money('smeReserved'),
    category: category && stripEnumerator(category),
    specification: text('specification'),
    method: text('method'),
    functionalCode: code('functionalCode'),
    economicCode: code('economicCode'),
    governmentEconomicCode: code('governmentEconomicCode'),
    source,
  };
}

function splitCatalog(cell: string | null): { code: string | null; name: string | null } {
  if (cell === null) return { code: null, name: null };
  const match = codedItem.exec(cell);
  if (!match) return { code: cell, name: null };
  return { code: match[1], name: match[2] || null };
}
