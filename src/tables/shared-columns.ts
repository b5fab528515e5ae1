// Grid columns one header cell covers, read as one column. A table the ingester
// joined over pages whose column edges moved is gridded on the union of the
// pages' edges: the header's 总计 spans two grid columns, and each page prints its
// figure in one or the other of them (and a page's words may stray into the
// figures' columns beside them). Where no body row prints a figure in two of
// such columns, they are one column of the table.
import { parseAmount } from '../money/amount.js';

/**
 * For each group of adjacent grid columns under one header path (two or more)
 * whose body rows never print a figure in more than one of them, its first
 * column → all of its columns. Columns without a header path are never grouped.
 */
export function sharedColumns(paths: readonly string[], rows: readonly (readonly string[])[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  let start = 0;
  for (let column = 1; column <= paths.length; column++) {
    if (column < paths.length && paths[column] !== '' && paths[column] === paths[start]) continue;
    const group = Array.from({ length: column - start }, (_, i) => start + i);
    if (group.length > 1 && rows.every((texts) => group.filter((at) => parseAmount(texts[at] ?? '') !== null).length <= 1)) groups.set(start, group);
    start = column;
  }
  return groups;
}
