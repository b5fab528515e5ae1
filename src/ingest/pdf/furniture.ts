// What a page prints that is not the notice: running headers and footers, page
// numbers, and the website chrome around a notice printed from a browser.
import type { Line } from './lines.js';
import { layoutSettings as layout } from './layout-settings.js';

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}


const pageNumber = /^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}|[-－—–]?\s*[ivxlcIVXLC]{1,6}\s*[-－—–]?)$/u;

/**
 * Page numbers and running heads, worked inwards from the top and bottom edges
 * of each page. A running head repeats (digits aside) on at least 40% of the
 * pages; only its first occurrence stays, because a notice or table title
 * printed on every page is still the document's title once. The walk stops at
 * the first line that is neither, so a table caption under a repeated title
 * (单位：万元) stays with its table.
 */
export function withoutRunningLines(pages: readonly PageLines[]): PageLines[] {
  const zoneOf = (line: Line, height: number): 'top' | 'bottom' | null =>
    line.y1 <= height * layout.marginZone ? 'top' : line.y0 >= height * (1 - layout.marginZone) ? 'bottom' : null;
  const key = (line: Line, zone: string) => `${zone}|${line.text.replace(/\s+/gu, '').replace(/\d+/gu, '#')}`;
  const pagesWith = new Map<string, number[]>();
  for (const { page, height, lines } of pages) {
    for (const line of lines) {
      const zone = zoneOf(line, height);
      if (zone) pagesWith.set(key(line, zone), [...(pagesWith.get(key(line, zone)) ?? []), page]);
    }
  }
  const repeated = (k: string) => pages.length >= layout.runningHeadMinPages && new Set(pagesWith.get(k)).size >= Math.max(2, layout.runningHeadShare * pages.length);
  return pages.map((p) => {
    const dropped = new Set<Line>();
    const walk = (lines: Line[], zone: 'top' | 'bottom') => {
      for (const line of lines) {
        if (zoneOf(line, p.height) !== zone) return;
        const k = key(line, zone);
        if (pageNumber.test(line.text.replace(/\s+/gu, ' ').trim())) dropped.add(line);
        else if (!repeated(k)) return;
        else if (Math.min(...pagesWith.get(k)!) !== p.page) dropped.add(line);
      }
    };
    const ordered = [...p.lines].sort((a, b) => a.y0 - b.y0);
    walk(ordered, 'top');
    walk(ordered.reverse(), 'bottom');
    return { ...p, lines: p.lines.filter((line) => !dropped.has(line)) };
  });
}

/** Markers of a government website's own furniture (navigation, imprint). */
const chromeMarker = /当前位置[:：]|ICP备|网站标识码|浏览次数|【字体|主办[:：]|承办[:：]|版权所有|技术支持[:：]|网站地图|联系我们/u;

/**
 * A notice printed from its web page starts and ends with the site's small
 * print (breadcrumbs, publication date, imprint). A run of lines in smaller
 * type than the body at the very start or end of the document (a table ends
 * the run) is dropped when it carries such a marker.
 *
 * @param lineOf the item's line, or null for anything else (a table)
 */
export function withoutWebChrome<T>(items: readonly T[], lineOf: (item: T) => Line | null, bodySize: number): T[] {
  const small = (item: T) => {
    const line = lineOf(item);
    return line !== null && line.size < bodySize * layout.smallType;
  };
  let start = 0;
  while (start < items.length && small(items[start])) start++;
  let end = items.length;
  while (end > start && small(items[end - 1])) end--;
  const keep = (block: readonly T[]) => (block.some((item) => chromeMarker.test(lineOf(item)!.text)) ? [] : block);
  return [...keep(items.slice(0, start)), ...items.slice(start, end), ...keep(items.slice(end))];
}
