// Many sites print the notice's title in their own title block above the
// article (or only in <title>), not in the article itself. The title is what
// says which notice this is, so it is taken from there when the article's
// opening lines do not carry it.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Block } from '../../model/document.js';
import { cleanText } from '../../text/clean.js';
import { flatten } from './flatten.js';

/** A notice title names a year and a budget or final-account publication. */
const titleShape = /(?:19|20)\d{2}\s*年(?:度)?.*?(?:预算|决算)/u;
const MAX_TITLE_CHARS = 80;
/** How many of the article's first blocks may stand before its own title (document numbers, dates). */
const OPENING_BLOCKS = 5;

const isTitle = (text: string) => text.length <= MAX_TITLE_CHARS && titleShape.test(text);

export function withPageTitle($: CheerioAPI, article: Element, blocks: Block[]): Block[] {
  const opening = blocks.slice(0, OPENING_BLOCKS);
  if (opening.some((block) => block.type !== 'table' && isTitle(cleanText(block.text)))) return blocks;
  const title = titleBlockBefore($, article) ?? documentTitle($);
  return title ? [{ type: 'heading', level: 1, text: title }, ...blocks] : blocks;
}

/** The last heading or title-classed element before the article whose own (non-link) text is a notice title. */
function titleBlockBefore($: CheerioAPI, article: Element): string | null {
  const candidates = $('h1, h2, h3, [class*="title" i], [id*="title" i]').toArray();
  const before = candidates.filter((element) => precedes(element, article));
  for (const element of before.reverse()) {
    const lines = flatten(element).flatMap((piece) => (piece.type === 'line' && piece.linkChars === 0 ? [cleanText(piece.text)] : []));
    const title = lines.find(isTitle);
    if (title) return title;
  }
  return null;
}

/** <title> or the CMS's ArticleTitle meta, without the site name appended to it. */
function documentTitle($: CheerioAPI): string | null {
  const texts = [$('meta[name="ArticleTitle" i]').attr('content') ?? '', $('title').first().text()];
  for (const text of texts) {
    const title = text.split(/\s*[_|]\s*|\s+[-—–]\s+/u).map(cleanText).find(isTitle);
    if (title) return title;
  }
  return null;
}

function precedes(element: Element, article: Element): boolean {
  const order = (node: Element): number[] => {
    const path: number[] = [];
    for (let at: Element = node; at.parent && at.parent.type !== 'root'; at = at.parent as Element) {
      path.unshift((at.parent as Element).children.indexOf(at));
    }
    return path;
  };
  const a = order(element);
  const b = order(article);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
