// Text as a browser would render it, then mended where Word's and CMS editors'
// markup breaks figures apart.

/** HTML collapses runs of ASCII whitespace (source line breaks, indentation) to one space; `&nbsp;` is kept. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * Rejoins a figure split by the markup: Word breaks its HTML source lines inside
 * text and puts a span around every run, so `2026` can arrive as `202 6` and
 * `17,804.62` as `17 , 804.62`. Only spaces next to digits inside a number
 * are removed: a space after a list number (`2. 2023年`) stays.
 */
export function rejoinDigits(text: string): string {
  return text
    .replace(/(\d)[ \u00A0]*,[ \u00A0]*(?=\d{3}(?!\d))/g, '$1,')
    .replace(/(\d)[ \u00A0]+\.[ \u00A0]*(?=\d)/g, '$1.')
    .replace(/(\d)[ \u00A0]+(?=\d)/g, '$1');
}

/** A paragraph's or cell line's final text: figures rejoined, ends trimmed. */
export function finishLine(text: string): string {
  return rejoinDigits(text).trim();
}
