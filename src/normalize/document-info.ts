// Which notice this is: title, publishing body, year, stage, scope, region and
// the unit its amounts are stated in, read from the content (a file name may lie).
import { ConversionError } from '../errors.js';
import type { DocumentInfo } from '../schema/canonical.js';
import type { TableKind } from '../tables/table-kind.js';
import { parseTitle, withArabicYears, withoutScopeNotes, type TitleParts } from './disclosure-title.js';
import type { DocumentView } from './document-view.js';

/** How many leading paragraphs may stand before the title (site chrome, document numbers). */
const TITLE_WINDOW = 12;
/** A cover prints its title over at most this many short lines (`2026 年度` / `福州市医疗保障局` / `部门预算`). */
const COVER_LINES = 3;
const COVER_LINE_LENGTH = 40;
const TITLE_LENGTH = 80;

/** Table kinds only a budget or final-account publication prints (a tables-only or targets-only part). */
const disclosureTableKinds: ReadonlySet<TableKind> = new Set(['fiscal', 'performance_overall', 'performance_project']);

/** A performance evaluation report (绩效评价报告) is published beside the notices, and is none. */
const evaluationReport = /绩效评价报告|评价报告$/u;

export function readDocumentInfo(view: DocumentView): DocumentInfo {
  const title = findTitle(view.paragraphs) ?? contentsTitle(view.paragraphs);
  if (!title && view.paragraphs.slice(0, TITLE_WINDOW).some((line) => line.length <= TITLE_LENGTH && evaluationReport.test(line))) {
    throw new ConversionError('NOT_A_DISCLOSURE', 'a performance evaluation report (绩效评价报告), not a budget or final-accounts notice');
  }
  if (!title && !view.tables.some((table) => disclosureTableKinds.has(table.kind))) {
    throw new ConversionError(
      'NOT_A_DISCLOSURE',
      'not a budget or final-accounts notice: no title naming a year and 预算/决算 (such as `XX局2024年部门预算公开`) ' +
        'in its first lines and no budget table (收支总表, 支出表, 绩效目标表); check that this is the notice itself',
    );
  }
  const fiscalYear = title?.parts.fiscalYear ?? mostNamedYear(view);
  if (fiscalYear === null) {
    throw new ConversionError('NOT_A_DISCLOSURE', 'budget tables without a year anywhere in the document: cannot tell which fiscal year they publish');
  }
  const captioned = captionedBody(view);
  const titleBody = title?.parts.body ?? '';
  // A title naming only its region (`上海市普陀区2024年区级部门预算`) leaves the body to a caption line.
  const unit = titleBody && !isRegionOnly(titleBody) ? titleBody : (captioned?.name ?? titleBody);
  return {
    title: title?.text ?? firstTableTitle(view) ?? '',
    unit,
    fiscalYear,
    stage: title?.parts.stage ?? (view.tables.some((table) => /决算/u.test(table.title.printed ?? '')) ? 'final_accounts' : 'budget'),
    scope: title?.parts.scope ?? captioned?.scope ?? null,
    region: regionOf(unit),
    currencyUnit: narrativeUnit(view),
  };
}

interface FoundTitle {
  text: string;
  parts: TitleParts;
}

/** Lines that end a cover title: a table of contents, a caption, an enumerated heading, a date. */
const notCoverLine = /^(?:目\s*录|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、．.]|（[一二三四五六七八九十]+）|\d+[、．.]|.*[:：])|^[〇零一二三四五六七八九\d]{4}年[〇零一二三四五六七八九十\d]{1,3}月/u;

/**
 * The notice title: the first leading line that, alone or joined with up to two following cover
 * lines, has a title's shape. A cover that prints the body on a line of its own above the year
 * (`北京市发展和改革委员会` / `2026 年度部门预算信息公开`) gets that line prepended.
 */
function findTitle(paragraphs: readonly string[]): FoundTitle | null {
  const window = paragraphs.slice(0, TITLE_WINDOW);
  for (let start = 0; start < window.length; start++) {
    for (let end = start; end < Math.min(window.length, start + COVER_LINES); end++) {
      const lines = window.slice(start, end + 1);
      if (notCoverLine.test(lines[lines.length - 1]) || (end > start && lines.some((line) => line.length > COVER_LINE_LENGTH))) break;
      const text = lines.join('');
      if (text.length > TITLE_LENGTH) break;
      const parts = parseTitle(text);
      if (!parts) continue;
      const above = window[start - 1];
      if (!parts.body && above && isBodyLine(above)) {
        const joined = parseTitle(above + text);
        if (joined) return { text: above + text, parts: joined };
      }
      return { text, parts };
    }
  }
  return null;
}

/** A part entry of a table of contents (`第一部分 2026年度部门预算情况说明`). */
const contentsPart = /^第[一二三四五六七八九十]+部分\s*/u;

/**
 * A notice that opens with its table of contents, without a title of its own (an explanation
 * published apart from its tables): the first part entry with a title's shape names it.
 */
function contentsTitle(paragraphs: readonly string[]): FoundTitle | null {
  for (const line of paragraphs.slice(0, TITLE_WINDOW)) {
    if (!contentsPart.test(line) || line.length > TITLE_LENGTH) continue;
    const text = line.replace(contentsPart, '');
    const parts = parseTitle(text);
    if (parts) return { text, parts };
  }
  return null;
}

/** A cover line naming a body: short, no year, no sentence or caption punctuation. */
function isBodyLine(line: string): boolean {
  return line.length <= COVER_LINE_LENGTH && !/\d{4}|[。，；：:]/u.test(withArabicYears(line)) && !notCoverLine.test(line);
}

/**
 * Lines and table cells that name the body: `预算主管部门：…`, `部门名称：…`, `单位名称：…`, `编制部门：…`,
 * most authoritative first. A unit-of-measure note after the name (`…局 单位：万元`) is cut off.
 */
const bodyCaptions: { label: RegExp; scope: DocumentInfo['scope'] }[] = [
  { label: /^(?:预算)?主管部门$/u, scope: null },
  { label: /^部门名称$/u, scope: 'department' },
  { label: /^编制(?:部门|单位)$/u, scope: null },
  { label: /^单位名称$/u, scope: 'unit' },
];
const captionLine = /^([^:：]{2,8})[:：](.{4,60}?)(?:(?:金额)?单位[:：].*)?$/u;

function captionedBody(view: DocumentView): { name: string; scope: DocumentInfo['scope'] } | null {
  const pairs: [string, string][] = [];
  for (const text of view.paragraphs) {
    const match = captionLine.exec(text);
    if (match) pairs.push([match[1], match[2]]);
  }
  for (const table of view.tables) {
    for (const row of table.cells) {
      row.forEach((cell, i) => {
        const match = captionLine.exec(cell.text);
        if (match) pairs.push([match[1], match[2]]);
        else if (row[i + 1]?.text) pairs.push([cell.text, row[i + 1].text]);
      });
    }
  }
  for (const caption of bodyCaptions) {
    const pair = pairs.find(([label, name]) => caption.label.test(label) && name.length >= 4);
    if (pair) return { name: withoutScopeNotes(pair[1]), scope: caption.scope };
  }
  return null;
}

/** A tables-only publication has no title line; its first table's printed title stands for it (else ''). */
function firstTableTitle(view: DocumentView): string | null {
  return view.tables.find((table) => table.title.printed)?.title.printed ?? null;
}

/** The year a titleless publication names most often (its tables say `2026年…`), later year on a tie. */
function mostNamedYear(view: DocumentView): number | null {
  const counts = new Map<number, number>();
  const texts = [...view.paragraphs, ...view.tables.flatMap((table) => [table.title.printed ?? '', ...table.cells.flat().map((cell) => cell.text)])];
  for (const text of texts) {
    for (const match of withArabicYears(text).matchAll(/((?:19|20)\d{2})\s*年/gu)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0] ?? null;
}

/** Province, prefecture and county levels, most specific kept (上海市普陀区); 社区/园区 are not districts. */
const regionPattern =
  /^(?:中共|中国共产党)?((?:.{2,7}?(?:省|自治区|特别行政区))?(?:.{2,7}?(?:市|自治州|地区|盟))?(?:[^社园景小片校营辖]{1,4}?(?:区|县|自治县|旗))?)/u;

/** The administrative region the body's name begins with (廊坊市), or null for central bodies. */
function regionOf(unit: string): string | null {
  const region = regionPattern.exec(unit)?.[1];
  return region ? region : null;
}

function isRegionOnly(name: string): boolean {
  return regionOf(name) === name;
}

/** The unit most of the narrative's amounts are stated in; else the first table's; else 万元. */
function narrativeUnit(view: DocumentView): string {
  const counts = new Map<string, number>();
  for (const text of view.paragraphs) {
    for (const match of text.matchAll(/\d\s*(亿元|万元|千元|元)/gu)) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  return view.tables.find((table) => table.caption.unit)?.caption.unit ?? '万元';
}
