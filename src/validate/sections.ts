// Standard parts of a notice that are absent. Deliberately short: only parts
// every budget and final-account notice must publish (地方预决算公开操作规程) —
// the revenue/expenditure overview and the “三公” expenses — and only when
// neither the narrative nor a table carries them — and only in a full notice: a
// publication that is one part of a set (its tables alone, its performance
// targets alone) carries the other parts elsewhere.
import type { Disclosure, Finding, FiscalTableKind } from '../schema/canonical.js';
import { sectionParagraphs } from './narrative-text.js';

const overviewTables: readonly FiscalTableKind[] = ['income_expenditure_summary', 'income', 'expenditure', 'appropriation_summary'];

export function validateSections(disclosure: Disclosure): Finding[] {
  if (isPartialPublication(disclosure)) return [];
  const findings: Finding[] = [];
  const { revenue, expenditure, threePublic } = disclosure.budgetSummary;
  const tableKinds = new Set<FiscalTableKind>(disclosure.fiscalTables.map((table) => table.kind));
  if (revenue.total === null && expenditure.total === null && !overviewTables.some((kind) => tableKinds.has(kind))) {
    findings.push(missing('/budgetSummary/revenue', 'no revenue and expenditure overview (收支总体情况 or 收支总表) was found'));
  }
  if (threePublic.total === null && !tableKinds.has('three_public') && !mentionsThreePublic(disclosure)) {
    findings.push(missing('/budgetSummary/threePublic', 'no “三公” expenses section or table was found'));
  }
  return findings;
}

/**
 * Tables only (Beijing's 预算01–13表): no narrative section, and titled by a table of its own, as
 * document-info titles a publication that prints no notice title. Targets only (Guangzhou's
 * `…2026年项目支出绩效目标表`): a 绩效目标表 title and no fiscal table.
 */
function isPartialPublication(disclosure: Disclosure): boolean {
  const { title } = disclosure.document;
  const tablesOnly = disclosure.sections.length === 0 && (title === '' || disclosure.tables.some((table) => table.title === title));
  const targetsOnly = disclosure.fiscalTables.length === 0 && /绩效目标表/u.test(title);
  return tablesOnly || targetsOnly;
}

/** A section about “三公” 经费, or a sentence stating an amount for it (not merely a glossary definition). */
function mentionsThreePublic(disclosure: Disclosure): boolean {
  const glossary = new Set(disclosure.glossary.map((item) => item.definition));
  return sectionParagraphs(disclosure).some(
    (paragraph) => /三公/u.test(paragraph.text) && !glossary.has(paragraph.text) && (/^[一二三四五六七八九十]+、/u.test(paragraph.text) || /\d\s*(?:亿元|万元|元)/u.test(paragraph.text)),
  );
}

function missing(path: string, message: string): Finding {
  return { code: 'MISSING_SECTION', severity: 'warning', path, message };
}
