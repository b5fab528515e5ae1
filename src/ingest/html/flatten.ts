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
  // An explicit stack, not recursion: a page nesting thousands of elements is read in
  // linear time and cannot overflow the call stack. An element is entered, its
  // children visited, then it is left (the `leave` entry pushed beneath them).
  type Step = { node: AnyNode; leave: false } | { node: Element; leave: true; block: boolean; heading: boolean };
  const stack: Step[] = [...root.children].reverse().map((node) => ({ node, leave: false }));
  for (let step = stack.pop(); step; step = stack.pop()) {
    if (step.leave) {
      if (step.node.name.toLowerCase() === 'a') linkDepth--;
      if (step.block) flush();
      if (step.heading) heading = null;
      continue;
    }
    const node = step.node;
    if (node.type === 'text') {
      const text = collapseWhitespace(node.data);
      buffer += text;
      if (linkDepth > 0) linkChars += text.replace(/\s/gu, '').length;
      continue;
    }
    if (!isElement(node) || isIgnored(node)) continue;
    const name = node.name.toLowerCase();
    if (name === 'br') {
      flush();
      continue;
    }
    if (name === 'table') {
      flush();
      pieces.push({ type: 'table', table: node });
      continue;
    }
    const level = /^h([1-6])$/.exec(name);
    const block = level !== null || blockTags.has(name);
    if (block) flush();
    if (level) heading = Number(level[1]);
    if (name === 'a') linkDepth++;
    stack.push({ node, leave: true, block, heading: level !== null });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], leave: false });
  }
  flush();
  return pieces;
}
