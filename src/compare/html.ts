// A report as one self-contained HTML page: inline CSS and an inline SVG
// bar chart of the largest changes, no script and no external asset.
import { formatDelta } from './format.js';
import type { ChartBar } from './largest-changes.js';
import type { ReportModel, ReportTable } from './report-model.js';

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const style = `
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 1100px; color: #1f2328; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; max-width: 16em; }
th { background: #f6f8fa; white-space: nowrap; } td.short { white-space: nowrap; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.headline li { margin: 0.4rem 0; line-height: 1.6; } .note { background: #ddf4ff; border: 1px solid #54aeff; padding: 0.5rem 0.8rem; margin: 0.3rem 0; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: 0.5rem 0.8rem; margin: 0.3rem 0; }
svg text { font-size: 12px; fill: #1f2328; } .increase { fill: #0969da; } .decrease { fill: #cf222e; }
`;

export function renderHtml(model: ReportModel): string {
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(model.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<h1>${escape(model.title)}</h1>`,
    `<ul>${model.facts.map((fact) => `<li>${escape(fact)}</li>`).join('')}</ul>`,
    ...model.warnings.map((w) => `<p class="warning"><strong>${escape(w.code)}</strong>（${escape(w.message)}）</p>`),
    ...(model.headline.length > 0 ? ['<h2>要点</h2>', `<ul class="headline">${model.headline.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>`] : []),
    ...model.notes.map((note) => `<p class="note">${escape(note)}</p>`),
    ...(model.chart.length > 0 ? ['<h2>变化最大的项目</h2>', barChart(model.chart)] : []),
    ...model.tables.map(tableHtml),
    '</body>',
    '</html>',
  ];
  return `${parts.join('\n')}\n`;
}

function tableHtml(table: ReportTable): string {
  const heading = `<h2>${escape(table.heading)}</h2>`;
  if (table.rows.length === 0) return `${heading}\n<p>${escape(table.empty)}</p>`;
  const head = `<tr>${table.header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr>`;
  const cellClass = (text: string, i: number) => (table.numeric[i] ? ' class="num"' : text.length <= SHORT_CELL ? ' class="short"' : '');
  const body = table.rows.map((row) => `<tr>${row.map((text, i) => `<td${cellClass(text, i)}>${escape(text)}</td>`).join('')}</tr>`);
  return `${heading}\n<div class="scroll"><table>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table></div>`;
}

/** Cells this short (a status, a code) never wrap. */
const SHORT_CELL = 12;
const CHART_WIDTH = 1000;
const LABEL_WIDTH = 360;
/** Longer bar labels are cut with an ellipsis; the bar's tooltip has them whole. */
const LABEL_CHARS = 24;
const VALUE_WIDTH = 150;
const BAR_HEIGHT = 22;

/** Horizontal bars around a zero line: increases to the right, decreases to the left. */
function barChart(bars: readonly ChartBar[]): string {
  const largest = Math.max(...bars.map((bar) => Math.abs(bar.delta)));
  const plot = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const zero = LABEL_WIDTH + plot / 2;
  const height = bars.length * BAR_HEIGHT + 10;
  const rows = bars.map((bar, i) => {
    const y = 5 + i * BAR_HEIGHT;
    const length = Math.max(1, Math.round(((Math.abs(bar.delta) / largest) * plot) / 2));
    const x = bar.delta >= 0 ? zero : zero - length;
    const kind = bar.delta >= 0 ? 'increase' : 'decrease';
    return [
      `<g class="bar"><title>${escape(`${bar.label}: ${formatDelta(bar.delta)} 元`)}</title>`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escape(bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}…` : bar.label)}</text>`,
      `<rect class="${kind}" x="${x}" y="${y + 3}" width="${length}" height="${BAR_HEIGHT - 6}"></rect>`,
      `<text x="${CHART_WIDTH - 4}" y="${y + 15}" text-anchor="end">${escape(formatDelta(bar.delta))}</text></g>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="变化最大的项目" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}">`,
    `<line x1="${zero}" y1="0" x2="${zero}" y2="${height}" stroke="#8c959f"></line>`,
    ...rows,
    '</svg>',
  ].join('\n');
}
