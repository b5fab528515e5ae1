// 职责 and 机构设置: the duties as one string per numbered item, and the budget
// units from the 机构设置 table (or, without one, from the sentence naming the
// units within the budget's scope).
import type { Disclosure, OrgUnit } from '../schema/canonical.js';
import { isAside } from '../tables/row-role.js';
import type { Table } from '../tables/table.js';
import type { DocumentView, ViewItem } from './document-view.js';
import { hasEnumerator, stripEnumerator } from '../text/enumerators.js';
import { topLevelHeading } from './narrative/sentences.js';

/** `单位职责：`, `（一）本部门职责情况`, `一、部门主要职能`, `一、单位职责及机构设置情况`. */
const dutiesHeading = /(?:职责|职能)(?:情况|及.{0,12})?\s*[：:]?$/u;
/** Where the duties end: the organisation part or a part on people, units or tasks. */
const afterDuties = /机构设置|机构情况|内设机构|人员(?:情况|编制)|单位构成|工作任务|预算单位/u;

export function readOrganization(view: DocumentView): Disclosure['organization'] {
  const units = view.tables.filter((table) => table.kind === 'organization').flatMap(unitsFromTable);
  return { duties: readDuties(view.items), units: units.length > 0 ? units : unitsFromProse(view.paragraphs) };
}

/**
 * The numbered items after the first duties heading. Decision: a duties part printed as one
 * paragraph without enumerators is split at its semicolons (the genre's item separator);
 * a lead-in ending with a colon (`主要职责是：`) is not a duty.
 */
function readDuties(items: readonly ViewItem[]): string[] {
  const start = items.findIndex((item) => item.type === 'text' && item.text.length <= 40 && dutiesHeading.test(item.text));
  if (start < 0) return [];
  const paragraphs: string[] = [];
  for (const item of items.slice(start + 1)) {
    if (item.type !== 'text') break;
    if (item.text.length <= 40 && dutiesHeading.test(item.text)) continue;
    if (endsDuties(item.text)) break;
    paragraphs.push(item.text);
  }
  const body = paragraphs.filter((text) => !/[：:]$/u.test(text));
  if (!body.some(hasEnumerator)) return body.flatMap((text) => text.split(/[；;]/u)).map((text) => text.trim()).filter(Boolean);
  const duties: string[] = [];
  for (const text of body) {
    if (hasEnumerator(text) || duties.length === 0) duties.push(stripEnumerator(text));
    else duties[duties.length - 1] += text;
  }
  return duties;
}

/** A short heading (`二、机构设置`, `机构设置：`), or an item opening with the next part's name (`（二）机构设置局机关设…`). */
function endsDuties(text: string): boolean {
  const heading = text.length <= 40 && (topLevelHeading.test(text) || afterDuties.test(text));
  return heading || afterDuties.test(stripEnumerator(text).slice(0, 8));
}

const columns: Record<keyof OrgUnit, RegExp> = {
  name: /单位名称|机构名称|单位全称|^单位$/u,
  nature: /单位性质|机构性质/u,
  rank: /单位规格|机构规格|规格|级别/u,
  funding: /经费保障形式|经费形式|经费来源|经费保障/u,
};

/** The body rows of a table whose header names 单位名称: totals, notes and captions name no unit. */
function unitsFromTable(table: Table): OrgUnit[] {
  const column = (key: keyof OrgUnit) => table.header.paths.findIndex((path) => columns[key].test(path));
  const at = { name: column('name'), nature: column('nature'), rank: column('rank'), funding: column('funding') };
  if (at.name < 0) return [];
  return table.body.flatMap(({ role, texts }) => {
    if (isAside(role) || role === 'total' || role === 'subtotal') return [];
    const cell = (index: number) => (index >= 0 ? texts[index] || null : null);
    const name = cell(at.name);
    if (!name) return [];
    return [{ name, nature: cell(at.nature), rank: cell(at.rank), funding: cell(at.funding) }];
  });
}

/** `纳入2026年部门预算编制范围的只有长沙市信访局本级。` (Changsha) — units named in the sentence on the budget's scope. */
const scopeSentence = /(?:纳入|列入)[^。]*?预算(?:编制)?范围的?[^。：:]*?(?:只有|仅有|包括|为)[:：]?([^。]+)/u;
const unitName = /(?:本级|机关|局|委员会|委|办公室|办|厅|院|中心|站|所|队|馆|学校|校|社|会|部)$/u;
const genericName = /^(?:部门|单位|本部门|本单位|所属|下属|其他|二级)/u;

function unitsFromProse(paragraphs: readonly string[]): OrgUnit[] {
  for (const text of paragraphs) {
    const match = scopeSentence.exec(text);
    if (!match) continue;
    const names = match[1].split(/[、，,；;]|和|及/u).map((name) => name.trim()).filter((name) => name.length >= 4 && unitName.test(name) && !genericName.test(name));
    if (names.length > 0) return names.map((name) => ({ name, nature: null, rank: null, funding: null }));
  }
  return [];
}
