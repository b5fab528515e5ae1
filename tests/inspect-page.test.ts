// `disclosure inspect` pages opened from disk in headless Chromium (Debian's
// `chromium`, installed by .ci/run): drawn, linked and navigable, with no network.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectNotice } from '../src/cli/inspect.js';
import { convert } from '../src/convert.js';
import { renderReviewPage } from '../src/inspect/page-html.js';
import { pdfDataFor } from '../src/inspect/pdf-data.js';
import { pdfjsBrowserBuild } from '../src/inspect/pdfjs-build.js';
import { reviewModel } from '../src/inspect/review-model.js';
import type { Disclosure } from '../src/schema/canonical.js';

// The page's own globals, seen from the callbacks Playwright runs in it (the project's TypeScript has no DOM library).
interface CanvasElement {
  width: number;
  getBoundingClientRect(): { width: number };
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
}
declare const document: { body: { dataset: Record<string, string | undefined> }; querySelector(selector: string): CanvasElement };

const out = mkdtempSync(join(tmpdir(), 'inspect-'));
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
}

/** Opens a review page from its file and waits until its notice is loaded; collects errors and any request off the disk. */
async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!/^(file|blob|data):/u.test(request.url())) problems.push(`network request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 90_000 });
  expect(await page.getAttribute('body', 'data-ready')).toBe('true');
  return { page, problems };
}

type Box = { x: number; y: number; width: number; height: number };
const within = (inner: Box, outer: Box, slack = 1) =>
  inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;

describe('inspect: a real PDF notice (国家信访局 2026, 部门公开表5 on pp. 10–11)', () => {
  const notice = 'samples/real/central-guojia-xinfangju-2026-dept-budget.pdf';
  let disclosure: Disclosure;
  let opened: Opened;

  beforeAll(async () => {
    const bytes = readFileSync(notice);
    disclosure = await convert(bytes, 'central-guojia-xinfangju-2026-dept-budget.pdf');
    const json = join(out, 'central.json');
    writeFileSync(json, JSON.stringify(disclosure));
    const file = await inspectNotice(notice, { outDir: out, json, pages: '10-11', timeoutMs: 120_000 });
    opened = await open(file);
    // Converting and drawing share two cores with the rest of the suite.
  }, 300_000);

  it('opens from disk with no console error and no network request', () => {
    expect(opened.problems).toEqual([]);
  });

  it("draws 2080501 行政单位离退休's figure where it is printed: its highlight lies within the printed cell's box on the drawn page", async () => {
    const { page } = opened;
    const table = disclosure.fiscalTables.find((candidate) => candidate.label === '部门公开表5')!;
    const line = table.lines.find((candidate) => candidate.code === '2080501')!;
    expect(line.name).toBe('行政单位离退休');
    expect(line.values.total).toBe(9299700);
    // The printed cell, read from the raw table row: the figure 929.97 (万元) as the page prints it.
    const printed = disclosure.tables[line.source.table].rows[line.source.row].find((cell) => cell.text === '929.97')!;
    expect(printed.page).toBe(11);

    const record = page.locator('.record', { has: page.locator('.label', { hasText: '2080501 行政单位离退休' }) });
    await record.locator('.figure', { hasText: '9,299,700' }).first().click();
    const highlighted = page.locator('.cell.selected');
    expect(await highlighted.count()).toBe(1);
    expect(await highlighted.getAttribute('title')).toBe('929.97');

    // Where the cell's bbox (PDF points) falls on the drawn canvas, the page's size read by pdf.js itself.
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(notice)), verbosity: 0 }).promise;
    const size = (await pdf.getPage(11)).getViewport({ scale: 1 });
    await pdf.destroy();
    const canvas = (await page.locator('#page-11 canvas').boundingBox())!;
    const [x0, y0, x1, y1] = printed.bbox!;
    const cellOnScreen = {
      x: canvas.x + (x0 / size.width) * canvas.width,
      y: canvas.y + (y0 / size.height) * canvas.height,
      width: ((x1 - x0) / size.width) * canvas.width,
      height: ((y1 - y0) / size.height) * canvas.height,
    };
    // Pages are drawn as they come into view: the click scrolled page 11 there.
    await page.waitForSelector('#page-11[data-drawn="true"]', { state: 'attached', timeout: 90_000 });
    const box = (await highlighted.boundingBox())!;
    expect(within(box, cellOnScreen)).toBe(true);
    expect(box.width).toBeGreaterThan(cellOnScreen.width * 0.8);

    // The page really is drawn there: the figure's dark pixels lie inside the box on the canvas.
    const ink = await page.evaluate(
      ({ left, top, width, height }) => {
        const element = document.querySelector('#page-11 canvas');
        const scale = element.width / element.getBoundingClientRect().width;
        const pixels = element.getContext('2d').getImageData(left * scale, top * scale, width * scale, height * scale).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) dark++;
        return dark;
      },
      { left: cellOnScreen.x - canvas.x + 2, top: cellOnScreen.y - canvas.y + 2, width: cellOnScreen.width - 4, height: cellOnScreen.height - 4 },
    );
    expect(ink).toBeGreaterThan(20);
  });

  it('shows a budget summary figure on the cell it was taken from: 基本支出 in the 合计 row of 部门公开表3', () => {
    const model = reviewModel(disclosure);
    const record = model.records.find((candidate) => candidate.label.includes('expenditure.basic'))!;
    expect(record.figures.map((figure) => figure.value)).toEqual(['110,560,700']);
    const cells = new Map(model.tables.flatMap((table) => table.rows.flat().map((cell) => [cell.id, cell] as const)));
    expect(record.place.cells.map((id) => [cells.get(id)!.text, cells.get(id)!.page])).toEqual([['11,056.07', 8]]);
  });

  it('lists the records drawn from a clicked cell', async () => {
    const { page } = opened;
    await page.keyboard.press('Escape');
    await page.locator('.cell[title="929.97"]').first().click({ force: true });
    const listed = page.locator('#cell-records li');
    await expect.poll(() => listed.allTextContents()).toEqual(['部门公开表5 一般公共预算支出表 — 2080501 行政单位离退休']);
  });

  it('highlights both sides of a finding: the printed 合计 in red, the lines it was summed from in blue', async () => {
    const { page } = opened;
    const at = disclosure.validation.findIndex((finding) => finding.path === '/fiscalTables/4/totals/0/values/priorYear.total');
    const finding = disclosure.validation[at];
    expect(finding).toMatchObject({ code: 'SUM_MISMATCH', expected: 372414100, actual: 372414200 });
    await page.locator(`#f${at}`).click();
    const actual = page.locator('.cell.actual');
    expect(await actual.count()).toBe(1);
    expect(await actual.getAttribute('title')).toBe('37,241.42');
    const against = page.locator('.cell.against');
    const parts = (await against.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title'))))
      .map((text) => Math.round(Number(text!.replace(/,/gu, '')) * 10000))
      .reduce((sum, value) => sum + value, 0);
    expect(await against.count()).toBe(finding.against!.length);
    expect(parts).toBe(finding.expected);
    await page.screenshot({ path: join(out, 'inspect-finding.png') });
    expect(statSync(join(out, 'inspect-finding.png')).size).toBeGreaterThan(50_000);
  });

  it('steps through the findings with n and p', async () => {
    const { page } = opened;
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    const second = page.locator('.finding.selected');
    expect(await second.getAttribute('id')).toBe(await page.locator('.finding').nth(1).getAttribute('id'));
    await page.keyboard.press('p');
    expect(await page.locator('.finding.selected').getAttribute('id')).toBe(await page.locator('.finding').nth(0).getAttribute('id'));
  });

  it('finds a line by its code', async () => {
    const { page } = opened;
    await page.fill('#search', '2080501');
    const visible = await page.locator('.record:visible .label').allTextContents();
    expect(visible).toEqual(['2080501 行政单位离退休']);
    await page.fill('#search', '');
  });
});

describe('inspect: a DOCX notice (廊坊市委组织部 2023)', () => {
  it('rebuilds the tables and links a procurement line to its row', async () => {
    const file = await inspectNotice('samples/langfang-org-2023.docx', { outDir: out, json: null, pages: null, timeoutMs: 120_000 });
    const { page, problems } = await open(file);
    expect(problems).toEqual([]);
    const kinds = await page.locator('.rebuilt table td.cell').evaluateAll((cells) => [...new Set(cells.map((cell) => cell.className.split(' ')[1]))].sort());
    expect(kinds).toEqual(expect.arrayContaining(['k-assets', 'k-performance_project', 'k-procurement']));
    const line = page.locator('#records .record', { has: page.locator('.label', { hasText: 'C23090199' }) });
    expect(await line.evaluate((record) => record.closest('details')!.querySelector('summary')!.textContent)).toBe('政府采购 procurement');
    await line.locator('.label').click();
    const cells = page.locator('td.cell.selected');
    // The line's row of the procurement table, and only it.
    expect(await cells.evaluateAll((selected) => [...new Set(selected.map((cell) => cell.id.replace(/c\d+$/u, '')))])).toHaveLength(1);
    expect(await cells.allTextContents()).toEqual(expect.arrayContaining(['其他印刷服务']));
    expect(await cells.first().evaluate((cell) => cell.classList.contains('k-procurement'))).toBe(true);
  }, 300_000);
});

describe('inspect: the CMaps a PDF needs travel with the page (广州 2026, p. 9 in a UniGB-UCS2-H font)', () => {
  const notice = readFileSync('samples/real/guangzhou-sthj-2026-project-perf-targets.pdf');

  /** Dark pixels on the drawn page 9 of a review page carrying the given data. */
  async function inkOnPage9(name: string, withCMaps: boolean): Promise<{ dark: number; problems: string[] }> {
    const data = await pdfDataFor(notice, [9]);
    if (!withCMaps) data.cMaps.clear();
    const model = { title: '广州', file: 'guangzhou.pdf', format: 'pdf' as const, pages: [9], tables: [], records: [], findings: [] };
    const file = join(out, name);
    writeFileSync(file, renderReviewPage(model, { bytes: new Uint8Array(notice), data, pdfjs: await pdfjsBrowserBuild() }));
    const { page, problems } = await open(file);
    await page.waitForSelector('#page-9[data-drawn="true"]', { state: 'attached', timeout: 90_000 });
    const dark = await page.evaluate(() => {
      const canvas = document.querySelector('#page-9 canvas');
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 300) count++;
      return count;
    });
    await page.close();
    return { dark, problems };
  }

  it('embeds exactly the CMaps of the pages drawn', async () => {
    expect([...(await pdfDataFor(notice, [9])).cMaps.keys()].sort()).toEqual(['Adobe-GB1-UCS2.bcmap', 'UniGB-UCS2-H.bcmap']);
    expect([...(await pdfDataFor(notice, [1])).cMaps.keys()]).toEqual([]);
  });

  it('draws the text of that font only with them', async () => {
    const drawn = await inkOnPage9('guangzhou-p9.html', true);
    expect(drawn.problems).toEqual([]);
    const without = await inkOnPage9('guangzhou-p9-without-cmaps.html', false);
    expect(drawn.dark).toBeGreaterThan(without.dark + 1000);
  }, 300_000);
});
