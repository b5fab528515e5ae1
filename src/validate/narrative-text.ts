// The narrative as paragraphs, rebuilt from the document's sections (the
// validator sees the canonical JSON, not the source blocks).
import type { Disclosure } from '../schema/canonical.js';

export interface SectionParagraph {
  text: string;
  /** Index into `sections`. */
  section: number;
}

export function sectionParagraphs(disclosure: Disclosure): SectionParagraph[] {
  return disclosure.sections.flatMap((section, index) => [
    { text: `${section.number}、${section.title}`, section: index },
    ...section.text.split('\n').filter(Boolean).map((text) => ({ text, section: index })),
  ]);
}
