// Enumerators are numbering, not content: `（一）`, `一、`, `1.`, `1、`, `（1）`
// are dropped from the start of list items; `其中：` is content and stays.

const enumerator = /^(?:[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+[、.．]|\d+(?:[、．]|\.(?!\d)))\s*/u;

export function stripEnumerator(text: string): string {
  return text.replace(enumerator, '');
}
