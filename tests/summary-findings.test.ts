// Narrative-level findings on every real document: each one a mistake the document
// really makes (checked against the page with pdftotext -f N -l N -layout), never an
// extraction or assembly error. Fiscal-table findings are pinned by fiscal-corpus.test.ts,
// target parsing by the performance tests; everything else is listed here, and any
// other finding fails. Values were read from the PDFs.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

/** `code path` of a finding outside fiscalTables and target parsing. */
const narrativeLevel = (findings: readonly Finding[]) =>
  findings.filter((f) => !f.path.startsWith('/fiscalTables/') && f.code !== 'UNPARSED_TARGET').map((f) => `${f.code} ${f.path}`);

// The Langfang notice in every format: its real inconsistencies (samples/README).
const langfang = [
  // Its procurement table's header `2022年预留中小微企业份额` in a 2023 budget (project rules).
  'YEAR_MISMATCH /tables/12/rows/0/7',
  // `与2021年相比持平` twice in the “三公” section of a 2023 notice.
  'STALE_REFERENCE /sections/3/text',
  'STALE_REFERENCE /sections/3/text',
  // The procurement lines add to 312.8万元, the 小计 and 合计 print 367.8.
  'SUM_MISMATCH /procurement/total/amount',
  'SUM_MISMATCH /procurement/total/funding/generalPublicBudget',
  'SUM_MISMATCH /procurement/total/smeReserved',
  'SUM_MISMATCH /procurement/subtotals/0/amount',
  'SUM_MISMATCH /procurement/subtotals/0/funding/generalPublicBudget',
  'SUM_MISMATCH /procurement/subtotals/0/smeReserved',
  // Asset rows 2337.51, asset total 2253.98, narrative 上年末固定资产 2417.51万元.
  'SUM_MISMATCH /assets/total',
  'CROSS_TABLE_MISMATCH /budgetSummary/fixedAssets/priorYearEnd',
];

const allowed: Record<string, string[]> = {
  'langfang-org-2023.docx': langfang,
  'langfang-org-2023.pdf': langfang,
  'langfang-org-2023.chromium.pdf': langfang,
  'langfang-org-2023.html': langfang,
  'langfang-org-2023.gbk.html': langfang,
  'real/beijing-fgw-2026-dept-budget-part1-explanation.pdf': [],
  // Tables only: no MISSING_SECTION; its 基本支出 (支出总表) is all funds, the 基本支出表 the general public budget's.
  'real/beijing-fgw-2026-dept-budget-part2-tables.pdf': [],
  'real/central-guojia-xinfangju-2026-dept-budget.pdf': [],
  'real/changsha-xinfang-2026-dept-budget.pdf': [],
  'real/chongqing-shangwu-2026-dept-budget.pdf': [],
  'real/fuzhou-yibao-2026-dept-budget.pdf': [],
  // Targets only: no MISSING_SECTION for the overview and “三公” parts it never carries.
  'real/guangzhou-sthj-2026-project-perf-targets.pdf': [],
  // p. 19: `此外，基本支出预算数为 12323.46 万元`, where the 支出预算总表 (p. 11) and the same page's
  // 支出预算情况说明 print 基本支出 12323.48.
  'real/jiangsu-jcy-2017-dept-budget.pdf': ['CROSS_TABLE_MISMATCH /budgetSummary/expenditure/basic'],
  'real/shanghai-putuo-wanli-2023-dept-budget.pdf': [],
  'real/shanghai-putuo-wanli-2024-dept-budget.pdf': [],
  'real/xian-bangongting-2026-dept-budget.pdf': [],
};

describe.each(Object.entries(allowed))('%s', (file, expected) => {
  it('reports exactly the narrative-level findings the document really makes', async () => {
    expect(narrativeLevel((await convertSample(file)).validation)).toEqual(expected);
  });
});

const expenditureOf = async (file: string) => (await convertSample(`real/${file}`)).budgetSummary.expenditure;

describe('basic expenditure and its parts come from one scope of funds', () => {
  it('beijing part 2: 基本支出 46714.513649万元 is the 支出总表 (p. 8); the 基本支出表 (p. 14) is the general public budget\'s 46506.313649, so no parts', async () => {
    expect(await expenditureOf('beijing-fgw-2026-dept-budget-part2-tables.pdf')).toMatchObject({ basic: 467145136.49, personnel: null, publicOperation: null, project: 502547797.39 });
  });

  it('central: 基本支出 11,056.07万元 (部门支出总表, p. 8) vs the 一般公共预算基本支出表 9,880.88 (p. 11): no parts', async () => {
    expect(await expenditureOf('central-guojia-xinfangju-2026-dept-budget.pdf')).toMatchObject({ basic: 110560700, personnel: null, publicOperation: null, project: 395608700 });
  });

  it('chongqing: 基本支出 56,633.49万元 (表三, p. 12) vs the 一般公共预算基本支出 43,436.09 (表六, p. 19): no parts', async () => {
    expect(await expenditureOf('chongqing-shangwu-2026-dept-budget.pdf')).toMatchObject({ basic: 566334900, personnel: null, publicOperation: null, project: 1182671400 });
  });

  it('xi\'an: all its revenue is the general public budget, so its 表5/表7 state the department\'s basic (p. 27: 64,662,533.99 = 60,272,768.69 + 4,389,765.30) and project (p. 24: 27,502,600.00)', async () => {
    expect(await expenditureOf('xian-bangongting-2026-dept-budget.pdf')).toMatchObject({ basic: 64662533.99, personnel: 60272768.69, publicOperation: 4389765.3, project: 27502600 });
  });

  it('changsha: the general public budget is all its revenue; 基本支出表 合计 1517.95 = 1394.97 + 122.98', async () => {
    expect(await expenditureOf('changsha-xinfang-2026-dept-budget.pdf')).toMatchObject({ basic: 15179500, personnel: 13949700, publicOperation: 1229800 });
  });
});

describe('jiangsu-jcy-2017: every source and every part of spending (收支预算总表, p. 10; 支出预算总表, p. 11)', () => {
  it('revenue 17996.68万元 = 一般公共预算 17981.68 + 其他资金 15.00', async () => {
    const { revenue } = (await convertSample('real/jiangsu-jcy-2017-dept-budget.pdf')).budgetSummary;
    expect(revenue).toMatchObject({ total: 179966800, currentYear: 179966800, generalPublicBudget: 179816800, other: 150000 });
  });

  it('spending 17996.68万元 = 基本支出 12323.48 + 项目支出 5533.00 + 单位预留机动经费 140.20', async () => {
    const { expenditure, evidence } = (await convertSample('real/jiangsu-jcy-2017-dept-budget.pdf')).budgetSummary;
    expect(expenditure).toEqual({ total: 179966800, currentYear: 179966800, basic: 123234800, personnel: null, publicOperation: null, project: 55330000, reserve: 1402000 });
    expect(evidence['expenditure.reserve']).toBe('table 2: 单位预留机动经费');
  });
});
