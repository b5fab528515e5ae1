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

export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  return paragraphs.flatMap((text, paragraph) =>
    [...text.matchAll(sentenceEnd)].map((match) => match[0].trim()).filter(Boolean).map((sentence) => ({ text: sentence, paragraph })),
  );
}

/** A top-level section heading (`三、机关运行经费安排情况`, `第二部分 …`): a statement never runs on past one. */
export const topLevelHeading = /^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|第[一二三四五六七八九十]+部分)/u;
