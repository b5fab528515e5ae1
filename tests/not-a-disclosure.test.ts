// Readable documents that are no budget or final-account notice must be refused with NOT_A_DISCLOSURE,
// even when they talk about budgets and print a year.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { ConversionError } from '../src/errors.js';

const page = (body: string) =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告</title></head><body>${body}</body></html>`);

async function refusal(bytes: Uint8Array): Promise<ConversionError> {
  const error = await convert(bytes, 'notice.html').then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConversionError);
  return error as ConversionError;
}

describe('NOT_A_DISCLOSURE', () => {
  it('refuses a meeting notice about budgets, with its schedule table', async () => {
    const error = await refusal(
      page(`
        <h1>关于召开2024年部门预算编制工作会议的通知</h1>
        <p>各区县财政局、市直各部门：</p>
        <p>为做好2024年部门预算编制工作，经研究，定于2023年10月12日上午9:00在市财政局三楼会议室召开2024年部门预算编制工作会议。现将有关事项通知如下：</p>
        <p>一、会议内容</p>
        <p>部署2024年部门预算编制工作，解读预算编制政策。</p>
        <p>二、参会人员</p>
        <p>各部门分管财务工作的负责同志和财务科长各1名。</p>
        <table><tr><td>时间</td><td>议程</td><td>主持人</td></tr><tr><td>9:00</td><td>部署预算编制工作</td><td>张三</td></tr></table>
        <p>XX市财政局</p><p>2023年10月8日</p>`),
    );
    expect(error.code).toBe('NOT_A_DISCLOSURE');
    expect(error.message).toMatch(/预算\/决算/u);
  });

  it('refuses a news article on budget disclosure', async () => {
    const error = await refusal(
      page(`
        <h1>我市2024年部门预算公开工作圆满完成</h1>
        <p>近日，我市92个市直部门全部在门户网站公开了2024年部门预算，公开率达100%。</p>
        <p>市财政局有关负责同志表示，将持续推进预算公开工作，提高财政透明度。</p>`),
    );
    expect(error.code).toBe('NOT_A_DISCLOSURE');
  });

  it('accepts the same page when it is a notice', async () => {
    const disclosure = await convert(
      page(`
        <p>XX市财政局</p>
        <p>二〇二四年度部门预算公开</p>
        <p>一、部门收支总体情况</p>
        <p>2024年收入预算1200.50万元，支出预算1200.50万元。</p>`),
      'notice.html',
    );
    expect(disclosure.document).toMatchObject({ title: 'XX市财政局二〇二四年度部门预算公开', unit: 'XX市财政局', fiscalYear: 2024, stage: 'budget', scope: 'department' });
    expect(disclosure.budgetSummary.revenue.total).toBe(12005000);
  });

  // Negatives a batch really meets, from the development corpus (corpus/wide).
  it("refuses a portal page listing notices by title, with no figure of its own (Beijing's 2026 部门预算 landing page)", async () => {
    const error = await refusal(
      page(`
        <h1>中共北京市委办公厅2026年度部门预算</h1>
        <p>一、市委、市人大、市政府、市政协工作部门</p>
        <p>中共北京市委办公厅2026年度部门预算</p>
        <p>北京市人民代表大会常务委员会办公厅2026年度部门预算</p>
        <p>北京市人民政府办公厅2026年度部门预算</p>`),
    );
    expect(error.code).toBe('NOT_A_DISCLOSURE');
    expect(error.message).toMatch(/no table and no amount/u);
  });

  it('refuses a page that holds only the link to the notice (Chongqing 公安局 2026)', async () => {
    const error = await refusal(page(`<h1>重庆市公安局（本级）2026年单位预算情况说明</h1><p>附件：<a href="a.pdf">重庆市公安局（本级）2026年单位预算情况说明.pdf</a></p>`));
    expect(error.code).toBe('NOT_A_DISCLOSURE');
  });

  it('refuses a 绩效评价报告 even when it prints a spending table (Changsha 国资委 2020)', async () => {
    const error = await refusal(
      page(`
        <p>长沙市财政项目支出绩效评价报告</p>
        <p>评价项目名称：2020 年度长沙市人民政府国有资产监督管理委员会国企改革稳定专项资金绩效评价</p>
        <p>评价项目金额：13,237 万元</p>
        <table><tr><td>序号</td><td>项目名称</td><td>预算批复</td><td>实际执行</td></tr>
        <tr><td></td><td>合计</td><td>13,237.00</td><td>12,679.21</td></tr></table>`),
    );
    expect(error.code).toBe('NOT_A_DISCLOSURE');
    expect(error.message).toMatch(/绩效评价报告/u);
  });

  it('accepts an explanation that opens with its table of contents, titled by its first part (Beijing 市政府办公厅 2026)', async () => {
    const disclosure = await convert(
      page(`
        <p>第一部分 2026 年度部门预算情况说明</p>
        <p>一、部门情况说明</p>
        <p>第二部分 2026 年度部门预算报表</p>
        <p>一、收支总表</p>
        <p>一、部门情况说明</p>
        <p>北京市人民政府办公厅主要职责包括：协助市政府领导同志处理市政府日常工作。</p>
        <p>二、收入预算情况说明</p>
        <p>2026年收入预算12,345.67万元。</p>`),
      'notice.html',
    );
    expect(disclosure.document).toMatchObject({ title: '2026年度部门预算情况说明', fiscalYear: 2026, stage: 'budget', scope: 'department' });
  });
});
