// Text as the contract wants it: trimmed, whitespace inside CJK runs removed
// (`合  计` → `合计`), line breaks joined without a space between CJK
// characters. Applied identically to every format, so a PDF's soft wraps and a
// Word cell's hard breaks end in the same string.

/** CJK ideographs, CJK/full-width punctuation and symbols: no space is kept next to these. */
const CJK = '\\u2E80-\\u2FDF\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u201C\\u201D\\u2018\\u2019\\u2014\\u2026\\u00B7';
const spaceAfterCjk = new RegExp(`([${CJK}])\\s+`, 'gu');
const spaceBeforeCjk = new RegExp(`\\s+([${CJK}])`, 'gu');

export function cleanText(text: string): string {
  return text
    .replace(/[\u00A0\u2002-\u200B\u3000\uFEFF]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(spaceAfterCjk, '$1')
    .replace(spaceBeforeCjk, '$1')
    .trim();
}

/** The lines of a cell or paragraph, each cleaned, empty ones dropped. */
export function cleanLines(text: string): string[] {
  return text
    .split('\n')
    .map(cleanText)
    .filter((line) => line.length > 0);
}

/** Full-width digits and number punctuation folded to ASCII (`４１９６．６３` → `4196.63`). */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
