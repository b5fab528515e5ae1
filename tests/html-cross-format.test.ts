// The reference notice published as web pages (LibreOffice's UTF-8 export, and
// a GB2312 Word export inside a government site's chrome) reads exactly as
// the DOCX it was made from: everything but `source`.
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/schema/canonical.js';
import { convertSample } from './support/samples.js';

const sections = [
  'document', 'organization', 'budgetSummary', 'performance', 'fiscalTables', 'procurement', 'assets', 'glossary',
  'sections', 'tables', 'validation', 'schemaVersion',
] as const satisfies readonly (keyof Disclosure)[];

describe.each([
  ['langfang-org-2023.html', 'utf-8', 'LibreOffice 7.4.7.2 (Linux)'],
  ['langfang-org-2023.gbk.html', 'gb18030', null],
])('%s', (name, encoding, producer) => {
  it('records the page encoding and generator in source', async () => {
    const html = await convertSample(name);
    expect(html.source.format).toBe('html');
    expect(html.source.encoding).toBe(encoding);
    expect(html.source.producer).toBe(producer);
    expect(html.source.pages).toBeNull();
  });

  it.each(sections)('gives the same %s as the DOCX', async (section) => {
    const [docx, html] = await Promise.all([convertSample('langfang-org-2023.docx'), convertSample(name)]);
    expect(html[section]).toEqual(docx[section]);
  });

  it('gives the same tables, cell by cell', async () => {
    const [docx, html] = await Promise.all([convertSample('langfang-org-2023.docx'), convertSample(name)]);
    expect(html.tables).toHaveLength(14);
    html.tables.forEach((table, index) => {
      const expected = docx.tables[index];
      expect({ title: table.title, kind: table.kind, unit: table.unitOfMeasure }).toEqual({
        title: expected.title,
        kind: expected.kind,
        unit: expected.unitOfMeasure,
      });
      expect(table.rows).toEqual(expected.rows);
    });
  });

  it('reads the values as printed', async () => {
    const html = await convertSample(name);
    expect(html.document.title).toBe('中共廊坊市委组织部2023年单位预算信息公开情况说明');
    expect(html.sections.map((section) => section.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九']);
    expect(html.sections[8]).toEqual({ number: '九', title: '其他需要说明的事项', text: '我单位无其他需要说明的事项。', part: null });
    // The procurement table: a 2-row header with rowspan/colspan, 合计 spanning seven columns.
    const procurement = html.tables[12];
    expect(procurement.kind).toBe('procurement');
    expect(procurement.unitOfMeasure).toBe('万元');
    expect(procurement.rows[2][0]).toEqual({ text: '合计', rowSpan: 1, colSpan: 7 });
    expect(procurement.rows[4].map((cell) => cell.text).slice(0, 7)).toEqual(['机关工作经费', '500.00', '其他印刷服务', 'C23090199', '次', '1', '260.00']);
    // A <br> inside a cell is a hard break, joined like the DOCX's paragraphs.
    expect(html.tables[1].rows[5][7].text).toBe('相关评审结果文件');
  });
});

it('leaves the site chrome around the GB2312 page out', async () => {
  const html = await convertSample('langfang-org-2023.gbk.html');
  const text = JSON.stringify(html.sections);
  for (const chrome of ['当前位置', '相关文章', '2022年单位预算信息公开情况说明', '浏览次数', '冀ICP备', '打印本页']) {
    expect(text).not.toContain(chrome);
  }
});
