import { describe, expect, it } from 'vitest';
import { readHtml } from './read-html.js';

const read = (html: string) => readHtml(Buffer.from(html, 'utf8'));

// Markup as Word's "save as web page" writes it (Word 2010–2016 export).
const wordPage = `<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal{margin:0cm}</style></head>
<body lang=ZH-CN><div class=WordSection1>
<h1><span lang=EN-US>XX</span><span>区财政局</span><span lang=EN-US>202
6</span><span>年部门预算公开</span></h1>
<p class=MsoNormal><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt'>&nbsp;&nbsp; </span></span><![endif]><span>收入预算</span><span
lang=EN-US>17</span><span lang=EN-US> , </span><span lang=EN-US>804.62</span><span>万元。</span><o:p></o:p></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<div><div><p class=MsoNormal><span>一、</span><span>部门职责</span></p></div></div>
<div align=center>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>
 <tr><td rowspan=2 style='border:solid windowtext 1.0pt'><p class=MsoNormal><span>项目</span></p></td>
  <td colspan=2 style='border:solid windowtext 1.0pt'><p class=MsoNormal><span>金额</span></p></td>
  <td width=0 style='width:0pt;border:none'></td></tr>
 <tr><td><p class=MsoNormal><span>预算</span><span lang=EN-US><br></span><span>数</span></p></td>
  <td><p class=MsoNormal><span>决算数</span></p></td><td width=0></td></tr>
 <tr><td><p class=MsoNormal><span>合</span><span>&nbsp;&nbsp; </span><span>计</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US>1,2</span><span lang=EN-US>34.50</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td><td width=0></td></tr>
 <![if !supportMisalignedColumns]>
 <tr height=0><td width=120 style='border:none'></td><td width=80 style='border:none'></td><td width=80 style='border:none'></td><td width=0 style='border:none'></td></tr>
 <![endif]>
</table></div>
<p class=MsoNormal><!--[if gte vml 1]><v:shape><v:imagedata src="x.png"/></v:shape><![endif]--><span>注：无。</span></p>
</div></body></html>`;

describe('Word export markup', () => {
  const model = read(wordPage);

  it('reads the generator meta as the producer and the charset as the encoding', () => {
    expect(model.producer).toBe('Microsoft Word 15');
    expect(model.encoding).toBe('utf-8');
  });

  it('reads headings, paragraphs and nested divs in order, figures rejoined, empty paragraphs dropped', () => {
    expect(model.blocks.filter((block) => block.type !== 'table')).toEqual([
      { type: 'heading', level: 1, text: 'XX区财政局2026年部门预算公开' },
      { type: 'paragraph', text: '1.\u00A0\u00A0 收入预算17,804.62万元。' },
      { type: 'paragraph', text: '一、部门职责' },
      { type: 'paragraph', text: '注：无。' },
    ]);
  });

  it('reads the data table with its spans, hard breaks in cells, and without the spacer row and column', () => {
    const table = model.blocks.find((block) => block.type === 'table');
    expect(table).toEqual({
      type: 'table',
      rows: [
        [
          { text: '项目', rowSpan: 2, colSpan: 1 },
          { text: '金额', rowSpan: 1, colSpan: 2 },
        ],
        [
          { text: '预算\n数', rowSpan: 1, colSpan: 1 },
          { text: '决算数', rowSpan: 1, colSpan: 1 },
        ],
        [
          { text: '合\u00A0\u00A0 计', rowSpan: 1, colSpan: 1 },
          { text: '1,234.50', rowSpan: 1, colSpan: 1 },
          { text: '', rowSpan: 1, colSpan: 1 },
        ],
      ],
    });
  });
});

describe('layout tables', () => {
  it('unwraps a one-cell table holding the article; keeps a one-cell-wide data table', () => {
    const model = read(`<meta charset="utf-8"><body><table width="100%"><tr><td>
      <p>XX局2024年部门预算公开</p><p>一、部门职责</p>
      <table border=1><tr><td>收入</td><td>100.00</td></tr><tr><td>支出</td><td>100.00</td></tr></table>
      </td></tr></table></body>`);
    expect(model.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'table']);
  });
});

describe('page chrome', () => {
  it('keeps the article and leaves navigation, breadcrumbs, related links and footer out', () => {
    const model = read(`<meta charset="utf-8"><body>
      <div class="header"><div class="logo">某某市人民政府</div></div>
      <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul>
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/yjs">预决算</a></div>
      <div class="article"><h2 class="title">某某市统计局2024年部门预算公开</h2>
        <div class="meta">发布日期：2024-02-01　浏览次数：88</div>
        <div class="content"><p>根据《中华人民共和国预算法》的规定，现将某某市统计局2024年部门预算公开如下。本局2024年收入预算1,234.50万元，支出预算1,234.50万元，收支平衡，比上年减少12.30万元。</p>
          <p>一、部门职责</p><p>负责全市统计工作。</p></div>
        <div class="share">分享到：<a href="#">微信</a></div></div>
      <div class="sidebar"><h3>热点</h3><a href="/a">某某市统计局2023年部门决算公开</a></div>
      <div class="footer">主办：某某市统计局　地址：某某路1号　电话：0000-0000000</div></body>`);
    expect(model.blocks).toEqual([
      { type: 'heading', level: 1, text: '某某市统计局2024年部门预算公开' },
      {
        type: 'paragraph',
        text: '根据《中华人民共和国预算法》的规定，现将某某市统计局2024年部门预算公开如下。本局2024年收入预算1,234.50万元，支出预算1,234.50万元，收支平衡，比上年减少12.30万元。',
      },
      { type: 'paragraph', text: '一、部门职责' },
      { type: 'paragraph', text: '负责全市统计工作。' },
    ]);
  });
});

describe('readHtml on hostile structure', () => {
  it('reads text nested thousands of elements deep (no recursion to overflow)', () => {
    const depth = 4000;
    const model = read(`<html><body>${'<div>'.repeat(depth)}<p>2023年部门预算公开</p>${'</div>'.repeat(depth)}</body></html>`);
    expect(model.blocks).toEqual([{ type: 'paragraph', text: '2023年部门预算公开' }]);
  });

  it('reads spans larger than HTML gives effect to as the largest it does', () => {
    const model = read('<html><body><table><tr><td colspan=1000000000 rowspan=99999999>项目</td><td>金额</td></tr></table></body></html>');
    const table = model.blocks.find((block) => block.type === 'table');
    expect(table?.type === 'table' && table.rows[0][0]).toMatchObject({ text: '项目', colSpan: 1000, rowSpan: 65534 });
  });

  it('refuses a page cut short as CORRUPT_FILE', () => {
    const page = '<html><body><h1>XX区财政局2026年部门预算公开</h1><p>收入预算17,804.62万元。</p></body></html>';
    expect(() => read(page.slice(0, page.indexOf('</body>')))).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
    expect(() => read(page)).not.toThrow();
    expect(() => read('<p>2023年部门预算：收入17,804.62万元。</p>')).not.toThrow();
  });
});

