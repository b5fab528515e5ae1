// `disclosure export` re-read: every CSV parsed back and checked against the JSON
// documents it came from, whatever they contain; datapackage.json describes the files.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/schema/canonical.js';
import { langfang2023, withFiscalLines } from './support/canonical-fixtures.js';
import { runCli } from './support/cli.js';
import { samplePath } from './support/samples.js';

type Row = Record<string, string>;
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema?: { fields: { name: string; type: string; currency?: string; columnType?: string }[] };
}

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
  let pkg: { currency: string; fiscalYears: number[]; fiscalPeriod: object; resources: Resource[] };
  const table = (name: string): Row[] => parse(readFileSync(join(outDir, `${name}.csv`)), { bom: true, columns: true }) as Row[];

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'export-'));
    inDir = join(root, 'json');
    outDir = join(root, 'portal');
    expect(runCli(['extract', samplePath('langfang-org-2023.docx'), samplePath('langfang-org-2023.pdf'), '-o', inDir, '--quiet']).status).not.toBe(2);
    const figures = await langfang2023();
    figures.source = { ...figures.source, file: 'langfang-figures.docx', sha256: 'a'.repeat(64) };
    writeFileSync(join(inDir, 'langfang-figures.json'), JSON.stringify(figures, null, 2));
    writeFileSync(join(inDir, 'fiscal.json'), JSON.stringify(await withFiscalLines(), null, 2));
    writeFileSync(join(inDir, 'copy-of-figures.json'), JSON.stringify(figures));
    writeFileSync(join(inDir, 'notes.json'), JSON.stringify({ hello: 'not a notice' }));
    writeFileSync(join(inDir, 'broken.json'), '{"schemaVersion": "1.0", ');
    result = runCli(['export', inDir, '-o', outDir]);
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
      const { evidence, ...figures } = d.budgetSummary;
      void evidence;
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
      expect(row).toMatchObject({ document_id: e.id, table: String(e.tableIndex), code: cell(e.line.code), scheme: cell(e.line.scheme), level: cell(e.line.level), name: e.line.name, measure: e.measure });
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

    const assets = table('assets');
    expect(assets.map((r) => [r.as_of, r.item, r.quantity, r.value])).toEqual(
      documents.flatMap((d) => d.assets.items.map((i) => [cell(d.assets.asOf), i.item, cell(i.quantity), cell(i.value)])),
    );
    const findings = table('findings');
    expect(findings.map((r) => [r.document_id, r.code, r.severity, r.path, r.expected, r.actual])).toEqual(
      documents.flatMap((d) => d.validation.map((f) => [d.source.sha256, f.code, f.severity, f.path, cell(f.expected), cell(f.actual)])),
    );
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
    expect(runCli(['export', inDir, '-o', again]).status).toBe(0);
    for (const name of readdirSync(outDir)) expect(readFileSync(join(again, name)).equals(readFileSync(join(outDir, name)))).toBe(true);
  });

  it('fails clearly on a folder without canonical documents, and on a missing folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'export-empty-'));
    const none = runCli(['export', empty, '-o', join(empty, 'out')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no canonical documents');
    expect(runCli(['export', join(empty, 'missing'), '-o', join(empty, 'out')]).status).toBe(2);
  });
});
