// A page cut short in transfer (a download stopped, a size-capped crawler) still
// parses: browsers close what is open. Read like that, it would convert as a
// notice missing its rest without a word; a cut page is damaged, whatever is left.
import { ConversionError } from '../../errors.js';

const opensDocument = /<(?:html|body)[\s>]/iu;
const closesDocument = /<\/(?:html|body)\s*>/iu;

/** Throws CORRUPT_FILE for a page that opens <html> or <body> and closes neither. */
export function refuseCutShort(text: string): void {
  if (opensDocument.test(text) && !closesDocument.test(text)) {
    throw new ConversionError('CORRUPT_FILE', 'the page is cut short (it opens <html> or <body> and closes neither); download it again');
  }
}
