// The shape of a budget or final-account notice's title, kept as small data tables so a
// new region's wording is one entry, not new code.
import type { DocumentInfo } from '../schema/canonical.js';

/** The publication a title ends with, and the stage it names. The first match wins. */
const stagePhrases: { phrase: string; stage: DocumentInfo['stage'] }[] = [
  { phrase: '决算', stage: 'final_accounts' },
  { phrase: '预算', stage: 'budget' },
  // A department's project targets are published with (or as part of) its budget.
  { phrase: '项目支出绩效目标表', stage: 'budget' },
  { phrase: '绩效目标表', stage: 'budget' },
];

/** Words that may follow the stage phrase in a title: `…部门预算信息公开情况说明`, `…决算的说明`. */
const suffixWords = ['信息', '公开', '情况', '说明', '的', '报告', '编制', '草案', '解读', '报表', '附表', '表', '目录'];

/** Level words between the year and the stage that are no body (`上海市普陀区2024年区级部门预算`). */
const levelWords = /^(?:省级|市级|区级|县级|市本级|区本级|县本级|本级)$/u;

/** Chinese-numeral digits of years printed on covers (`二〇二六年`). */
const chineseDigits: Record<string, string> = {
  〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** `二〇二六年` → `2026年`; other text unchanged. */
export function withArabicYears(text: string): string {
  return text.replace(/([〇零ＯO一二三四五六七八九]{4})(?=\s*年)/gu, (year) =>
    [...year].map((c) => chineseDigits[c]).join(''),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const stageAlternatives = stagePhrases.map((entry) => escape(entry.phrase)).join('|');
const titlePattern = new RegExp(
  `^(?:关于)?(?<before>.{0,40}?)(?<year>(?:19|20)\\d{2})\\s*(?:年度?)?(?<after>.{0,40}?)(?<scope>部门|单位)?` +
    `(?<stage>${stageAlternatives})(?:${suffixWords.map(escape).join('|')})*(?:[（(][^）)]{1,30}[)）])?$`,
  'u',
);

export interface TitleParts {
  fiscalYear: number;
  stage: DocumentInfo['stage'];
  scope: DocumentInfo['scope'];
  /** The body the title names (before or after the year), scope notes removed; '' when it names none. */
  body: string;
}

/** The parts of a notice title, or null when the text is no notice title (a meeting notice, a news headline). */
export function parseTitle(text: string): TitleParts | null {
  const match = titlePattern.exec(withArabicYears(text));
  if (!match?.groups) return null;
  const { before, year, after, scope, stage } = match.groups;
  const middle = levelWords.test(after.trim()) ? '' : after;
  return {
    fiscalYear: Number(year),
    stage: stagePhrases.find((entry) => entry.phrase === stage)!.stage,
    scope: scope === '部门' ? 'department' : scope === '单位' ? 'unit' : null,
    body: withoutScopeNotes(before.trim() || middle.trim()),
  };
}

/** `西安市人民政府办公厅（汇总）` → `西安市人民政府办公厅` (rule 5). */
export function withoutScopeNotes(name: string): string {
  return name.replace(/[（(](?:本级|汇总|含[^）)]*|部门|单位)[)）]/gu, '').trim();
}
