// Nested HTML → lines in reading order, as a browser lays them out: block
// elements and <br> end a line, inline markup (Word's span around every run,
// <font>, <o:p>) does not. Tables are handed back whole for the caller to read.
import type { AnyNode, Element } from 'domhandler';
import { collapseWhitespace, finishLine } from './text.js';

export type Piece =
  | {
      type: 'line';
      text: string;
      /** 1–6 for the text of an <h1>–<h6>, else null. */
      heading: number | null;
      /** Non-space characters of the line inside links (navigation is mostly links; notice text is not). */
      linkChars: number;
    }
  | { type: 'table'; table: Element };

/** Elements that hold no document text: scripts, styles, form controls, Word's XML islands, embedded media. */
const ignoredTags = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed', 'svg',
  'canvas', 'input', 'select', 'option', 'textarea', 'button', 'img', 'xml', 'map', 'audio', 'video',
]);

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isIgnored(element: Element): boolean {
  return ignoredTags.has(element.name.toLowerCase());
}

export function isBlock(element: Element): boolean {
  const name = element.name.toLowerCase();
  return blockTags.has(name) || name === 'table' || /^h[1-6]$/.test(name);
}

export function elementChildren(element: Element): Element[] {
  return element.children.filter(isElement).filter((child) => !isIgnored(child));
}

export function flatten(root: Element): Piece[] {
  const pieces: Piece[] = [];
  let buffer = '';
  let linkChars = 0;
  let heading: number | null = null;
  let linkDepth = 0;
  const flush = () => {
    const text = finishLine(buffer);
    if (text) pieces.push({ type: 'line', text, heading, linkChars });
    buffer = '';
    linkChars = 0;
  };
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      const text = collapseWhitespace(node.data);
      buffer += text;
      if (linkDepth > 0) linkChars += text.replace(/\s/gu, '').length;
      return;
    }
    if (!isElement(node) || isIgnored(node)) return;
    const name = node.name.toLowerCase();
    if (name === 'br') return flush();
    if (name === 'table') {
      flush();
      pieces.push({ type: 'table', table: node });
      return;
    }
    const level = /^h([1-6])$/.exec(name);
    const block = level !== null || blockTags.has(name);
    if (block) flush();
    if (level) heading = Number(level[1]);
    if (name === 'a') linkDepth++;
    node.children.forEach(visit);
    if (name === 'a') linkDepth--;
    if (block) flush();
    if (level) heading = null;
  };
  root.children.forEach(visit);
  flush();
  return pieces;
}
