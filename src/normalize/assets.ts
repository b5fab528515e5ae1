// 固定资产占用情况表 → assets. The table often prints its own title, 编制部门
// and 截止时间 as rows above the header; the 资产总额 row is the total, every
// other row an item (`其中：` rows are items too; validation treats them as parts
// of the row above). The table's date is its caption's (截止时间, or the line
// before it). Assets stated only in prose (截至…共有车辆5辆) stay in the
// narrative: an AssetItem points at a table row.
import { parseAmount, unitFromCaption, yuanFromText, type CurrencyUnit } from '../money/amount.js';
import type { AssetItem, Disclosure } from '../schema/canonical.js';
import { columnsByAlias } from '../tables/header.js';
import { isAside } from '../tables/row-role.js';
import { totalRole } from '../tables/total-words.js';
import { stripEnumerator } from '../text/enumerators.js';
import type { DocumentView } from './document-view.js';

const aliases = [
  { key: 'quantity', pattern: /数量/u },
  { key: 'value', pattern: /价值|金额|原值|账面/u },
  { key: 'item', pattern: /项目|名称|类别|资产/u },
] as const;

/** 资产总额 is the assets' whole; before a total word, 资产 names the table's subject (资产合计). */
const wholeOfAssets = /^(?:资产)?总额$/u;

type Assets = Disclosure['assets'];

export function readAssets(view: DocumentView): Assets {
  const table = view.tables.find((candidate) => candidate.kind === 'assets');
  if (!table) return { asOf: null, total: null, items: [] };
  const columns = columnsByAlias(table.header.paths, aliases);
  const itemColumn = columns.item?.[0] ?? 0;
  const quantityColumn = columns.quantity?.[0];
  const valueColumn = columns.value?.[0];
  // An asset table states what it holds by value or by number; a table naming neither is no asset list
  // (a 内设机构 list whose 固定资产投资处 cell made it look like one).
  if (valueColumn === undefined && quantityColumn === undefined) return { asOf: table.caption.date, total: null, items: [] };
  // The value column's own unit (`价值（金额单位：万元）`), else the table's caption, else 元.
  const unit: CurrencyUnit = (valueColumn === undefined ? null : unitFromCaption(table.header.paths[valueColumn])) ?? table.caption.unit ?? '元';

  let total: number | null = null;
  const items: AssetItem[] = [];
  for (const { row, role, texts } of table.body) {
    const cellAt = (column: number | undefined) => (column === undefined ? '' : texts[column]);
    const item = stripEnumerator(cellAt(itemColumn));
    if (item === '' || isAside(role)) continue;
    const value = yuanFromText(cellAt(valueColumn), unit);
    if (totalRole(item.replace(/^资产/u, '')) === 'total' || wholeOfAssets.test(item)) {
      total ??= value;
      continue;
    }
    const quantity = parseAmount(cellAt(quantityColumn))?.toNumber() ?? null;
    items.push({ item, quantity, value, source: { table: table.index, row } });
  }
  return { asOf: table.caption.date, total, items };
}
