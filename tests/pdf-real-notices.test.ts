// Real notices as published, one per producer and layout of the genre. Each
// test pins what the document prints (read from the page with pdftotext and by
// eye): the notice it is, the grid of one ruled table, and that no table it
// prints is lost or split.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/ingest/pdf/read-pdf.js';
import { viewDocument } from '../src/normalize/document-view.js';
import type { RawCell, RawTable } from '../src/schema/canonical.js';
import { toGrid } from '../src/tables/grid.js';
import { convertSample, samplePath } from './support/samples.js';

const real = (name: string) => convertSample(`real/${name}.pdf`);

function titled(tables: RawTable[], title: string): RawTable[] {
  return tables.filter((t) => t.title === title);
}

/** A table's shape: rows × columns of its expanded grid. */
function shape(table: RawTable): [number, number] {
  const grid = toGrid(table.rows);
  return [grid.length, grid[0]?.length ?? 0];
}

/** A row as `text[rowSpan x colSpan]` strings, spans shown only where they are not 1. */
const row = (cells: RawCell[]) => cells.map((c) => (c.rowSpan > 1 || c.colSpan > 1 ? `${c.text}[${c.rowSpan}x${c.colSpan}]` : c.text));

describe('重庆市商务委员会 2026 (numbers split across lines in narrow cells)', () => {
  it('is the 2026 department budget of 重庆市商务委员会', async () => {
    const d = await real('chongqing-shangwu-2026-dept-budget');
    expect(d.document).toMatchObject({ title: '重庆市商务委员会2026年部门预算情况说明', unit: '重庆市商务委员会', fiscalYear: 2026, scope: 'department' });
  });

  it('rejoins 6,546 / .82 in the procurement table and keeps its grid', async () => {
    const d = await real('chongqing-shangwu-2026-dept-budget');
    const [procurement] = titled(d.tables, '2026年政府采购预算明细表');
    expect(shape(procurement)).toEqual([5, 12]);
    expect(row(procurement.rows[1])).toEqual(['合计[1x2]', '6,546.82', '5,499.84', '', '', '746.83', '208.00', '', '', '10.00', '82.15']);
    expect(row(procurement.rows[4]).slice(0, 4)).toEqual(['C', '服务', '4,813.50', '4,813.50']);
    expect(procurement.unitOfMeasure).toBe('万元');
  });

  it('rejoins the same split figure in the narrative', async () => {
    const d = await real('chongqing-shangwu-2026-dept-budget');
    expect(d.sections.map((s) => s.text).join('\n')).toContain('政府采购预算总额6,546.82万元');
  });

  it('keeps every table once, multi-page ones whole', async () => {
    const d = await real('chongqing-shangwu-2026-dept-budget');
    expect(titled(d.tables, '2026年部门收入总体情况表').map((t) => t.pages)).toEqual([[9, 10, 11]]);
    expect(titled(d.tables, '2026年一般公共预算基本支出情况表')).toHaveLength(1);
    expect(d.tables).toHaveLength(12);
  });
});

describe('福州市医疗保障局 2026 (Aspose; header text wrapped one character per line)', () => {
  it('reads the title set over three cover lines', async () => {
    const d = await real('fuzhou-yibao-2026-dept-budget');
    expect(d.document).toMatchObject({ title: '2026年度福州市医疗保障局部门预算', unit: '福州市医疗保障局', fiscalYear: 2026, region: '福州市' });
  });

  it('rejoins 项目名/称, 主管部/门 and 绩效目/标指标 in a project indicator table', async () => {
    const d = await real('fuzhou-yibao-2026-dept-budget');
    const [table] = titled(d.tables, '外伤医疗费用结算审核服务费项目绩效目标表');
    expect(table.pages).toEqual([28]);
    expect(shape(table)).toEqual([16, 5]);
    expect(row(table.rows[1])).toEqual(['项目名称', '外伤医疗费用结算审核服务费[1x4]']);
    expect(row(table.rows[2])).toEqual(['主管部门', '福州市医疗保障局[1x2]', '实施单位', '福州市医疗保障局']);
    expect(row(table.rows[3])).toEqual(['专项资金情况（万元）[3x1]', '资金总额[1x2]', '118.00[1x2]']);
    expect(row(table.rows[7])).toEqual(['绩效目标指标[8x1]', '一级指标', '二级指标', '三级指标', '指标值']);
    expect(row(table.rows[10])).toEqual(['质量指标[2x1]', '审核准确率', '≥95%']);
    expect(row(table.rows[14])).toEqual(['满意度指标', '服务对象满意度指标', '投诉业务部门不作为的投诉件数量', '≤3件']);
  });

  it('keeps one table per project, the 综合工作经费 project printed three times included', async () => {
    const d = await real('fuzhou-yibao-2026-dept-budget');
    expect(titled(d.tables, '综合工作经费项目绩效目标表')).toHaveLength(4);
    expect(titled(d.tables, '城乡居民医保财政补助（区县补助）项目绩效目标表').map((t) => t.pages)).toEqual([[32, 33]]);
  });
});

describe('长沙市信访局 2026 (iText; tables continued under a repeated title)', () => {
  it('is the 2026 department budget of 长沙市信访局', async () => {
    const d = await real('changsha-xinfang-2026-dept-budget');
    expect(d.document).toMatchObject({ title: '长沙市信访局2026年部门预算公开', unit: '长沙市信访局', fiscalYear: 2026 });
  });

  it('joins the 财政拨款收支总体情况表 over pages 15–16 without cutting 22、其他支出 into the row above', async () => {
    const d = await real('changsha-xinfang-2026-dept-budget');
    const tables = titled(d.tables, '2026年财政拨款收支总体情况表');
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.pages).toEqual([15, 16]);
    expect(shape(table)).toEqual([27, 7]);
    expect(row(table.rows[0])).toEqual(['收入[1x2]', '支出[1x5]']);
    expect(row(table.rows[2])).toEqual(['一、本年收入', '1,935.36', '一、本年支出', '1,935.36', '1,935.36', '', '']);
    expect(row(table.rows[23])[2]).toBe('21、灾害防治及应急管理支出');
    expect(row(table.rows[24])[2]).toBe('22、其他支出');
    expect(row(table.rows[26])).toEqual(['收入总计', '1,935.36', '支出总计', '1,935.36', '1,935.36', '', '']);
    expect(table.unitOfMeasure).toBe('万元');
  });

  it('keeps the project indicator table of pages 22–29 as one table', async () => {
    const d = await real('changsha-xinfang-2026-dept-budget');
    expect(titled(d.tables, '2026年项目支出绩效目标表').map((t) => t.pages)).toEqual([[22, 23, 24, 25, 26, 27, 28, 29]]);
  });
});

describe('国家信访局 2026 (central template, WPS)', () => {
  it('reads the cover title without the cover date', async () => {
    const d = await real('central-guojia-xinfangju-2026-dept-budget');
    expect(d.document).toMatchObject({ title: '国家信访局2026年度部门预算', unit: '国家信访局', fiscalYear: 2026, region: null });
  });

  it('keeps a label pdf.js merges into one text item with the figure of the cell before it', async () => {
    const d = await real('central-guojia-xinfangju-2026-dept-budget');
    const [summary] = titled(d.tables, '部门收支总表');
    // p. 5 draws `16,474.82` and `一、一般公共服务支出` as one text item, each under its own cell's clip.
    expect(row(summary.rows[2])).toEqual(['一、一般公共预算拨款收入', '16,474.82', '一、一般公共服务支出', '47,179.30']);
  });

  it('rebuilds the “三公” table with its nested header', async () => {
    const d = await real('central-guojia-xinfangju-2026-dept-budget');
    const [table] = titled(d.tables, '财政拨款预算“三公”经费支出表');
    expect(shape(table)).toEqual([4, 6]);
    expect(row(table.rows[1])).toEqual(['合计[2x1]', '因公出国（境）费[2x1]', '公务用车购置及运行费[1x3]', '公务接待费[2x1]']);
    expect(row(table.rows[3])).toEqual(['112.61', '68.50', '38.60', '', '38.60', '5.51']);
  });
});

describe('江苏省人民检察院 2017 (older provincial template, portrait)', () => {
  it('reads the cover title', async () => {
    const d = await real('jiangsu-jcy-2017-dept-budget');
    expect(d.document).toMatchObject({ title: '江苏省人民检察院2017年部门预算', fiscalYear: 2017, region: '江苏省' });
  });

  it('rebuilds the 三公/会议费/培训费 table with a three-row header', async () => {
    const d = await real('jiangsu-jcy-2017-dept-budget');
    const [table] = titled(d.tables, '十一、一般公共预算“三公”经费、会议费、培训费支出预算表');
    expect(shape(table)).toEqual([4, 9]);
    expect(row(table.rows[0])).toEqual(['合计[3x1]', '“三公”经费[1x6]', '会议费[3x1]', '培训费[3x1]']);
    expect(row(table.rows[3])).toEqual(['1,452.35', '584.35', '110.00', '317.80', '50.00', '267.80', '156.55', '168.00', '700.00']);
  });

  it('keeps the 政府采购支出预算表 of pages 16–18 as one table', async () => {
    const d = await real('jiangsu-jcy-2017-dept-budget');
    expect(titled(d.tables, '十二、政府采购支出预算表').map((t) => [t.kind, t.pages])).toEqual([['procurement', [16, 17, 18]]]);
  });
});

describe.each([
  ['shanghai-putuo-wanli-2023-dept-budget', 2023, '2023年部门“三公”经费和机关运行经费预算表', ['22.91', '0', '1.35', '21.56', '0', '21.56', '786.09']],
  ['shanghai-putuo-wanli-2024-dept-budget', 2024, '部门“三公”经费和机关运行经费预算表', ['47.91', '0', '1.35', '46.56', '25', '21.56', '443.18']],
] as const)('上海市普陀区万里街道 %s (元 tables, the 三公 table in 万元)', (name, year, title, figures) => {
  it(`is the ${year} district department budget`, async () => {
    const d = await real(name);
    expect(d.document).toMatchObject({ title: `上海市普陀区${year}年区级部门预算`, fiscalYear: year });
  });

  it('reads the 三公 table in 万元 while the fiscal tables are in 元', async () => {
    const d = await real(name);
    const [table] = titled(d.tables, title);
    expect(table.unitOfMeasure).toBe('万元');
    expect(shape(table)).toEqual([4, 7]);
    expect(row(table.rows[0])).toEqual([`${year}年“三公”经费预算数[1x6]`, `${year}年机关运行经费预算数[3x1]`]);
    expect(row(table.rows[3])).toEqual([...figures]);
    expect(d.tables.find((t) => t.title === `${year}年部门收入预算总表`)?.unitOfMeasure).toBe('元');
  });
});

describe('上海市普陀区万里街道 2023: portrait pages among landscape', () => {
  it('reads the landscape budget tables and the portrait project forms alike', async () => {
    const d = await real('shanghai-putuo-wanli-2023-dept-budget');
    expect(titled(d.tables, '2023年部门收入预算总表').map((t) => t.pages)).toEqual([[11, 12, 13, 14]]);
    expect(titled(d.tables, '财政项目支出绩效目标填报表').map((t) => t.pages)).toEqual([[31], [32, 33], [34], [35]]);
  });
});

describe('西安市人民政府办公厅 2026 (amounts in 元, WPS mitred borders)', () => {
  it('reads the cover title and drops （汇总） from the unit', async () => {
    const d = await real('xian-bangongting-2026-dept-budget');
    expect(d.document).toMatchObject({ title: '西安市人民政府办公厅（汇总）2026年部门预算公开说明', unit: '西安市人民政府办公厅', fiscalYear: 2026 });
  });

  it('finds the ruled tables WPS draws with trapezoid fills', async () => {
    const d = await real('xian-bangongting-2026-dept-budget');
    const [income] = titled(d.tables, '部门综合预算收入总表');
    expect(income.unitOfMeasure).toBe('元');
    expect(shape(income)).toEqual([6, 14]);
    expect(row(income.rows[0])).toEqual(['单位编码[3x1]', '单位名称[3x1]', '部门预算[1x12]']);
    expect(row(income.rows[3]).slice(0, 4)).toEqual(['合计[1x2]', '92,165,133.99', '92,165,133.99', '7,100,000.00']);
    const [training] = titled(d.tables, '培训费明细表');
    expect(row(training.rows[3])).toEqual(['3', '值班业务培训', '不晚于2026年10月31日', '65', '9.00', '']);
  });
});

describe('广州市生态环境局 2026 project targets (140 pages, one table)', () => {
  it('is one table over all 140 pages, its header printed once', async () => {
    const d = await real('guangzhou-sthj-2026-project-perf-targets');
    expect(d.document).toMatchObject({ title: '广州市生态环境局2026年项目支出绩效目标表（含转移支付项目）', unit: '广州市生态环境局', fiscalYear: 2026 });
    expect(d.tables).toHaveLength(1);
    const [table] = d.tables;
    expect(table.pages).toEqual(Array.from({ length: 140 }, (_, i) => i + 1));
    expect(table.rows.filter((r) => r[0].text === '项目名称（资金使用单位）')).toHaveLength(1);
    expect(row(table.rows[1])).toEqual(['合计：', '37,367.86', '35,790.09', '', '1,577.77', '', '']);
    expect(row(table.rows.at(-1)!).slice(0, 3)).toEqual(['机构运行辅助经费', '14.00', '14.00']);
    expect(table.rows.every((r) => r.reduce((n, c) => n + c.colSpan, 0) === 7)).toBe(true);
  });
});

describe('北京市发展和改革委员会 2026, part 1 (narrative only)', () => {
  it('reads the title over two cover lines and the narrative sections, and finds no table', async () => {
    const d = await real('beijing-fgw-2026-dept-budget-part1-explanation');
    expect(d.document).toMatchObject({ title: '北京市发展和改革委员会2026年度部门预算信息公开', unit: '北京市发展和改革委员会', fiscalYear: 2026 });
    expect(d.tables).toHaveLength(0);
    expect(d.sections.some((s) => s.title === '部门情况说明')).toBe(true);
  });
});

describe('北京市发展和改革委员会 2026, part 2 (tables only, no notice title)', () => {
  // The file prints no title and no year of its own (they are in part 1), so
  // the whole conversion stops at NOT_A_DISCLOSURE; its tables are read here.
  it('reads the 预算01–11 tables in 万元 with 6 decimals', async () => {
    const model = await readPdf(readFileSync(samplePath('real/beijing-fgw-2026-dept-budget-part2-tables.pdf')), 120_000);
    expect(model.pages).toBe(83);
    const { tables } = viewDocument(model.blocks);
    expect(tables.slice(0, 11).map((t) => t.title.printed)).toEqual([
      '预算01表收支总表', '预算02表收入总表', '预算03表支出总表', '预算04表财政拨款收支总表', '预算05表一般公共预算支出表',
      '预算06表一般公共预算基本支出表', '预算07表政府性基金预算支出表', '预算08表国有资本经营预算支出表',
      '预算09表财政拨款“三公”经费支出表', '预算10表政府采购预算明细表', '预算11表财政拨款政府购买服务明细表',
    ]);
    const summary = tables[0];
    expect(row(summary.cells[0])).toEqual(['收入[1x2]', '支出[1x2]']);
    expect(row(summary.cells[2])).toEqual(['一、一般公共预算拨款收入', '92,600.296597', '一、一般公共服务支出', '68,486.138457']);
    expect(tables[2].pages).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('reads the project indicator table of pages 30–80 as one table, ignoring the text WPS clips away', async () => {
    const model = await readPdf(readFileSync(samplePath('real/beijing-fgw-2026-dept-budget-part2-tables.pdf')), 120_000);
    const projects = viewDocument(model.blocks).tables.filter((t) => t.title.printed === '预算表12项目支出绩效目标表');
    expect(projects).toHaveLength(1);
    const [table] = projects;
    expect(table.pages).toEqual(Array.from({ length: 51 }, (_, i) => 30 + i));
    const grid = toGrid(table.cells);
    expect(grid[0].map((slot) => slot.cell.text)).toEqual(['项目名称', '项目总额', '其中：', '其中：', '绩效目标', '一级指标', '二级指标', '三级指标', '绩效指标性质', '本年绩效指标值', '绩效度量单位']);
    // The header is printed on every page and appears once (the clipped overflow of a merged cell on page 32 no longer spoils it).
    expect(grid.filter((r) => r[0].cell.text === '项目名称')).toHaveLength(2);
    // 京津冀协同发展相关宣传… (page 32): one project cell over its seven indicator rows.
    const at = grid.findIndex((r) => r[0].cell.text === '11000022T000000456396-京津冀协同发展相关宣传、展示及推介等工作经费');
    expect(grid[at][0].cell.rowSpan).toBe(7);
    expect(grid[at][1].cell.text).toBe('580.145500');
    expect(grid.slice(at, at + 7).map((r) => `${r[7].cell.text} ${r[8].cell.text} ${r[9].cell.text} ${r[10].cell.text}`.trim())).toEqual([
      '成效展参与企业满意度 ≥ 80 %',
      '制作播出京津冀宣传节目数量 ≥ 20 期',
      '举办展览展示活动 ≥ 1 场次',
      '成效展展品数量 ≥ 20 件',
      '视频分辨率 ≥ 1080 其他',
      // The cell is too short for its text: WPS clips the last line (示、推介) away, and so do we.
      '京津冀协同发展成效宣传展示、推介 定性 优，对京津冀协同发展成效进行宣传、展',
      '宣传节目每集制作成本 ≤ 30 万元',
    ]);
  });

  // Pp. 82–83 print 整体绩效目标, the merged cell left of the 活动 grid, unruled beside the ruled grid (p. 82)
  // and rule it again, empty (p. 83).
  it('reads the 预算13表 of pages 81–83 as one table, the text beside page 82 in its left-hand column', async () => {
    const model = await readPdf(readFileSync(samplePath('real/beijing-fgw-2026-dept-budget-part2-tables.pdf')), 120_000);
    const overall = viewDocument(model.blocks).tables.filter((t) => t.pages?.some((page) => page >= 81));
    expect(overall.map((t) => [t.title.printed, t.pages])).toEqual([['预算13表部门整体支出绩效目标表', [81, 82, 83]]]);
    const grid = toGrid(overall[0].cells);
    const side = grid.find((r) => r[0].cell.text === '整体绩效目标')![0].cell;
    expect([side.rowSpan, grid.filter((r) => r[1].cell.text === '活动').length]).toEqual([40, 3]);
  });
});
