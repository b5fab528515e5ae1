// Years that disagree with the notice's fiscal year. A table title or header,
// or a budget-summary sentence, naming another year is a YEAR_MISMATCH (a
// template left from last year). Legitimate other years are not: as-of dates
// (截止时间：2022年12月31日, 上年末), comparisons (较2022年预算减少, 2025年执行数,
// a `2025年预算数` column beside `2026年预算数`), periods that include the fiscal
// year (实施期限 2022-2024年), a project's own name (广州市应急管理局2025年信息化提升项目)
// and, in a sentence, the years its explanation names after the figure. A
// comparison with a year before the prior one is only STALE_REFERENCE
// (与2021年相比 in a 2023 notice).
import type { Disclosure, Finding } from '../schema/canonical.js';
import { parseAmount } from '../money/amount.js';
import { foldWidth } from '../text/clean.js';
import { sectionParagraphs } from './narrative-text.js';

const yearToken = /((?:19|20)\d{2})\s*年/gu;
/** Before a year: it is a comparison's base or an as-of date. */
const comparisonBefore = /(?:比|较|与|同|截至|截止|至)\s*$/u;
/** After `YYYY年`: a date, a year end, or a comparison column or phrase. */
const legitimateAfter = /^\s*(?:\d{1,2}\s*月|年?末|底|度?(?:相比|同期)|度?(?:当年)?(?:预算)?执行|度?决算|度?年初|度?调整)/u;
/** A header cell that is a comparison column (上年预算数, 比上年增减). */
const comparisonColumn = /执行|上年|比|较|增减|同期/u;
/** How many leading rows of a table are read as its header, at most: those before the first row printing an amount. */
const HEADER_ROWS = 3;
/** A period of years (`2022-2024年`, `2026年-2027年`): one that includes the fiscal year is the notice's. */
const period = /((?:19|20)\d{2})\s*年?\s*[-－—~至到]\s*((?:19|20)\d{2})\s*年/gu;
/**
 * After a year inside a text: the rest of a project's own name (`信息化提升项目`, `医疗卫生机构能力提升补助资金）项目绩效自评表`),
 * not a table's generic words (`项目支出表`, `部门项目绩效目标表`).
 */
const projectNamed = /^[^项]*[^\s部门单位预算支出度年]项目(?:绩效(?:自评|目标)表?)?$/u;
/** An amount in a sentence: the years before it date the figure, those after explain it. */
const amount = /\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/u;

export function validateYears(disclosure: Disclosure): Finding[] {
  return [...tableYears(disclosure), ...summaryYears(disclosure), ...staleReferences(disclosure)];
}

/** Years in `text` other than the fiscal year that are not as-of dates, comparisons, periods including it or a project's. */
function foreignYears(text: string, fiscalYear: number): number[] {
  const folded = foldWidth(text).replace(period, (whole, from: string, to: string) =>
    Number(from) <= fiscalYear && fiscalYear <= Number(to) ? `${fiscalYear}年` : whole,
  );
  return [...folded.matchAll(yearToken)]
    .filter((match) => Number(match[1]) !== fiscalYear)
    .filter((match) => !comparisonBefore.test(folded.slice(0, match.index)))
    .filter((match) => !legitimateAfter.test(folded.slice(match.index + match[0].length)))
    .filter((match) => !(match.index > 0 && projectNamed.test(folded.slice(match.index + match[0].length))))
    .map((match) => Number(match[1]));
}

/** The header rows of a printed table: its first rows (at most HEADER_ROWS) before one printing an amount. */
function headerRows(rows: readonly (readonly { text: string }[])[]): (readonly { text: string }[])[] {
  const head = rows.slice(0, HEADER_ROWS);
  const firstFigures = head.findIndex((row) => row.some((cell) => parseAmount(cell.text) !== null));
  return firstFigures < 0 ? head : head.slice(0, firstFigures);
}

/** A header cell naming an earlier year beside the same words under the fiscal year (`2025年预算数` | `2026年预算数`): a comparison column. */
function comparedBlock(text: string, cells: readonly string[], fiscalYear: number): boolean {
  const asFiscal = text.replace(yearToken, `${fiscalYear}年`);
  return asFiscal !== text && cells.some((other) => other !== text && foldWidth(other) === foldWidth(asFiscal));
}

function tableYears(disclosure: Disclosure): Finding[] {
  const { fiscalYear } = disclosure.document;
  const findings: Finding[] = [];
  for (const table of disclosure.tables) {
    const titleYears = table.title ? foreignYears(table.title, fiscalYear) : [];
    if (titleYears.length > 0) findings.push(yearMismatch(`/tables/${table.index}/title`, `table title "${table.title}"`, titleYears[0], fiscalYear));
    const header = headerRows(table.rows);
    const cells = header.flat().map((cell) => cell.text);
    header.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.text === table.title || comparisonColumn.test(cell.text) || comparedBlock(cell.text, cells, fiscalYear)) return;
        const years = foreignYears(cell.text, fiscalYear);
        if (years.length > 0) findings.push(yearMismatch(`/tables/${table.index}/rows/${r}/${c}`, `table ${table.index} header "${cell.text}"`, years[0], fiscalYear));
      }),
    );
  }
  return findings;
}

/** A budget-summary figure whose sentence dates it to another year (`2022年预算收入…` in a 2023 notice). */
function summaryYears(disclosure: Disclosure): Finding[] {
  const { fiscalYear } = disclosure.document;
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const [path, evidence] of Object.entries(disclosure.budgetSummary.evidence)) {
    if (path.startsWith('changeFromPriorYear') || disclosure.budgetSummary.provenance[path]?.from !== 'narrative' || reported.has(evidence)) continue;
    const figure = amount.exec(evidence);
    const years = foreignYears(figure ? evidence.slice(0, figure.index) : evidence, fiscalYear);
    if (years.length === 0) continue;
    reported.add(evidence);
    findings.push(yearMismatch(`/budgetSummary/evidence/${path}`, `the sentence "${evidence}"`, years[0], fiscalYear));
  }
  return findings;
}

function yearMismatch(path: string, where: string, year: number, fiscalYear: number): Finding {
  return { code: 'YEAR_MISMATCH', severity: 'warning', path, message: `${where} names ${year}, the notice is for ${fiscalYear}`, expected: fiscalYear, actual: year };
}

const comparedYear = /(?:与|比|较|同)\s*((?:19|20)\d{2})\s*年/gu;

/** Every comparison with a year before the prior one, once per occurrence. */
function staleReferences(disclosure: Disclosure): Finding[] {
  const { fiscalYear } = disclosure.document;
  const findings: Finding[] = [];
  for (const paragraph of sectionParagraphs(disclosure)) {
    for (const match of foldWidth(paragraph.text).matchAll(comparedYear)) {
      const year = Number(match[1]);
      if (year >= fiscalYear - 1) continue;
      findings.push({
        code: 'STALE_REFERENCE',
        severity: 'info',
        path: `/sections/${paragraph.section}/text`,
        message: `"${paragraph.text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 10)}" compares with ${year}; a ${fiscalYear} notice compares with ${fiscalYear - 1}`,
        expected: fiscalYear - 1,
        actual: year,
      });
    }
  }
  return findings;
}
