// List enumerators are not content (contract: Lists): `（一）`, `(1)`, `1.`, `1、`,
// `一、`, and the spoken `一是` of some duty lists.
const enumerator = /^\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[）)]|\d{1,3}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}\s*[、．.]|[一二三四五六七八九十]{1,3}是(?=\S))\s*/u;

export function hasEnumerator(text: string): boolean {
  return enumerator.test(text);
}

export function stripEnumerator(text: string): string {
  return text.replace(enumerator, '').trim();
}
