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
});
