// The reasons a notice itself gives for its changes (`…减少的主要原因是项目调整。`),
// read from the narrative sections and tied to the figure or fiscal line they explain.
import type { Disclosure } from '../schema/canonical.js';
import { reasonMarker, reasonSubjects } from './reason-subjects.js';

export interface StatedReason {
  /** What the sentence is about: the text before the marker, or the sentence before when the reason stands alone. */
  subject: string;
  reason: string;
}

const trimPunctuation = (text: string) => text.replace(/^[\s：:，,、。；;]+|[\s：:，,、。；;]+$/gu, '');

/** Every clause of the narrative that states a reason, with what it explains. */
export function statedReasons(sections: Disclosure['sections']): StatedReason[] {
  const reasons: StatedReason[] = [];
  for (const section of sections) {
    // The text since the last reason: what a reason standing in a sentence of its own explains
    // (`1.“…（项）”25.77万元，…。2023年…减少57.14%。主要原因是：项目调整。`).
    let since = '';
    for (const sentence of section.text.replace(/\n/gu, '').split('。')) {
      for (const clause of sentence.split(/[；;]/u)) {
        const marker = reasonMarker.exec(clause);
        if (!marker) {
          since += `${clause}。`;
          continue;
        }
        const before = trimPunctuation(clause.slice(0, marker.index));
        const reason = trimPunctuation(clause.slice(marker.index + marker[0].length));
        if (reason) reasons.push({ subject: before.length > 0 ? before : since, reason });
        since = '';
      }
    }
  }
  return reasons;
}

/** “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”: the line names of a functional classification path. */
const classificationPath = /([^“”"（）()]+)[（(]类[）)]([^“”"（）()]+)[（(]款[）)](?:([^“”"（）()]+)[（(]项[）)])?/u;

export interface ReasonIndex {
  /** The reason stated for a budgetSummary figure (its dotted path). */
  figure(path: string): string | null;
  /** The reason stated for a functional line, by its own name and the name of the line one level up. */
  line(name: string, parentName: string | null): string | null;
}

/** The figures a subject names: every word found that is not part of a longer word found. */
function figuresNamed(subject: string): string[] {
  const hits = Object.entries(reasonSubjects).flatMap(([path, words]) =>
    words.flatMap((word) => {
      const at = subject.indexOf(word);
      return at < 0 ? [] : [{ path, start: at, end: at + word.length }];
    }),
  );
  return hits
    .filter((hit) => !hits.some((other) => other !== hit && other.end - other.start > hit.end - hit.start && other.start <= hit.start && hit.end <= other.end))
    .map((hit) => hit.path);
}

export function reasonIndex(d: Pick<Disclosure, 'sections'>): ReasonIndex {
  const byFigure = new Map<string, string>();
  const byLine = new Map<string, string>();
  for (const { subject, reason } of statedReasons(d.sections)) {
    const path = classificationPath.exec(subject);
    if (path) {
      const names = path.slice(1).filter((name): name is string => Boolean(name)).map((name) => name.trim());
      const key = names.slice(-2).join('|');
      if (!byLine.has(key)) byLine.set(key, reason);
      continue;
    }
    // `公务车购置及运行费21.56万元，其中：公务用车购置费0万元，…主要原因是…` explains the part after 其中.
    const parts = subject.split('其中').filter((part) => figuresNamed(part).length > 0);
    for (const figure of figuresNamed(parts.at(-1) ?? '')) if (!byFigure.has(figure)) byFigure.set(figure, reason);
  }
  return {
    figure: (path) => byFigure.get(path) ?? null,
    line: (name, parentName) => byLine.get(`${parentName ?? ''}|${name}`) ?? null,
  };
}
