// notice_id: the DOCX, PDF (two printings) and HTML (UTF-8 and GBK) renderings
// of one notice are five documents with five document_ids and one notice_id.
import { describe, expect, it } from 'vitest';
import { noticeId } from '../src/export/notice-id.js';
import { convertSample } from './support/samples.js';

const renderings = ['docx', 'pdf', 'chromium.pdf', 'html', 'gbk.html'].map((extension) => `langfang-org-2023.${extension}`);

describe('notice_id', () => {
  it('is the same for every rendering of the reference notice, whose files all differ', async () => {
    const documents = await Promise.all(renderings.map((name) => convertSample(name)));
    expect(new Set(documents.map((d) => d.source.sha256)).size).toBe(renderings.length);
    expect(new Set(documents.map((d) => d.source.format))).toEqual(new Set(['docx', 'pdf', 'html']));
    const ids = documents.map(noticeId);
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/u);
    expect(ids).toEqual(renderings.map(() => ids[0]));
  });

  it('differs for another year, stage or budget of the same body', async () => {
    const notice = await convertSample('langfang-org-2023.docx');
    const id = noticeId(notice);
    expect(noticeId({ ...notice, document: { ...notice.document, fiscalYear: 2024 } })).not.toBe(id);
    expect(noticeId({ ...notice, document: { ...notice.document, stage: 'final_accounts' } })).not.toBe(id);
    const revenue = { ...notice.budgetSummary.revenue, total: notice.budgetSummary.revenue.total! + 100 };
    expect(noticeId({ ...notice, budgetSummary: { ...notice.budgetSummary, revenue } })).not.toBe(id);
  });
});
