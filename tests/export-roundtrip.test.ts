// `disclosure export` re-read: every CSV parsed back and checked against the JSON
// documents it came from, whatever they contain; the workbook and the SQLite
// database give the same rows; datapackage.json describes the files and is valid
// against the Frictionless specifications' JSON Schemas.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/schema/canonical.js';
import { langfang2023, withFiscalLines } from './support/canonical-fixtures.js';
import { runCli } from './support/cli.js';
import { samplePath } from './support/samples.js';

type Row = Record<string, string>;
interface Resource {
  name: string;
  path: string;
  profile: string;
  encoding?: string;
  bytes: number;
  hash: string;
  schema?: {
    fields: { name: string; title: string; type: string; currency?: string; columnType?: string }[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
type Value = string | number | boolean | null;

const snake = (path: string) => path.replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function leaves(node: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value as Record<string, unknown>, path) : [[path, value] as [string, unknown]];
  });
}

describe('export of a folder of canonical JSON', () => {
  let inDir: string;
  let outDir: string;
  let documents: Disclosure[];
  let result: ReturnType<typeof runCli>;
  let pkg: { currency: string; fiscalYears: number[]; fiscalPeriod: object; created: string; licenses: object[]; sources: { title: string; path: string }[]; resources: Resource[] };
  const table = (name: string): Row[] => parse(readFileSync(join(outDir, `${name}.csv`)), { bom: true, columns: true }) as Row[];

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'export-'));
    inDir = join(root, 'json');
    outDir = join(root, 'portal');
    expect(runCli(['extract', samplePath('langfang-org-2023.docx'), samplePath('langfang-org-2023.pdf'), '-o', inDir, '--quiet']).status).not.toBe(2);
    const figures = await langfang2023();
    figures.source = { ...figures.source, file: 'langfang-figures.docx', sha256: 'a'.repeat(64) };
    Object.assign(figures.procurement.lines[0], { category: 'C服务', specification: '彩色印刷', method: '分散采购', functionalCode: '2013299', economicCode: '30202' });
    figures.procurement.lines[0].funding.other = 125000.5;
    writeFileSync(join(inDir, 'langfang-figures.json'), JSON.stringify(figures, null, 2));
    writeFileSync(join(inDir, 'fiscal.json'), JSON.stringify(await withFiscalLines(), null, 2));
    writeFileSync(join(inDir, 'copy-of-figures.json'), JSON.stringify(figures));
    writeFileSync(join(inDir, 'notes.json'), JSON.stringify({ hello: 'not a notice' }));
    writeFileSync(join(inDir, 'broken.json'), '{"schemaVersion": "1.0", ');
    result = runCli(['export', inDir, '-o', outDir, '--format', 'csv,xlsx', '--format', 'sqlite']);
    pkg = JSON.parse(readFileSync(join(outDir, 'datapackage.json'), 'utf8'));
    documents = readFileSync(join(outDir, 'documents.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
  });

  it('exports every canonical document once, in file-name order, and says what it skipped', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('skipped _report.json: the run report');
    expect(result.stderr).toMatch(/skipped notes\.json: not a canonical disclosure document/u);
    expect(result.stderr).toMatch(/skipped broken\.json: not readable JSON/u);
    expect(result.stderr).toMatch(/skipped langfang-figures\.json: the same source file .* as copy-of-figures\.json/u);
    const canonical = ['copy-of-figures.json', 'fiscal.json', ...readdirSync(inDir).filter((name) => name.startsWith('langfang-org-2023.'))].sort();
    const expected = canonical.map((name) => JSON.parse(readFileSync(join(inDir, name), 'utf8')));
    expect(documents).toEqual(expected);
    expect(documents.length).toBeGreaterThanOrEqual(3);
  });

  it('writes Excel-ready CSV: UTF-8 BOM, CRLF, header = datapackage fields, plain unquoted numbers', () => {
    for (const resource of pkg.resources.filter((r) => r.path.endsWith('.csv'))) {
      const bytes = readFileSync(join(outDir, resource.path));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.split('\r\n')[0]).toBe(resource.schema!.fields.map((f) => f.name).join(','));
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parse(bytes, { bom: true, columns: true }) as Row[];
      for (const field of resource.schema!.fields.filter((f) => f.type === 'number' || f.type === 'integer')) {
        for (const row of rows) expect(row[field.name]).toMatch(/^(-?\d+(\.\d+)?)?$/u);
      }
      expect(text).not.toMatch(/,"-?\d+(\.\d+)?"(,|\r\n)/u);
    }
  });

  it('documents.csv and budget_summary.csv hold each document’s figures', () => {
    const rows = table('documents');
    expect(rows.map((r) => r.document_id)).toEqual(documents.map((d) => d.source.sha256));
    const summaries = table('budget_summary');
    documents.forEach((d, i) => {
      expect(rows[i]).toMatchObject({ title: d.document.title, unit: d.document.unit, fiscal_year: String(d.document.fiscalYear), stage: d.document.stage });
      // evidence and provenance say where the figures came from; the export carries the evidence sentence only.
      const { evidence, provenance, ...figures } = d.budgetSummary;
      void evidence;
      void provenance;
      for (const [path, value] of leaves(figures)) expect([path, summaries[i][snake(path)]]).toEqual([path, cell(value)]);
    });
    const figures = summaries.find((r) => r.document_id === 'a'.repeat(64))!;
    expect(figures).toMatchObject({ revenue_total: '41966300', change_from_prior_year_total: '-14235000', three_public_vehicle_operation: '200200', revenue_state_capital: '' });
  });

  it('fiscal_lines.csv has one row per line and measure with its classification', () => {
    const rows = table('fiscal_lines');
    const expected = documents.flatMap((d) =>
      d.fiscalTables.flatMap((t, tableIndex) =>
        t.lines.flatMap((line) =>
          t.measures.filter((m) => m.key in line.values).map((m) => ({ id: d.source.sha256, tableIndex, line, measure: m.key, value: line.values[m.key] })),
        ),
      ),
    );
    expect(rows).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const row = rows[i];
      expect(row).toMatchObject({ document_id: e.id, table_index: String(e.tableIndex), code: cell(e.line.code), scheme: cell(e.line.scheme), level: cell(e.line.level), name: e.line.name, measure: e.measure });
      expect(e.measure === 'changePct' ? row.percent : row.amount).toBe(cell(e.value));
      if (e.line.scheme === 'functional') expect(row.functional_code).toBe(e.line.code);
    });
    const statistics = rows.find((r) => r.code === '20105' && r.measure === 'total')!;
    expect(statistics).toMatchObject({ amount: '627600', economic_code: '50502', economic_name: '商品和服务支出', functional_name: '统计信息事务', level: '2' });
    expect(rows.find((r) => r.code === '201' && r.measure === 'changePct')).toMatchObject({ percent: '-1.48', amount: '' });
  });

  it('indicators, procurement, assets and findings match their documents', () => {
    const indicators = table('performance_indicators');
    const expectedIndicators = documents.flatMap((d) =>
      [...(d.performance.overall ? [d.performance.overall] : []), ...d.performance.projects].flatMap((t) => t.indicators.map((i) => ({ t, i }))),
    );
    expect(indicators.map((r) => [r.project, r.project_unit, r.name, r.target_raw, r.target_operator, r.target_value, r.target_unit, r.target_text])).toEqual(
      expectedIndicators.map(({ t, i }) => [t.name, cell(t.unit), i.name, i.target.raw, cell(i.target.operator), cell(i.target.value), cell(i.target.unit), cell(i.target.text)]),
    );
    expect(indicators.find((r) => r.name === '干部教育培训次数')).toMatchObject({ overall: 'true', target_operator: '>=', target_value: '15', target_unit: '次' });

    const procurement = table('procurement_lines');
    const lines = documents.flatMap((d) => d.procurement.lines);
    expect(procurement.map((r) => [r.item, r.catalog_code, r.quantity, r.unit_price, r.amount, r.funding_general_public_budget, r.sme_reserved])).toEqual(
      lines.map((l) => [cell(l.item), cell(l.catalogCode), cell(l.quantity), cell(l.unitPrice), cell(l.amount), cell(l.funding.generalPublicBudget), cell(l.smeReserved)]),
    );
    expect(procurement.find((r) => r.catalog_code === 'C23090199')).toMatchObject({ amount: '2600000', project_budget: '5000000' });
    expect(procurement.map((r) => [r.category, r.specification, r.method, r.functional_code, r.economic_code, r.government_economic_code, r.funding_other])).toEqual(
      lines.map((l) => [cell(l.category), cell(l.specification), cell(l.method), cell(l.functionalCode), cell(l.economicCode), cell(l.governmentEconomicCode), cell(l.funding.other)]),
    );
    expect(procurement.find((r) => r.document_id === 'a'.repeat(64))).toMatchObject({
      category: 'C服务',
      specification: '彩色印刷',
      method: '分散采购',
      functional_code: '2013299',
      economic_code: '30202',
      funding_other: '125000.5',
    });

    const assets = table('assets');
    expect(assets.map((r) => [r.as_of, r.item, r.quantity, r.value])).toEqual(
      documents.flatMap((d) => d.assets.items.map((i) => [cell(d.assets.asOf), i.item, cell(i.quantity), cell(i.value)])),
    );
    const findings = table('findings');
    expect(findings.map((r) => [r.document_id, r.code, r.severity, r.path, r.expected, r.actual])).toEqual(
      documents.flatMap((d) => d.validation.map((f) => [d.source.sha256, f.code, f.severity, f.path, cell(f.expected), cell(f.actual)])),
    );
  });

  it('budget_summary.csv gives beside each figure the sentence it was read from', () => {
    const summaries = table('budget_summary');
    documents.forEach((d, i) => {
      for (const [path, sentence] of Object.entries(d.budgetSummary.evidence)) expect([path, summaries[i][`${snake(path)}_evidence`]]).toEqual([path, sentence]);
    });
    const docx = documents.findIndex((d) => d.source.format === 'docx' && d.source.file === 'langfang-org-2023.docx');
    expect(summaries[docx].revenue_total_evidence).toMatch(/^2023年预算收入4196\.63万元/u);
  });

  it('ties every row from a table to its printed table and pages', () => {
    const bySha = new Map(documents.map((d) => [d.source.sha256, d]));
    const pdf = documents.find((d) => d.source.format === 'pdf')!;
    let pdfRows = 0;
    for (const name of ['fiscal_lines', 'performance_indicators', 'procurement_lines', 'assets']) {
      for (const row of table(name)) {
        const raw = bySha.get(row.document_id)!.tables[Number(row.source_table)];
        if (name !== 'fiscal_lines') expect(row.table_title).toBe(cell(raw.title));
        expect([row.first_page, row.last_page]).toEqual(raw.pages ? [String(Math.min(...raw.pages)), String(Math.max(...raw.pages))] : ['', '']);
        if (row.document_id === pdf.source.sha256) pdfRows += 1;
      }
    }
    expect(pdfRows).toBeGreaterThan(0);
    const procurement = table('procurement_lines').find((r) => r.document_id === pdf.source.sha256)!;
    expect(procurement.table_title).toContain('政府采购');
    expect(Number(procurement.first_page)).toBeGreaterThan(1);
    const fiscal = table('fiscal_lines').find((r) => r.document_id === 'f'.repeat(64))!;
    const fixture = documents.find((d) => d.source.sha256 === 'f'.repeat(64))!.fiscalTables[0];
    expect([fiscal.table_title, fiscal.table_label]).toEqual([fixture.title, cell(fixture.label)]);
  });

  it('gives the renderings of one notice one notice_id beside their own document_id', () => {
    const rows = table('documents');
    const docx = rows.find((r) => r.file === 'langfang-org-2023.docx')!;
    const pdf = rows.find((r) => r.file === 'langfang-org-2023.pdf')!;
    expect(docx.document_id).not.toBe(pdf.document_id);
    expect(docx.notice_id).toMatch(/^[0-9a-f]{64}$/u);
    expect(pdf.notice_id).toBe(docx.notice_id);
    for (const name of ['fiscal_lines', 'performance_indicators', 'findings']) {
      for (const row of table(name)) expect(row.notice_id).toBe(rows.find((r) => r.document_id === row.document_id)!.notice_id);
    }
  });

  it('the workbook and the SQLite database hold the same rows as the CSV files', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(outDir, 'disclosure.xlsx'));
    const sqlite = (sql: string) => execFileSync('sqlite3', ['-json', join(outDir, 'disclosure.sqlite'), sql], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    for (const resource of pkg.resources.filter((r) => r.path.endsWith('.csv'))) {
      const fields = resource.schema!.fields;
      const name = resource.path.replace(/\.csv$/u, '');
      const typed = (field: (typeof fields)[number], text: string): Value => {
        if (text === '') return null;
        if (field.type === 'number' || field.type === 'integer') return Number(text);
        if (field.type === 'boolean') return text === 'true';
        return text;
      };
      const csv = table(name).map((row) => fields.map((field) => typed(field, row[field.name])));

      const sheet = book.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      const header = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
      expect(header(1)).toEqual(fields.map((field) => field.name));
      expect(header(2)).toEqual(fields.map((field) => field.title));
      const workbookRows: Value[][] = [];
      sheet.eachRow((row, number) => {
        if (number <= 2) return;
        workbookRows.push(
          fields.map((field, column) => {
            const value = row.getCell(column + 1).value as Value | Date | undefined;
            if (value instanceof Date) return value.toISOString().slice(0, 10);
            return value ?? null;
          }),
        );
      });
      expect([name, workbookRows]).toEqual([name, csv]);
      for (const [column, field] of fields.entries()) {
        if (field.currency) expect(sheet.getColumn(column + 1).numFmt).toBe('#,##0.00');
      }

      const databaseRows = (JSON.parse(sqlite(`SELECT * FROM "${name}" ORDER BY rowid`) || '[]') as Record<string, Value>[]).map((row) =>
        fields.map((field) => (field.type === 'boolean' && row[field.name] !== null ? row[field.name] === 1 : row[field.name])),
      );
      expect([name, databaseRows]).toEqual([name, csv]);
    }
    expect(sqlite('PRAGMA integrity_check')).toContain('"ok"');
    expect(sqlite('PRAGMA foreign_key_check')).toBe('');
    const keys = JSON.parse(sqlite(`SELECT "from", "table", "to" FROM pragma_foreign_key_list('fiscal_lines')`));
    expect(keys).toEqual([{ from: 'document_id', table: 'documents', to: 'document_id' }]);
    const primary = JSON.parse(sqlite(`SELECT name FROM pragma_table_info('fiscal_lines') WHERE pk > 0 ORDER BY pk`));
    expect(primary).toEqual([{ name: 'document_id' }, { name: 'row_number' }]);
    expect(sqlite(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'fiscal_lines'`)).toContain('fiscal_lines_functional_code');
  });

  it('writes a Data Package valid against the Frictionless JSON Schemas, with licence, sources, created and keys', () => {
    const profile = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/frictionless/${name}.json`, import.meta.url), 'utf8')) as object;
    const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
    ajvFormats.default(ajv);
    // An editor hint of the specs' own schemas (a multi-line text box), not a constraint.
    ajv.addFormat('textarea', true);
    const check = (schema: string, value: unknown) => {
      const validate = ajv.compile(profile(schema));
      expect([schema, validate(value) ? [] : validate.errors]).toEqual([schema, []]);
    };
    check('data-package', pkg);
    for (const resource of pkg.resources) {
      if (resource.profile === 'tabular-data-resource') {
        check('tabular-data-resource', resource);
        check('table-schema', resource.schema);
      } else check('data-resource', resource);
    }

    expect(pkg.licenses).toHaveLength(1);
    expect(pkg.sources.map((s) => s.path)).toEqual(documents.map((d) => d.source.file));
    expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u);
    const newest = Math.max(...readdirSync(inDir).filter((n) => n.endsWith('.json') && n !== '_report.json').map((n) => statSync(join(inDir, n)).mtimeMs));
    expect(Date.parse(pkg.created)).toBe(Math.floor(newest / 1000) * 1000);

    // Keys are real: primary keys unique, foreign keys resolve, in the data as written.
    const ids = new Set(table('documents').map((r) => r.document_id));
    for (const resource of pkg.resources.filter((r) => r.schema)) {
      const rows = table(resource.path.replace(/\.csv$/u, ''));
      const keys = rows.map((row) => resource.schema!.primaryKey.map((field) => row[field]).join('|'));
      expect([resource.name, new Set(keys).size]).toEqual([resource.name, rows.length]);
      for (const key of resource.schema!.foreignKeys ?? []) {
        expect(key.reference).toEqual({ resource: 'documents', fields: ['document_id'] });
        for (const row of rows) expect(ids.has(row.document_id)).toBe(true);
      }
      expect([resource.name, Boolean(resource.schema!.foreignKeys)]).toEqual([resource.name, resource.name !== 'documents']);
      // The files start with a BOM, and the descriptor says so.
      expect(resource.encoding).toBe('utf-8-sig');
      expect([...readFileSync(join(outDir, resource.path)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const assets = pkg.resources.find((r) => r.name === 'assets')!;
    expect(assets.schema!.fields.find((f) => f.name === 'as_of')).toMatchObject({ type: 'date' });
    for (const row of table('assets')) expect(row.as_of).toMatch(/^(\d{4}-\d{2}-\d{2})?$/u);
  });

  it('describes the package: currency, fiscal years, Fiscal Data Package roles, sizes and hashes', () => {
    expect(pkg.currency).toBe('CNY');
    expect(pkg.fiscalYears).toEqual([...new Set(documents.map((d) => d.document.fiscalYear))].sort());
    expect(pkg.fiscalPeriod).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    const fiscal = pkg.resources.find((r) => r.name === 'fiscal-lines')!;
    const field = (name: string) => fiscal.schema!.fields.find((f) => f.name === name)!;
    expect(field('amount')).toMatchObject({ type: 'number', currency: 'CNY', columnType: 'value' });
    expect(field('functional_code')).toMatchObject({ type: 'string', columnType: 'functional-classification:generic:code' });
    expect(field('fiscal_year')).toMatchObject({ type: 'integer', columnType: 'date:fiscal-year' });
    for (const resource of pkg.resources) {
      const bytes = readFileSync(join(outDir, resource.path));
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('is deterministic: a second export is byte-identical', () => {
    const again = join(outDir, '..', 'again');
    expect(runCli(['export', inDir, '-o', again, '--format', 'sqlite,xlsx,csv']).status).toBe(0);
    for (const name of readdirSync(outDir)) expect(readFileSync(join(again, name)).equals(readFileSync(join(outDir, name)))).toBe(true);
  });

  it('fails clearly on a folder without canonical documents, and on a missing folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'export-empty-'));
    const none = runCli(['export', empty, '-o', join(empty, 'out')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no canonical documents');
    expect(runCli(['export', join(empty, 'missing'), '-o', join(empty, 'out')]).status).toBe(2);
    const format = runCli(['export', inDir, '-o', join(empty, 'out'), '--format', 'csv,pdf']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf": use csv, xlsx, sqlite');
  });
});
