// `--pages 1-3,7`: the PDF pages a review is limited to.

/** The pages a range names, in order; throws a RangeError naming what it cannot read. */
export function parsePageRange(range: string, pageCount: number): number[] {
  const pages = new Set<number>();
  for (const part of range.split(',').map((text) => text.trim())) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/u.exec(part);
    if (!match) throw new RangeError(`"${part}" is not a page or a range of pages (e.g. 3 or 10-12)`);
    const first = Number(match[1]);
    const last = Number(match[2] ?? match[1]);
    if (first < 1 || last < first || last > pageCount) throw new RangeError(`pages ${part} are not within 1-${pageCount}`);
    for (let page = first; page <= last; page++) pages.add(page);
  }
  return [...pages].sort((a, b) => a - b);
}
