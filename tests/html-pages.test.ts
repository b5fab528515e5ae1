// Web pages as sites really serve them: mislabelled or undeclared encodings,
// the notice boxed in a layout table, the title only in the site's title
// block, and pages that are not notices at all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert, ConversionError } from '../src/convert.js';
import { convertSample, samplePath } from './support/samples.js';

const gbkPage = () => Buffer.from(readFileSync(samplePath('langfang-org-2023.gbk.html')).toString('latin1'), 'latin1');
/** Edits the GBK page's markup (ASCII) without touching its GBK-encoded text. */
const editGbk = (edit: (latin1: string) => string) => Buffer.from(edit(gbkPage().toString('latin1')), 'latin1');

async function expectSameAsDocx(bytes: Uint8Array, name: string) {
  const [docx, html] = await Promise.all([convertSample('langfang-org-2023.docx'), convert(bytes, name)]);
  expect(html.document).toEqual(docx.document);
  expect(html.sections).toEqual(docx.sections);
  expect(html.tables).toEqual(docx.tables);
  return html;
}

describe('encodings', () => {
  it('reads a GBK page declared as UTF-8 from its bytes', async () => {
    const bytes = editGbk((page) => page.replace('charset=gb2312', 'charset=utf-8'));
    expect(bytes.toString('latin1')).toContain('charset=utf-8');
    const html = await expectSameAsDocx(bytes, 'mislabelled.html');
    expect(html.source.encoding).toBe('gb18030');
  });

  it('reads a GBK page with no declaration at all', async () => {
    const bytes = editGbk((page) => page.replace(/<meta http-equiv="Content-Type"[^>]*>/i, ''));
    expect(bytes.toString('latin1')).not.toMatch(/charset/i);
    const html = await expectSameAsDocx(bytes, 'undeclared.html');
    expect(html.source.encoding).toBe('gb18030');
  });

  it('reads a UTF-8 page whose template declares GBK', async () => {
    const page = readFileSync(samplePath('langfang-org-2023.html'), 'utf8').replace('charset=utf-8', 'charset=gbk');
    const html = await expectSameAsDocx(Buffer.from(page, 'utf8'), 'utf8-labelled-gbk.html');
    expect(html.source.encoding).toBe('utf-8');
  });
});

describe('finding the notice', () => {
  it('unwraps the layout table a site boxes the article in, leaving its sidebar out', async () => {
    const export_ = readFileSync(samplePath('langfang-org-2023.html'), 'utf8');
    const article = export_.slice(export_.indexOf('>', export_.indexOf('<body')) + 1, export_.indexOf('</body>'));
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>预决算公开</title></head><body>
      <table width="100%" border="0"><tr>
        <td width="200" valign="top"><div class="lm">栏目导航</div>
          <p><a href="/zwgk/">政务公开</a></p><p><a href="/yjs/">预决算公开</a></p>
          <p><a href="/yjs/2022.html">中共廊坊市委组织部2022年单位预算信息公开情况说明</a></p></td>
        <td valign="top">${article}</td>
      </tr></table>
      <table width="100%"><tr><td>主办单位：中共廊坊市委组织部　地址：河北省廊坊市广阳区</td></tr></table>
    </body></html>`;
    const html = await expectSameAsDocx(Buffer.from(page, 'utf8'), 'layout.html');
    expect(JSON.stringify(html.sections)).not.toContain('主办单位');
  });

  it('takes the title from the site title block when the article does not repeat it', async () => {
    // The article opens with the body text; the title stands only in <div class="art-title"> above it.
    const bytes = editGbk((page) => page.replace(/<p class=MsoNormal align=center[\s\S]*?<\/p>/, ''));
    const html = await convert(bytes, 'title-outside.html');
    expect(html.document.title).toBe('中共廊坊市委组织部2023年单位预算信息公开情况说明');
    expect(html.tables).toHaveLength(14);
    expect(html.sections).toHaveLength(9);
  });

  it('gives NOT_A_DISCLOSURE for a news page, even with notices in its related links', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
      <title>关于做好2023年度市直机关公务员考核工作的通知_廊坊组工网</title></head><body>
      <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/yjs/">预决算公开</a></div>
      <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gwygl/">公务员管理</a></div>
      <div class="main">
        <h1>关于做好2023年度市直机关公务员考核工作的通知</h1>
        <div class="info">发布时间：2022-12-05　来源：公务员管理科</div>
        <div id="content">
          <p>市直各单位：</p>
          <p>为全面准确评价公务员德才表现和工作实绩，根据《公务员考核规定》，现就做好2023年度市直机关公务员考核工作通知如下。</p>
          <p>一、考核对象为市直机关在编在岗公务员和参照公务员法管理的机关（单位）工作人员。</p>
          <p>二、考核结果于2023年1月20日前报市委组织部公务员管理科。</p>
        </div>
        <div class="related"><h3>相关文章</h3><ul>
          <li><a href="/yjs/2023.html">中共廊坊市委组织部2023年单位预算信息公开情况说明</a></li>
          <li><a href="/yjs/2022js.html">中共廊坊市委组织部2021年度单位决算公开</a></li></ul></div>
      </div>
      <div class="footer">主办：中共廊坊市委组织部</div></body></html>`;
    const failure = await convert(Buffer.from(page, 'utf8'), 'news.html').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConversionError);
    expect((failure as ConversionError).code).toBe('NOT_A_DISCLOSURE');
  });
});
