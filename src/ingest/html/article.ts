// Where the notice is on the page. A government site wraps it in a header,
// navigation, breadcrumbs, a title block, tools, related-article lists and a
// footer. Starting at <body>, the search descends into the child that holds
// most of the page's own text (text outside links, scripts and marked site
// chrome) as long as what it leaves behind is chrome: no data table and no
// line of prose. It never descends into a data table or into a wrapper
// holding nothing but tables (Word's <div align=center>, LibreOffice's
// <center>), and never splits the sections Word cuts a document into at a
// page-orientation change. Chrome marked as such inside the article (a
// related-articles list under the text) is removed from it.
import type { Element } from 'domhandler';
import { elementChildren, flatten, isBlock, isElement, isIgnored } from './flatten.js';
import { isLayoutTable } from './table.js';

/** Share of the current element's text the chosen child must hold. */
const DOMINANT_SHARE = 0.5;
/** A line with this many characters outside links is prose, which site chrome does not have. */
const PROSE_CHARS = 80;

/** Class or id words that mark site chrome (ASCII names and the pinyin abbreviations Chinese CMSs use). */
const chromeWord = /^(?:nav|navbar|menu|header|top|banner|footer|foot|bottom|copyright|breadcrumbs?|crumbs?|position|location|dqwz|sidebar|side|aside|related|relate|xglj|xgwz|share|fenxiang|tools|toolbar|search|links|friendlink)$/i;
const chromeTags = new Set(['nav', 'aside', 'header', 'footer']);
const wordSection = /^(?:Word)?Section\d+$/;

export function findArticle(body: Element): Element {
  // Weights and readability of every element, children before parents, in one pass
  // without recursion: deeply nested pages cost linear time and no call stack.
  const weights = new Map<Element, number>();
  const readable = new Map<Element, boolean>();
  for (const element of childrenFirst(body)) {
    weights.set(element, ownText(element, (child) => weights.get(child)!));
    readable.set(element, yieldsReadablePiece(element, (child) => readable.get(child)!));
  }
  const weight = (element: Element): number => weights.get(element)!;
  const pageWeight = weight(body);
  // Chrome markers are only believed for an element that does not hold most of the page.
  const isChrome = (element: Element) => isMarkedChrome(element) && weight(element) < pageWeight / 2;
  let node = body;
  for (;;) {
    const children = elementChildren(node).filter((child) => !isChrome(child));
    const best = children.reduce<Element | null>((top, child) => (top && weight(top) >= weight(child) ? top : child), null);
    if (!best || !isContainer(best, readable.get(best)!) || weight(best) < DOMINANT_SHARE * weight(node)) break;
    const others = children.filter((child) => child !== best);
    if (others.some((child) => holdsContent(child) || (isWordSection(child) && isWordSection(best)))) break;
    node = best;
  }
  for (const chrome of childrenFirst(node).filter((element) => element !== node && isChrome(element))) removeElement(chrome);
  return node;
}

/** The element and every element under it (shown ones only), each after all of its descendants. */
function childrenFirst(root: Element): Element[] {
  const order: Element[] = [];
  const stack = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    order.push(element);
    for (const child of elementChildren(element)) stack.push(child);
  }
  return order.reverse();
}

function removeElement(element: Element): void {
  const siblings = element.parent?.children;
  if (siblings) siblings.splice(siblings.indexOf(element), 1);
  if (element.prev) element.prev.next = element.next;
  if (element.next) element.next.prev = element.prev;
  element.parent = element.prev = element.next = null;
}

/** Non-space characters outside links, excluding what the page does not show. */
function ownText(element: Element, weight: (element: Element) => number): number {
  let total = 0;
  for (const child of element.children) {
    if (child.type === 'text') total += child.data.replace(/\s/gu, '').length;
    else if (isElement(child) && !isIgnored(child) && child.name.toLowerCase() !== 'a') total += weight(child);
  }
  return total;
}

function isMarkedChrome(element: Element): boolean {
  if (chromeTags.has(element.name.toLowerCase()) || element.attribs.role === 'navigation') return true;
  const words = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.split(/[\s_-]+/);
  return words.some((word) => chromeWord.test(word));
}

/** An element the article may be: one holding blocks, but not a data table nor a wrapper around nothing but tables. */
function isContainer(element: Element, readable: boolean): boolean {
  if (element.name.toLowerCase() === 'table' && !isLayoutTable(element)) return false;
  if (!elementChildren(element).some(isBlock)) return false;
  return readable;
}

/**
 * Whether `flatten(element)` yields a line or a layout table, from the children's
 * answers: text that is not blank, or a layout table, at any depth outside tables.
 */
function yieldsReadablePiece(element: Element, childReadable: (child: Element) => boolean): boolean {
  return element.children.some((child) => {
    if (child.type === 'text') return /\S/u.test(child.data);
    if (!isElement(child) || isIgnored(child)) return false;
    return child.name.toLowerCase() === 'table' ? isLayoutTable(child) : childReadable(child);
  });
}

/** A data table or a line of prose: document content, not chrome. */
function holdsContent(element: Element): boolean {
  return flatten(element).some((piece) =>
    piece.type === 'table'
      ? !isLayoutTable(piece.table) || holdsContent(piece.table)
      : piece.text.replace(/\s/gu, '').length - piece.linkChars >= PROSE_CHARS,
  );
}

function isWordSection(element: Element): boolean {
  return (element.attribs.class ?? '').split(/\s+/).some((word) => wordSection.test(word));
}
