// 名词解释: one { term, definition } per item (`1、一般公共预算拨款收入：指…`), the
// enumerator stripped, split at the first colon; the term stays as printed
// (“三公”经费 keeps its quotes).
import type { Disclosure } from '../schema/canonical.js';
import type { DocumentView, ViewItem } from './document-view.js';
import { stripEnumerator } from '../text/enumerators.js';
import { topLevelHeading } from './narrative/sentences.js';

type GlossaryItem = Disclosure['glossary'][number];

const glossaryHeading = /^(?:[一二三四五六七八九十]{1,3}\s*[、．.]\s*|第[一二三四五六七八九十]+部分\s*)?(?:名词解释|名词说明|术语解释|专业名词解释)\s*[：:]?$/u;
/** `term：definition` — a term is short and has no sentence punctuation. */
const termAndDefinition = /^([^：:。；，]{1,30}?)\s*[：:]\s*(.+)$/u;

export function readGlossary(view: DocumentView): GlossaryItem[] {
  // A table of contents also names the section: take the first heading that is followed by items.
  for (const [at, item] of view.items.entries()) {
    if (item.type !== 'text' || !glossaryHeading.test(item.text)) continue;
    const items = itemsAfter(view.items.slice(at + 1));
    if (items.length > 0) return items;
  }
  return [];
}

function itemsAfter(items: readonly ViewItem[]): GlossaryItem[] {
  const glossary: GlossaryItem[] = [];
  for (const item of items) {
    if (item.type !== 'text') break;
    const entry = termAndDefinition.exec(stripEnumerator(item.text));
    if (entry) {
      glossary.push({ term: entry[1].trim(), definition: entry[2].trim() });
    } else if (topLevelHeading.test(item.text) || glossary.length === 0) {
      break;
    } else {
      // A definition that runs on into a paragraph of its own.
      glossary[glossary.length - 1].definition += item.text;
    }
  }
  return glossary;
}
