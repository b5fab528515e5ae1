// Matching records of two documents by a key; a key seen twice in one document
// gets an occurrence number, so repeated rows pair up in order instead of colliding.

export interface Paired<T> {
  key: string;
  base: T | null;
  target: T | null;
}

function keyed<T>(items: readonly T[], keyOf: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = keyOf(item);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return [n === 1 ? key : `${key}#${n}`, item];
  });
}

/** Pairs in base order, then the target's unmatched items in target order. */
export function pairBy<T>(base: readonly T[], target: readonly T[], keyOf: (item: T) => string): Paired<T>[] {
  const targets = new Map(keyed(target, keyOf));
  const pairs: Paired<T>[] = keyed(base, keyOf).map(([key, item]) => ({ key, base: item, target: targets.get(key) ?? null }));
  const matched = new Set(pairs.map((pair) => pair.key));
  for (const [key, item] of targets) if (!matched.has(key)) pairs.push({ key, base: null, target: item });
  return pairs;
}

/**
 * A second pass over what `pairBy` left unmatched: a base item and a target item of the
 * same group that `renamed` accepts are one record printed under another name. Each base
 * item takes the first such target item, in order; the pair takes the base item's place.
 */
export function pairRenamed<T>(pairs: readonly Paired<T>[], groupOf: (item: T) => string, renamed: (base: T, target: T) => boolean): Paired<T>[] {
  const orphans = pairs.filter((pair) => pair.base === null);
  const taken = new Set<Paired<T>>();
  const result: Paired<T>[] = [];
  for (const pair of pairs) {
    if (pair.base === null) continue;
    if (pair.target !== null) {
      result.push(pair);
      continue;
    }
    const base = pair.base;
    const match = orphans.find((o) => !taken.has(o) && groupOf(o.target!) === groupOf(base) && renamed(base, o.target!));
    if (match) taken.add(match);
    result.push(match ? { key: pair.key, base, target: match.target } : pair);
  }
  return [...result, ...orphans.filter((o) => !taken.has(o))];
}
