// 固定资产占用情况表 → assets. The table often prints its own title, 编制部门
// and 截止时间 as rows above the header; the 资产总额 row is the total, every
// other row an item (`其中：` rows are items too; validation treats them as parts
// of the row above). Assets stated only in prose (截至…共有车辆5辆) stay in the
// narrative: an AssetItem points at a table row.
import { isCurrencyUnit, parseAmount, unitFromCaption, yuanFromText, type CurrencyUnit } from '../money/amount.js';
import type { AssetItem, Disclosure, RawTable } from '../schema/canonical.js';
import { toGrid } from '../tables/grid.js';
import { columnsByAlias, readHeader } from '../tables/header.js';
import { stripEnumerator } from '../text/enumerators.js';
import type { DocumentView } from './document-view.js';

const aliases = [
  { key: 'quantity', pattern: /数量/u },
  { key: 'value', pattern: /价值|金额|原值|账面/u },
  { key: 'item', pattern: /项目|名称|类别|资产/u },
] as const;

const totalLabel = /^(?:资产)?(?:总额|总计|合计)$/u;
const dated = /截[止至](?:时间|日期)?[:：]?(\d{4})年(\d{1,2})月(\d{1,2})日/u;
const yearEnd = /截[止至](\d{4})年(?:底|末)/u;
/** How many paragraphs before the table may state its date. */
const LOOKBACK = 3;

type Assets = Disclosure['assets'];

export function readAssets(view: DocumentView): Assets {
  const table = view.tables.find((candidate) => candidate.kind === 'assets');
  if (!table) return { asOf: null, total: null, items: [] };
  const grid = toGrid(table.rows);
  const header = readHeader(grid);
  const columns = columnsByAlias(header.paths, aliases);
  const itemColumn = columns.item?.[0] ?? 0;
  const quantityColumn = columns.quantity?.[0];
  const valueColumn = columns.value?.[0];
  const unit = valueUnit(table, valueColumn === undefined ? '' : header.paths[valueColumn]);

  let total: number | null = null;
  const items: AssetItem[] = [];
  for (let row = header.bodyStart; row < grid.length; row++) {
    const cellAt = (column: number | undefined) => (column === undefined ? '' : grid[row][column].cell.text);
    const item = stripEnumerator(cellAt(itemColumn));
    if (item === '') continue;
    const value = yuanFromText(cellAt(valueColumn), unit);
    if (totalLabel.test(item)) {
      total ??= value;
      continue;
    }
    const quantity = parseAmount(cellAt(quantityColumn))?.toNumber() ?? null;
    items.push({ item, quantity, value, source: { table: table.index, row } });
  }
  const preamble = table.rows.slice(0, header.start).flat().map((cell) => cell.text);
  return { asOf: asOfDate([...preamble, ...textsBefore(view, table)]), total, items };
}

/** The value column's own unit (`价值（金额单位：万元）`), else the table's caption, else 元. */
function valueUnit(table: RawTable, valuePath: string): CurrencyUnit {
  const stated = unitFromCaption(valuePath) ?? table.unitOfMeasure;
  return stated && isCurrencyUnit(stated) ? stated : '元';
}

/** The paragraphs just before the table, nearest first. */
function textsBefore(view: DocumentView, table: RawTable): string[] {
  const at = view.items.findIndex((item) => item.type === 'table' && item.table === table);
  const texts: string[] = [];
  for (let i = at - 1; i >= 0 && texts.length < LOOKBACK; i--) {
    const item = view.items[i];
    if (item.type === 'table') break;
    texts.push(item.text);
  }
  return texts;
}

function asOfDate(texts: readonly string[]): string | null {
  for (const text of texts) {
    const day = dated.exec(text);
    if (day) return `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}`;
    const end = yearEnd.exec(text);
    if (end) return `${end[1]}-12-31`;
  }
  return null;
}
