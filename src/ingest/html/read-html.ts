// HTML page → document model: decode the bytes, find the notice inside the
// site's page, read it into blocks.
import * as cheerio from 'cheerio';
import type { DocumentModel } from '../../model/document.js';
import { findArticle } from './article.js';
import { refuseCutShort } from './cut-short.js';
import { readBlocks } from './blocks.js';
import { decodeHtml } from './decode.js';
import { withPageTitle } from './title.js';

export function readHtml(bytes: Uint8Array): DocumentModel {
  const { text, encoding } = decodeHtml(bytes);
  refuseCutShort(text);
  const $ = cheerio.load(text);
  const body = $('body').get(0)!;
  const article = findArticle(body);
  const blocks = withPageTitle($, article, readBlocks(article));
  return { blocks, pages: null, encoding, producer: producerOf($) };
}

/** The exporting application: `<meta name="Generator">` (Word, LibreOffice, WPS), else Word's ProgId. */
function producerOf($: cheerio.CheerioAPI): string | null {
  for (const name of ['generator', 'progid']) {
    const content = $('meta')
      .filter((_, meta) => (meta.attribs.name ?? '').toLowerCase() === name)
      .first()
      .attr('content')
      ?.trim();
    if (content) return content;
  }
  return null;
}
