// What the review page shows, from a canonical document alone: the tables'
// printed cells with their marks, the records and findings each tied to the
// cells the converter says they came from. Pure.
import { figureLabels } from '../compare/figure-labels.js';
import { formatYuan } from '../compare/format.js';
import { budgetSummaryPaths, figureAt } from '../export/summary-figures.js';
import type { Disclosure, FiscalTable, RawTable } from '../schema/canonical.js';
import { cellId, TableCells } from './cells.js';
import { placeOfFigure, placeOfPointer, placeOfRecord, placeOfSummaryFigure, type Place } from './provenance.js';

export interface ReviewCell {
  id: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  page: number | null;
  bbox: [number, number, number, number] | null;
  header: boolean;
  total: boolean;
}

export interface ReviewTable {
  index: number;
  /** The printed label (部门公开表3) where a fiscal table has one. */
  label: string | null;
  /** The RawTable kind, which colours the table, and the fiscal kind where it is a fiscal table. */
  kind: RawTable['kind'];
  fiscalKind: FiscalTable['kind'] | null;
  title: string | null;
  rows: ReviewCell[][];
}

export interface Figure {
  name: string;
  value: string;
  place: Place;
}

export interface ReviewRecord {
  id: string;
  group: string;
  /** Code and name, what a search matches. */
  label: string;
  figures: Figure[];
  place: Place;
}

export interface ReviewFinding {
  id: string;
  code: string;
  severity: string;
  message: string;
  path: string;
  /** The printed figure that disagrees, and the figures it was compared with. */
  place: Place;
  against: Place[];
}

export interface ReviewModel {
  title: string;
  file: string;
  format: Disclosure['source']['format'];
  /** PDF pages to draw (1-based), all of them unless limited. */
  pages: number[];
  tables: ReviewTable[];
  records: ReviewRecord[];
  findings: ReviewFinding[];
}

/** `pages` limits a PDF's review to those pages: tables and records on other pages are left out. */
export function reviewModel(disclosure: Disclosure, pages: readonly number[] | null = null): ReviewModel {
  const cells = disclosure.tables.map((table) => new TableCells(table));
  const shownTable = (index: number | null) => index === null || !pages || (disclosure.tables[index]?.pages ?? []).some((page) => pages.includes(page));
  const records = [...summaryRecords(disclosure, cells), ...fiscalRecords(disclosure, cells), ...performanceRecords(disclosure, cells), ...procurementRecords(disclosure, cells), ...assetRecords(disclosure, cells)];
  const findings = disclosure.validation.map((finding, i) => ({
    id: `f${i}`,
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    path: finding.path,
    place: placeOfPointer(disclosure, finding.path, cells),
    against: (finding.against ?? []).map((pointer) => placeOfPointer(disclosure, pointer, cells)),
  }));
  const totalRows = totalRowsByTable(disclosure);
  const allPages = Array.from({ length: disclosure.source.pages ?? 0 }, (_, i) => i + 1);
  return {
    title: disclosure.document.title,
    file: disclosure.source.file,
    format: disclosure.source.format,
    pages: pages ? allPages.filter((page) => pages.includes(page)) : allPages,
    tables: disclosure.tables.filter((table) => shownTable(table.index)).map((table) => reviewTable(table, cells[table.index], disclosure, totalRows)),
    records: records.filter((record) => shownTable(record.place.table)),
    findings: findings.filter((finding) => [finding.place, ...finding.against].some((place) => shownTable(place.table))),
  };
}

function reviewTable(table: RawTable, cells: TableCells, disclosure: Disclosure, totalRows: Map<number, Set<number>>): ReviewTable {
  const fiscal = disclosure.fiscalTables.find((candidate) => candidate.source.table === table.index) ?? null;
  return {
    index: table.index,
    label: fiscal?.label ?? null,
    kind: table.kind,
    fiscalKind: fiscal?.kind ?? null,
    title: table.title ?? fiscal?.title ?? null,
    rows: table.rows.map((row, r) => {
      const columns = cells.columnsOf(r);
      return row.map((cell, i) => ({
        id: cellId(table.index, r, columns[i]),
        text: cell.text,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
        page: cell.page ?? null,
        bbox: cell.bbox ?? null,
        header: cells.headerRows.has(r),
        total: totalRows.get(table.index)?.has(r) ?? false,
      }));
    }),
  };
}

/** The rows the readers took for totals (fiscal 合计 rows, procurement 合计 and 小计 rows). */
function totalRowsByTable(disclosure: Disclosure): Map<number, Set<number>> {
  const rows = new Map<number, Set<number>>();
  const add = (source: { table: number; row: number } | undefined) => {
    if (!source) return;
    if (!rows.has(source.table)) rows.set(source.table, new Set());
    rows.get(source.table)!.add(source.row);
  };
  disclosure.fiscalTables.forEach((table) => table.totals.forEach((total) => add(total.source)));
  add(disclosure.procurement.total?.source);
  disclosure.procurement.subtotals.forEach((line) => add(line.source));
  return rows;
}

function summaryRecords(disclosure: Disclosure, cells: readonly TableCells[]): ReviewRecord[] {
  return budgetSummaryPaths.flatMap((path, i) => {
    const value = figureAt(disclosure.budgetSummary, path);
    if (value === null) return [];
    const place = placeOfSummaryFigure(disclosure, path, cells);
    return [{ id: `s${i}`, group: '预算概况 budget summary', label: figureLabels[path] ? `${figureLabels[path]} (${path})` : path, figures: [{ name: '元', value: formatYuan(value), place }], place }];
  });
}

function fiscalRecords(disclosure: Disclosure, cells: readonly TableCells[]): ReviewRecord[] {
  return disclosure.fiscalTables.flatMap((table, t) => {
    const group = `${table.label ? `${table.label} ` : ''}${table.title}`;
    const entries = [
      ...table.lines.map((line, i) => ({ id: `l${t}-${i}`, label: [line.code, line.name].filter(Boolean).join(' '), entry: line })),
      ...table.totals.map((total, i) => ({ id: `u${t}-${i}`, label: total.name || '合计', entry: total })),
    ];
    return entries.map(({ id, label, entry }) => {
      const figures = table.measures
        .filter(({ key }) => entry.values[key] !== undefined && entry.values[key] !== null)
        .map(({ key, label: printed }) => ({
          name: printed || key,
          value: key.endsWith('changePct') ? `${entry.values[key]}%` : formatYuan(entry.values[key]),
          place: placeOfFigure(entry, key, cells),
        }));
      const place = entry.source ? { table: entry.source.table, cells: figures.flatMap((figure) => figure.place.cells) } : { table: table.source.table, cells: [] };
      return { id, group, label, figures, place };
    });
  });
}

function performanceRecords(disclosure: Disclosure, cells: readonly TableCells[]): ReviewRecord[] {
  const { overall, projects } = disclosure.performance;
  return [...(overall ? [overall] : []), ...projects].flatMap((project, p) => {
    const group = `绩效目标 ${project.name}`;
    const head: ReviewRecord = {
      id: `p${p}`,
      group,
      label: [project.code, project.name, project.unit].filter(Boolean).join(' '),
      figures: project.budget === null ? [] : [{ name: 'budget', value: formatYuan(project.budget), place: placeOfRecord(project.source, cells) }],
      place: placeOfRecord(project.source, cells),
    };
    const indicators = project.indicators.map((indicator, i) => ({
      id: `p${p}-${i}`,
      group,
      label: [indicator.level1, indicator.level2, indicator.name].filter(Boolean).join(' / '),
      figures: [{ name: '指标值', value: indicator.target.raw, place: placeOfRecord(indicator.source, cells) }],
      place: placeOfRecord(indicator.source, cells),
    }));
    return [head, ...indicators];
  });
}

function procurementRecords(disclosure: Disclosure, cells: readonly TableCells[]): ReviewRecord[] {
  const { total, subtotals, lines } = disclosure.procurement;
  const rows = [...(total ? [{ line: total, kind: '合计' }] : []), ...subtotals.map((line) => ({ line, kind: '小计' })), ...lines.map((line) => ({ line, kind: '' }))];
  return rows.map(({ line, kind }, i) => ({
    id: `q${i}`,
    group: '政府采购 procurement',
    label: [kind, line.catalogCode, line.project, line.item].filter(Boolean).join(' '),
    figures: line.amount === null ? [] : [{ name: 'amount', value: formatYuan(line.amount), place: placeOfRecord(line.source, cells) }],
    place: placeOfRecord(line.source, cells),
  }));
}

function assetRecords(disclosure: Disclosure, cells: readonly TableCells[]): ReviewRecord[] {
  return disclosure.assets.items.map((item, i) => ({
    id: `a${i}`,
    group: '资产 assets',
    label: item.item,
    figures: [
      ...(item.quantity === null ? [] : [{ name: 'quantity', value: String(item.quantity), place: placeOfRecord(item.source, cells) }]),
      ...(item.value === null ? [] : [{ name: 'value', value: formatYuan(item.value), place: placeOfRecord(item.source, cells) }]),
    ],
    place: placeOfRecord(item.source, cells),
  }));
}
