import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { samplePath } from '../../../tests/support/samples.js';
import type { TableBlock } from '../../model/document.js';
import { readDocx } from './read-docx.js';
import { readZipPart } from './zip-part.js';

const tablesOf = async (bytes: Uint8Array) =>
  (await readDocx(bytes)).blocks.filter((block): block is TableBlock => block.type === 'table');
const shape = (table: TableBlock) => table.rows.map((row) => row.map((c) => `${c.text}${c.rowSpan > 1 ? `↓${c.rowSpan}` : ''}${c.colSpan > 1 ? `→${c.colSpan}` : ''}`));

/** A minimal Word package around one body, for merge constructs the real sample does not use. */
async function docxWithBody(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('readDocx on the reference notice', () => {
  it('keeps vertical merges as row spans (merged 一级指标 cells)', async () => {
    const tables = await tablesOf(readFileSync(samplePath('langfang-org-2023.docx')));
    expect(tables).toHaveLength(14);
    const overall = shape(tables[1]);
    expect(overall[0]).toEqual(['一级指标↓2', '二级指标↓2', '三级指标↓2', '评（扣）分标准↓2', '指标解释↓2', '指标值→3', '指标值确定依据↓2']);
    expect(overall[1]).toEqual(['符号', '值', '单位']);
    expect(overall[2][0]).toBe('部门产出↓12');
    const project = shape(tables[2]);
    expect(project[2].slice(0, 3)).toEqual(['产出指标↓4', '数量指标', '培训覆盖率']);
    expect(project[3]).toHaveLength(5);
  });

  it('keeps the procurement header spans and the 合计 row spanning seven columns', async () => {
    const tables = await tablesOf(readFileSync(samplePath('langfang-org-2023.docx')));
    const procurement = shape(tables[12]);
    expect(procurement[0][0]).toBe('政府采购项目来源→2');
    expect(procurement[0][6]).toBe('政府采购金额（当年单位预算安排资金）→8');
    expect(procurement[2][0]).toBe('合  计→7');
    expect(procurement[4].slice(0, 4)).toEqual(['机关工作经费', '500.00', '其他印刷服务', 'C23090199']);
  });

  it('keeps a cell of several paragraphs as lines', async () => {
    const tables = await tablesOf(readFileSync(samplePath('langfang-org-2023.docx')));
    expect(tables[2].rows[0][1].text).toBe('1.全力做好机关运行保障工作，保障基本业务开展。\n2.加强机关工作人员培训，提高工作人员服务群众能力。');
  });
});

describe('readDocx merge constructs', () => {
  it('keeps cells in their grid column after w:gridBefore, so a vertical merge extends the right cell', async () => {
    const bytes = await docxWithBody(
      `<w:tbl>
        <w:tr>${tc('类', '<w:vMerge w:val="restart"/>')}${tc('款', '<w:vMerge w:val="restart"/>')}${tc('金额')}</w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('', '<w:vMerge/>')}${tc('5')}</w:tr>
        <w:tr>${tc('201')}${tc('01')}${tc('6')}</w:tr>
      </w:tbl>`,
    );
    const [table] = await tablesOf(bytes);
    expect(shape(table)).toEqual([['类', '款↓2', '金额'], ['', '5'], ['201', '01', '6']]);
  });

  it('widens the left neighbour for a legacy w:hMerge continuation', async () => {
    const bytes = await docxWithBody(
      `<w:tbl><w:tr>${tc('合计', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc('100')}</w:tr><w:tr>${tc('a')}${tc('b')}${tc('1')}</w:tr></w:tbl>`,
    );
    const [table] = await tablesOf(bytes);
    expect(shape(table)).toEqual([['合计→2', '100'], ['a', 'b', '1']]);
  });

  it('reports the gridAfter positions as one empty cell', async () => {
    const bytes = await docxWithBody(
      `<w:tbl><w:tr>${tc('a')}${tc('b')}${tc('c')}</w:tr><w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>${tc('x')}</w:tr></w:tbl>`,
    );
    const [table] = await tablesOf(bytes);
    expect(shape(table)).toEqual([['a', 'b', 'c'], ['x', '→2']]);
  });
});

describe('readDocx on damaged and hostile packages', () => {
  /** The package with word/document.xml's declared size (local header and central directory) off by one. */
  async function withSizeOffByOne(body: string): Promise<Buffer> {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`, {
      createFolders: false,
    });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const local = bytes.indexOf(Buffer.from('PK\x03\x04', 'latin1'));
    const central = bytes.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    bytes.writeUInt32LE(bytes.readUInt32LE(local + 22) + 1, local + 22);
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 24) + 1, central + 24);
    return bytes;
  }

  it('calls an entry whose declared size is wrong CORRUPT_FILE', async () => {
    await expect(readDocx(await withSizeOffByOne('<w:p><w:r><w:t>2023年部门预算</w:t></w:r></w:p>'))).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('word/document.xml'),
    });
  });

  it('stops inflating a part at the size cap with TOO_LARGE', async () => {
    const zip = await JSZip.loadAsync(await docxWithBody(`<w:p><w:r><w:t>${'预'.repeat(100_000)}</w:t></w:r></w:p>`));
    await expect(readZipPart(zip.file('word/document.xml')!, 64 * 1024)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(await readZipPart(zip.file('word/document.xml')!)).toContain('预预预');
  });

  it('reads runs nested thousands deep and caps a gridSpan of millions', async () => {
    const depth = 5000;
    const nested = `<w:p>${'<w:hyperlink>'.repeat(depth)}<w:r><w:t>深</w:t></w:r>${'</w:hyperlink>'.repeat(depth)}</w:p>`;
    const table = `<w:tbl><w:tr>${tc('项目', '<w:gridSpan w:val="999999999"/>')}</w:tr></w:tbl>`;
    const model = await readDocx(await docxWithBody(nested + table));
    expect(model.blocks[0]).toEqual({ type: 'paragraph', text: '深' });
    expect(model.blocks[1].type === 'table' && model.blocks[1].rows[0][0].colSpan).toBe(1000);
  });

  it('prints nothing for XML it can read past', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await readDocx(await docxWithBody('<w:p><w:r><w:t a="1" a="2">2023年\u0001预算</w:t></w:r></w:p>')).catch(() => undefined);
    expect([...warn.mock.calls, ...error.mock.calls]).toEqual([]);
    warn.mockRestore();
    error.mockRestore();
  });
});
