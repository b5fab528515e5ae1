// The outline: the notice's numbered top-level sections (一、… 二、…) with their text.
//
// How the genre prints it, and what this reads:
// - A table of contents (目录) lists the sections, often with dot leaders and page numbers,
//   sometimes several entries fused on one line. It is skipped: it ends where the body
//   restarts (a part marker it already listed, or an entry it already holds).
// - Many notices group the sections into parts (第一部分 部门概况, 第二部分 部门预算表, …). A part
//   is no section: each section carries the part it stands in (`part`). Numbering either restarts
//   in each part (Jiangsu, Fuzhou) or runs on across parts (Xi'an); both are accepted.
// - A part that holds the tables (its title ends in 表: 部门预算表, 预算报表, 公开报表) has no
//   sections: its numbered lines are table titles.
// - Top-level numbers run in sequence: a `一、` inside section 六 opens a list within it, not a
//   section (Shanghai's 其他相关情况说明 has its own 一、二、三). A section's number is the
//   next one, or 一 right after a part marker, or one the table of contents confirms.
// - Some bodies print the top-level titles without their numbers (Shanghai: `部门主要职能`),
//   the table of contents holding `一、部门主要职能`: such a line takes the number from there.
import type { Disclosure } from '../schema/canonical.js';
import type { DocumentView, ViewItem } from './document-view.js';

type Section = Disclosure['sections'][number];

const NUMERALS = '一二三四五六七八九十';
const sectionHeading = new RegExp(`^([${NUMERALS}]{1,3})\\s*[、．.]\\s*(.{2,40}?)[。.]?$`, 'u');
const partMarker = new RegExp(`^(第[${NUMERALS}]{1,3}部分)[:：\\s]*(.*)$`, 'u');
const tocStart = /^目\s*录/u;
const enumerated = new RegExp(`^(?:第[${NUMERALS}]+部分|[${NUMERALS}]+[、．.]|（[${NUMERALS}]+）|\\d+\\s*[、．.])`, 'u');
const leaders = /(?:[.．·…]\s*){3,}\s*\d*|…+\s*\d*/gu;
const hasLeaders = /(?:[.．·…]\s*){3,}|…/u;
/** A title holding a second `X、` is several TOC entries fused on one line, not a heading. */
const fusedEntry = new RegExp(`.[${NUMERALS}]+、`, 'u');
const TOC_LINE_LENGTH = 60;
const TITLE_LENGTH_UNNUMBERED = 30;
const UNNUMBERED_LINE_LENGTH = 40;
/** A TOC title this long may be matched at the end of a body line that prefixes the body's name. */
const MIN_SUFFIX_TITLE = 4;
/** An entry runs to the next enumerator or part marker in the run-together contents. */
const nextEntry = `(?=[${NUMERALS}]{1,3}[、．.]|第[${NUMERALS}]{1,3}部分|\\d+[、．.]|$)`;
const tocEntry = new RegExp(`([${NUMERALS}]{1,3})[、．.](.+?)${nextEntry}`, 'gu');
const tocPart = new RegExp(`(第[${NUMERALS}]{1,3}部分)[:：]?(.*?)${nextEntry}`, 'gu');

export function readSections(view: DocumentView): Section[] {
  const toc = tableOfContents(view.items);
  const sections: Section[] = [];
  let current: Section | null = null;
  const lines: string[] = [];
  const close = () => {
    if (current) sections.push({ ...current, text: lines.join('\n') });
    current = null;
    lines.length = 0;
  };
  const items = view.items.slice(toc?.end ?? 0);
  // Parts are the top level only when the contents list them or the body opens with one; a
  // 第一部分 printed inside a section (Langfang's 五、绩效预算信息) is that section's text.
  const firstPart = items.findIndex((item) => item.type === 'text' && partMarker.test(item.text));
  const firstSection = items.findIndex((item) => item.type === 'text' && sectionHeading.test(item.text));
  const partsOutline = (toc?.parts.length ?? 0) > 0 || (firstPart >= 0 && (firstSection < 0 || firstPart < firstSection));
  let part: { name: string; holdsTables: boolean; fresh: boolean } | null =
    partsOutline && toc?.parts.length ? { name: toc.parts[0], holdsTables: false, fresh: true } : null;
  let last = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.type !== 'text') continue;
    const marker = partsOutline ? partMarker.exec(item.text) : null;
    if (marker) {
      close();
      // A marker alone on its line (`第一部分` / `部门概况`) has its title on the next line.
      let title = marker[2];
      const next = items[i + 1];
      if (!title && next?.type === 'text' && next.text.length <= TITLE_LENGTH_UNNUMBERED && !enumerated.test(next.text)) {
        title = next.text;
        i++;
      }
      part = { name: marker[1] + title, holdsTables: /表$/u.test(title), fresh: true };
      continue;
    }
    const heading = headingOf(item.text, toc?.entries ?? []);
    const accepted =
      heading !== null &&
      !part?.holdsTables &&
      !titlesTable(heading.title, items.slice(i + 1, i + 4)) &&
      (heading.number === last + 1 || (heading.number === 1 && (part?.fresh ?? last === 0)) || (heading.inToc && heading.number > last));
    if (accepted) {
      close();
      current = { number: heading.numeral, title: heading.title, text: '', part: part?.name ?? null };
      last = heading.number;
      if (part) part.fresh = false;
    } else if (current) {
      lines.push(item.text);
    }
  }
  close();
  return sections;
}

interface Heading {
  numeral: string;
  number: number;
  title: string;
  /** The table of contents lists this number with this title. */
  inToc: boolean;
}

interface TocEntry {
  numeral: string;
  title: string;
}

/**
 * A numbered heading line, or an unnumbered line the table of contents lists with a number
 * (the line may prefix the body's name: `XX街道办事处（部门）主要职能` for `一、部门主要职能`);
 * the section then takes the listed title.
 */
function headingOf(text: string, toc: readonly TocEntry[]): Heading | null {
  const match = sectionHeading.exec(text);
  if (match) {
    const title = match[2].trim();
    if (fusedEntry.test(title) || /[，；;]|[:：]./u.test(title) || /[。；;]$/u.test(text)) return null;
    const inToc = toc.some((entry) => entry.numeral === match[1] && entry.title === title);
    return { numeral: match[1], number: numberOf(match[1]), title: title.replace(/[:：]$/u, ''), inToc };
  }
  if (text.length > UNNUMBERED_LINE_LENGTH || /[，。；：:]/u.test(text)) return null;
  const line = text.replace(/[（(](部门|单位)[)）]/gu, '$1');
  const listed = toc.find(
    (entry) => line === entry.title || (entry.title.length >= MIN_SUFFIX_TITLE && line.endsWith(entry.title)),
  );
  return listed ? { numeral: listed.numeral, number: numberOf(listed.numeral), title: listed.title, inToc: true } : null;
}

/** A heading naming a table (`一、收支预算总表`) directly over that table is the table's title. */
function titlesTable(title: string, following: ViewItem[]): boolean {
  return /表$/u.test(title) && following.some((item) => item.type === 'table');
}

/** Where the table of contents ends, and the sections and parts it lists (leaders and page numbers dropped). */
function tableOfContents(items: readonly ViewItem[]): { end: number; entries: TocEntry[]; parts: string[] } | null {
  const start = items.findIndex((item) => item.type === 'text' && tocStart.test(item.text));
  if (start < 0) return null;
  const compact = (line: string) => line.replace(leaders, '').replace(/\s+/gu, '');
  let text = compact((items[start] as { text: string }).text.replace(tocStart, ''));
  let end = start + 1;
  for (; end < items.length; end++) {
    const item = items[end];
    if (item.type !== 'text') break;
    const line = compact(item.text);
    const marker = partMarker.exec(line)?.[1];
    const listedAlready = (marker && text.includes(marker)) || (line.length > 0 && text.includes(line));
    const tocLike =
      (enumerated.test(line) || hasLeaders.test(item.text)) &&
      (item.text.length <= TOC_LINE_LENGTH || hasLeaders.test(item.text) || (line.match(/[、．.]/gu)?.length ?? 0) >= 2);
    if (listedAlready || !tocLike) break;
    text += line;
  }
  const entries = [...text.matchAll(tocEntry)].map((match) => ({ numeral: match[1], title: match[2].replace(/[。.]$/u, '') }));
  const parts = [...text.matchAll(tocPart)].map((match) => match[1] + match[2]);
  return { end, entries, parts };
}

function numberOf(numeral: string): number {
  const digit = (c: string) => NUMERALS.indexOf(c) + 1;
  if (numeral.length === 1) return digit(numeral);
  if (numeral[0] === '十') return 10 + digit(numeral[1]);
  return digit(numeral[0]) * 10 + (numeral.length === 3 ? digit(numeral[2]) : 0);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
