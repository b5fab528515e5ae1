// The narrative as sentences: the unit a figure's evidence quotes. A sentence
// ends at 。！？ (or its paragraph's end); paragraphs keep their order so a
// statement may run on into the paragraphs after it.

export interface Sentence {
  /** The sentence as printed (cleaned), with its closing 。 when it has one. */
  text: string;
  /** Index of its paragraph in the paragraphs the sentences were read from. */
  paragraph: number;
}

const sentenceEnd = /[^。！？!?]+[。！？!?]?/gu;

/** A sentence that is only an item's label (`（一）因公出国（境）费用。`): its figure follows in the next sentence. */
const labelOnly = /^(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.．、])\s*[^\d。]{2,20}。$/u;

export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  return rejoinWrappedLines(paragraphs).flatMap((text, paragraph) => {
    const sentences = [...text.matchAll(sentenceEnd)].map((match) => match[0].trim()).filter(Boolean);
    // Beijing prints `（一）因公出国（境）费用。2026年预算数142.2万元`: the label belongs to the next sentence.
    const joined = sentences.reduce<string[]>((out, sentence) => {
      if (out.length > 0 && labelOnly.test(out[out.length - 1])) out[out.length - 1] += sentence;
      else out.push(sentence);
      return out;
    }, []);
    return joined.map((sentence) => ({ text: sentence, paragraph }));
  });
}

/** A full printed line that stops mid-sentence (no 。；： at its end) at least this long is a soft wrap. */
const WRAPPED_LINE = 30;
const lineEnd = /[。；;：:！？!?]$/u;
const opensItem = /^(?:[一二三四五六七八九十]+[、．.]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|\d+[、．.]|第[一二三四五六七八九十]+部分)/u;

/**
 * Some PDFs give each printed line as its own paragraph (Xi'an: `本部门当年预算收入` /
 * `9,216.51万元，其中：…`); a long line that stops mid-sentence runs on into the next one
 * unless that one opens an item.
 */
function rejoinWrappedLines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let runsOn = false;
  for (const text of paragraphs) {
    if (runsOn && !opensItem.test(text)) out[out.length - 1] += text;
    else out.push(text);
    const last = out[out.length - 1];
    runsOn = text.length >= WRAPPED_LINE && !lineEnd.test(last);
  }
  return out;
}

/** A top-level section heading (`三、机关运行经费安排情况`, `第二部分 …`): a statement never runs on past one. */
export const topLevelHeading = /^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|第[一二三四五六七八九十]+部分)/u;
