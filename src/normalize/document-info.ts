// Which notice this is: title, publishing body, year, stage, scope, region and
// the unit its amounts are stated in, read from the content (a file name may lie).
import { ConversionError } from '../errors.js';
import type { DocumentInfo } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';

/** A notice title names a year and a budget or final-account publication (a 绩效目标表 publishes the budget's targets). */
const titleShape = /(?:19|20)\d{2}\s*年(?:度)?.*?(?:预算|决算|绩效目标)/u;
/** How many leading paragraphs may stand before the title (site chrome, document numbers). */
const TITLE_WINDOW = 12;

export function readDocumentInfo(view: DocumentView): DocumentInfo {
  const title = findTitle(view);
  if (!title) {
    throw new ConversionError(
      'NOT_A_DISCLOSURE',
      'no budget or final-accounts notice title (a year with 预算/决算) was found; this does not look like a disclosure notice',
    );
  }
  const fiscalYear = Number(/((?:19|20)\d{2})\s*年/u.exec(title)![1]);
  const unit = namedBody(view) ?? unitFromTitle(title);
  return {
    title,
    unit,
    fiscalYear,
    stage: /决算/u.test(title) ? 'final_accounts' : 'budget',
    scope: /部门(?:预算|决算)/u.test(title) ? 'department' : /单位(?:预算|决算)/u.test(title) ? 'unit' : null,
    region: regionOf(unit),
    currencyUnit: narrativeUnit(view),
  };
}

function findTitle(view: DocumentView): string | null {
  const candidates = view.paragraphs.slice(0, TITLE_WINDOW).filter((text) => text.length <= 80 && titleShape.test(text));
  if (candidates.length === 0) return null;
  // A title sometimes breaks over two lines ("…2023年" / "部门预算公开"): prefer a complete one.
  return candidates.find((text) => /公开|说明|情况|报告/u.test(text)) ?? candidates[0];
}

/** The body: the title without its year and publication words, and without scope notes like （本级）. */
export function unitFromTitle(title: string): string {
  const beforeYear = title.split(/(?:19|20)\d{2}\s*年(?:度)?/u)[0].trim();
  const afterYear = title
    .replace(/^.*?(?:19|20)\d{2}\s*年(?:度)?/u, '')
    .replace(/(?:部门|单位)?(?:预算|决算).*$/u, '')
    .trim();
  const unit = beforeYear || afterYear;
  return unit.replace(/[（(](?:本级|汇总|含[^）)]*|部门|单位)[)）]/gu, '').trim();
}

/**
 * A title naming only a region (`上海市普陀区2024年区级部门预算`) states the body on a line of
 * its own: `预算主管部门：上海市普陀区人民政府万里街道办事处`.
 */
const bodyLine = /^(?:预算主管部门|主管部门|部门名称|单位名称)\s*[:：]\s*(\S{4,40})$/u;

function namedBody(view: DocumentView): string | null {
  for (const text of view.paragraphs.slice(0, TITLE_WINDOW)) {
    const match = bodyLine.exec(text);
    if (match) return unitFromTitle(match[1]);
  }
  return null;
}

/** Province, prefecture and county levels, most specific kept (上海市普陀区); 社区/园区 are not districts. */
const regionPattern =
  /^(?:中共|中国共产党)?((?:.{2,7}?(?:省|自治区|特别行政区))?(?:.{2,7}?(?:市|自治州|地区|盟))?(?:[^社园景小片校营辖]{1,4}?(?:区|县|自治县|旗))?)/u;

/** The administrative region the body's name begins with (廊坊市), or null for central bodies. */
function regionOf(unit: string): string | null {
  const region = regionPattern.exec(unit)?.[1];
  return region ? region : null;
}

/** The unit most of the narrative's amounts are stated in; else the first table's; else 万元. */
function narrativeUnit(view: DocumentView): string {
  const counts = new Map<string, number>();
  for (const text of view.paragraphs) {
    for (const match of text.matchAll(/\d\s*(亿元|万元|千元|元)/gu)) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  return view.tables.find((table) => table.unitOfMeasure)?.unitOfMeasure ?? '万元';
}
