// HTML bytes → text. Government sites serve notices in UTF-8, GB2312/GBK or
// GB18030, and their declarations are often wrong (a CMS template says UTF-8,
// the pasted Word page is GBK). The bytes decide: a declaration is honoured
// only when the bytes decode cleanly in it.
import chardet from 'chardet';

export interface DecodedHtml {
  text: string;
  /** WHATWG name of the encoding used (`utf-8`, `gb18030`, `big5`, …). */
  encoding: string;
}

/** How far into the file declarations are looked for (the HTML standard prescans 1024 bytes; Word pages put long <xml> blocks first). */
const PRESCAN_BYTES = 4096;

/** Encodings in which a Chinese notice can be written; a label naming any other (windows-1252 …) is a template default, not the truth. */
const chineseCapable = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']);

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };

  const declared = declaredEncoding(bytes);
  if (bytes.every((byte) => byte < 0x80)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: declared ?? 'utf-8' };
  // Multi-byte UTF-8 text is practically never valid UTF-8 by accident, whatever the label says.
  const utf8 = strictlyDecoded(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  // A declaration the bytes decode cleanly in is taken without scanning the whole file for a guess.
  const usable = (encoding: string | null): encoding is string => encoding !== null && chineseCapable.has(encoding);
  const asDeclared = usable(declared) ? strictlyDecoded(bytes, declared) : null;
  if (asDeclared !== null) return { text: asDeclared, encoding: declared! };
  const candidates = [declared, detectedEncoding(bytes), 'gb18030'].filter(usable);
  const encoding = candidates.find((candidate) => strictlyDecoded(bytes, candidate) !== null) ?? candidates[0];
  // Nothing decodes cleanly (a truncated or damaged page): the best guess, with U+FFFD for the bad bytes.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset a `<meta charset>`, a `<meta http-equiv="Content-Type">` or an XML declaration names, normalized. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const patterns = [
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i,
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(head);
    const encoding = match ? normalizeLabel(match[1]) : null;
    if (encoding) return encoding;
  }
  return null;
}

function detectedEncoding(bytes: Uint8Array): string | null {
  const name = chardet.detect(bytes);
  return name ? normalizeLabel(name) : null;
}

/** The WHATWG encoding for a label; GB2312 and GBK are read as GB18030, their superset. */
export function normalizeLabel(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  return encoding === 'gbk' ? 'gb18030' : encoding;
}

/** The text when the bytes decode cleanly in `encoding`, else null. */
function strictlyDecoded(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
