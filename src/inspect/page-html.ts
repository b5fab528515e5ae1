// The review page as one HTML string: the document's tables with their cells
// (over the drawn PDF pages, or rebuilt as tables for DOCX and HTML), the
// records and findings beside them, and the script tying both together. Pure.
import type { PdfData } from './pdf-data.js';
import type { PdfjsBuild } from './pdfjs-build.js';
import { pageScript } from './page-script.js';
import { pageStyle } from './page-style.js';
import type { Place } from './provenance.js';
import type { ReviewCell, ReviewFinding, ReviewModel, ReviewRecord, ReviewTable } from './review-model.js';

/** What a PDF review needs to draw its pages in the browser. */
export interface PdfPages {
  bytes: Uint8Array;
  data: PdfData;
  pdfjs: PdfjsBuild;
}

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function renderReviewPage(model: ReviewModel, pdf: PdfPages | null): string {
  const recordsOfCell = new Map<string, string[]>();
  for (const record of model.records) {
    for (const cell of new Set([...record.place.cells, ...record.figures.flatMap((figure) => figure.place.cells)])) {
      recordsOfCell.set(cell, [...(recordsOfCell.get(cell) ?? []), record.id]);
    }
  }
  const drawn = pdf ? model.tables.filter((table) => table.rows.some((row) => row.some((cell) => cell.bbox && cell.page && pdf.data.pageSizes.has(cell.page)))) : [];
  const rebuilt = model.tables.filter((table) => !drawn.includes(table));
  const documentPane = [
    ...(pdf ? model.pages.map((page) => pageHtml(page, pdf.data.pageSizes.get(page), drawn, recordsOfCell)) : []),
    ...rebuilt.map((table) => tableHtml(table, recordsOfCell)),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(`${model.title} — review`)}</title>`,
    `<style>${pageStyle}</style>`,
    '</head>',
    `<body data-format="${model.format}">`,
    '<header>',
    `<h1>${escape(model.title)}</h1><p class="file">${escape(model.file)}</p>`,
    '<input id="search" type="search" placeholder="search a code or name (/)" autocomplete="off">',
    '<p class="keys">n / p: next / previous finding · Esc: clear</p>',
    legend(model.tables),
    '</header>',
    '<main>',
    `<section id="document">${documentPane.join('\n')}</section>`,
    '<aside id="side">',
    '<section id="cell-records" hidden><h2>Records from this cell</h2><ul></ul></section>',
    `<section id="findings"><h2>Findings (${model.findings.length})</h2><ol>${model.findings.map(findingHtml).join('')}</ol></section>`,
    `<section id="records"><h2>Records</h2>${recordGroups(model.records)}</section>`,
    '</aside>',
    '</main>',
    pdf ? pdfScripts(pdf) : '',
    `<script type="module">${pageScript}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

const kindClass = (table: ReviewTable) => `k-${table.kind}`;

function tableCaption(table: ReviewTable): string {
  return [table.label, table.fiscalKind ?? table.kind, table.title].filter(Boolean).join(' · ');
}

function cellClasses(cell: ReviewCell, table: ReviewTable): string {
  return ['cell', kindClass(table), cell.header ? 'header' : '', cell.total ? 'total' : ''].filter(Boolean).join(' ');
}

function cellAttributes(cell: ReviewCell, table: ReviewTable, recordsOfCell: Map<string, string[]>): string {
  const records = recordsOfCell.get(cell.id) ?? [];
  return `id="${cell.id}" class="${cellClasses(cell, table)}" data-table="${table.index}" data-records="${records.join(' ')}" title="${escape(cell.text)}"`;
}

/** One PDF page: a canvas the script draws into, and the cells of every table on it outlined over it. */
function pageHtml(page: number, size: { width: number; height: number } | undefined, tables: readonly ReviewTable[], recordsOfCell: Map<string, string[]>): string {
  if (!size) return '';
  const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;
  const overlay = tables.flatMap((table) => {
    const cells = table.rows.flat().filter((cell) => cell.page === page && cell.bbox);
    if (cells.length === 0) return [];
    const left = Math.min(...cells.map((cell) => cell.bbox![0]));
    const top = Math.min(...cells.map((cell) => cell.bbox![1]));
    // The first page of a table carries its anchor (what a record linked only to the table scrolls to).
    const anchor = table.rows.flat().find((cell) => cell.page && cell.bbox)?.page === page ? ` id="table-${table.index}"` : '';
    const label = `<div${anchor} class="table-label ${kindClass(table)}" style="left:${percent(left, size.width)};top:${percent(top, size.height)}">${escape(tableCaption(table))}</div>`;
    const boxes = cells.map((cell) => {
      const [x0, y0, x1, y1] = cell.bbox!;
      const style = `left:${percent(x0, size.width)};top:${percent(y0, size.height)};width:${percent(x1 - x0, size.width)};height:${percent(y1 - y0, size.height)}`;
      return `<div ${cellAttributes(cell, table, recordsOfCell)} style="${style}"></div>`;
    });
    return [label, ...boxes];
  });
  return `<div class="page" id="page-${page}" data-page="${page}" style="aspect-ratio:${size.width}/${size.height}"><canvas></canvas><div class="overlay">${overlay.join('')}</div><span class="page-number">${page}</span></div>`;
}

/** A table without a page to draw on (DOCX, HTML): rebuilt with its spans. */
function tableHtml(table: ReviewTable, recordsOfCell: Map<string, string[]>): string {
  const rows = table.rows.map((row) => `<tr>${row.map((cell) => `<td ${cellAttributes(cell, table, recordsOfCell)} rowspan="${cell.rowSpan}" colspan="${cell.colSpan}">${escape(cell.text)}</td>`).join('')}</tr>`);
  return `<div class="rebuilt"><div id="table-${table.index}" class="table-label ${kindClass(table)}">${escape(tableCaption(table))}</div><table>${rows.join('')}</table></div>`;
}

function legend(tables: readonly ReviewTable[]): string {
  const kinds = [...new Set(tables.map((table) => table.kind))];
  const items = kinds.map((kind) => `<span class="swatch k-${kind}">${kind}</span>`);
  return `<p class="legend">${items.join('')}<span class="swatch header">header row</span><span class="swatch total">total row</span></p>`;
}

const placeAttributes = (place: Place) => `data-cells="${place.cells.join(' ')}" data-table="${place.table ?? ''}"`;

function findingHtml(finding: ReviewFinding): string {
  const against = finding.against.flatMap((place) => place.cells);
  const links = [
    // A finding on the narrative (a sentence) has no cell to show.
    finding.place.cells.length > 0 || finding.place.table !== null
      ? `<a class="go actual" ${placeAttributes(finding.place)}>${finding.place.cells.length > 0 ? 'printed figure' : 'its table'}</a>`
      : '<small>(in the text)</small>',
    ...(finding.against.length > 0 ? [`<a class="go against" data-cells="${against.join(' ')}" data-table="${finding.against[0].table ?? ''}">compared with (${finding.against.length})</a>`] : []),
  ];
  return `<li id="${finding.id}" class="finding ${finding.severity}" tabindex="-1" ${placeAttributes(finding.place)} data-against="${against.join(' ')}"><b>${finding.code}</b> ${escape(finding.message)} <code>${escape(finding.path)}</code> ${links.join(' ')}</li>`;
}

function recordGroups(records: readonly ReviewRecord[]): string {
  const groups = new Map<string, ReviewRecord[]>();
  for (const record of records) groups.set(record.group, [...(groups.get(record.group) ?? []), record]);
  return [...groups].map(([group, members]) => `<details open><summary>${escape(group)}</summary><ul>${members.map(recordHtml).join('')}</ul></details>`).join('');
}

function recordHtml(record: ReviewRecord): string {
  const figures = record.figures.map((figure) => `<a class="figure" ${placeAttributes(figure.place)}><small>${escape(figure.name)}</small> ${escape(figure.value)}</a>`);
  return `<li id="${record.id}" class="record" ${placeAttributes(record.place)}><a class="label">${escape(record.label)}</a> ${figures.join(' ')}</li>`;
}

function pdfScripts(pdf: PdfPages): string {
  const data = {
    pdf: base64(pdf.bytes),
    cMaps: Object.fromEntries([...pdf.data.cMaps].map(([name, bytes]) => [name, base64(bytes)])),
    standardFonts: Object.fromEntries([...pdf.data.standardFonts].map(([name, bytes]) => [name, base64(bytes)])),
  };
  return [
    `<script type="application/json" id="pdf-data">${JSON.stringify(data)}</script>`,
    `<script type="text/plain" id="pdfjs-library">${base64(pdf.pdfjs.library)}</script>`,
    `<script type="text/plain" id="pdfjs-worker">${base64(pdf.pdfjs.worker)}</script>`,
  ].join('\n');
}
