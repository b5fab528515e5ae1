// The outline: the notice's numbered top-level sections (一、… 二、…) with their text.
import type { Disclosure } from '../schema/canonical.js';
import type { DocumentView } from './document-view.js';

type Section = Disclosure['sections'][number];

const sectionHeading = /^([一二三四五六七八九十]{1,3})\s*[、．.]\s*(.{2,40})$/u;

export function readSections(view: DocumentView): Section[] {
  const sections: Section[] = [];
  let current: { number: string; title: string; lines: string[] } | null = null;
  const close = () => {
    if (current) sections.push({ number: current.number, title: current.title, text: current.lines.join('\n') });
  };
  for (const item of view.items) {
    if (item.type !== 'text') continue;
    const heading = sectionHeading.exec(item.text);
    if (heading && !/[。；;]$/u.test(item.text)) {
      close();
      current = { number: heading[1], title: heading[2].trim(), lines: [] };
    } else if (current) {
      current.lines.push(item.text);
    }
  }
  close();
  return sections;
}
