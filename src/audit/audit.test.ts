import { describe, expect, it } from 'vitest';
import { convertSample } from '../../tests/support/samples.js';
import { auditTotals } from './audit-totals.js';
import { formatAudit } from './format-audit.js';
import { auditNotice } from './notice-audit.js';

describe('audit', () => {
  it("summarises what was read from the Langfang notice: its tables, projects, procurement lines and findings", async () => {
    const audit = auditNotice('langfang-org-2023.docx', await convertSample('langfang-org-2023.docx'));
    // The notice prints an organisation table, the unit-level and ten project 绩效目标表, one
    // 政府采购预算表 (two lines) and the asset table; it has no standard fiscal table.
    expect(audit).toMatchObject({
      status: 'ok',
      stage: 'budget',
      fiscalYear: 2023,
      tables: { assets: 1, organization: 1, performance_overall: 1, performance_project: 10, procurement: 1 },
      fiscalTables: {},
      fiscalLines: 0,
      projects: 10,
      procurementLines: 2,
    });
    // Its procurement lines miss the 合计 (three columns, 合计 and 小计 rows) and its asset items miss 资产总额.
    expect(audit.findings['SUM_MISMATCH/error']).toBe(7);
  });

  it('totals a batch, failures by code, and counts the notices with error findings', async () => {
    const ok = auditNotice('a.docx', await convertSample('langfang-org-2023.docx'));
    const audits = [ok, ok, { input: 'b.doc', status: 'failed' as const, code: 'UNSUPPORTED_FORMAT', message: 'a legacy .doc' }];
    const totals = auditTotals(audits);
    expect(totals).toMatchObject({ notices: 3, converted: 2, failures: { UNSUPPORTED_FORMAT: 1 }, projects: 20, noticesWithErrors: 2 });
    expect(totals.nullHeadlines['revenue.total']).toBe(0);
    expect(formatAudit(audits, totals)).toContain('b.doc: UNSUPPORTED_FORMAT: a legacy .doc');
  });
});
