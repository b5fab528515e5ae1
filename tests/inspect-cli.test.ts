// `disclosure inspect` on the command line: the page it writes, and the usage
// errors of --pages and --json (exit 2, one line, nothing written).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageRange } from '../src/inspect/page-range.js';

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['bin/disclosure.js', ...args], { encoding: 'utf8', cwd: new URL('..', import.meta.url).pathname });

describe('disclosure inspect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-inspect-'));

  it('writes <notice>.review.html for a PDF limited by --pages, embedding the notice and no CMap it does not use', () => {
    const result = cli(['inspect', 'samples/real/shanghai-putuo-wanli-2024-dept-budget.pdf', '-o', dir, '--pages', '21']);
    expect(result.stderr).toContain('wrote ');
    expect(result.status).toBe(0);
    const html = readFileSync(join(dir, 'shanghai-putuo-wanli-2024-dept-budget.pdf.review.html'), 'utf8');
    // One page drawn: the 财政拨款收支预算总表 (RawTable 3) printed on p. 21, and no other table.
    expect(html.match(/<div class="page" id="page-\d+"/gu)).toEqual(['<div class="page" id="page-21"']);
    expect([...new Set([...html.matchAll(/data-table="(\d+)" data-records/gu)].map((match) => match[1]))]).toEqual(['3']);
    const data = JSON.parse(/<script type="application\/json" id="pdf-data">(.*?)<\/script>/su.exec(html)![1]) as { pdf: string; cMaps: object };
    expect(Buffer.from(data.pdf, 'base64').equals(readFileSync('samples/real/shanghai-putuo-wanli-2024-dept-budget.pdf'))).toBe(true);
    expect(Object.keys(data.cMaps)).toEqual([]);
    // Each run converts on two cores shared with the rest of the suite.
  }, 300_000);

  it('refuses --pages for a DOCX notice and a --json converted from another file', () => {
    const pages = cli(['inspect', 'samples/langfang-org-2023.docx', '-o', dir, '--pages', '1']);
    expect(pages.status).toBe(2);
    expect(pages.stderr.trim()).toBe('disclosure: --pages applies to PDF notices only');
    expect(existsSync(join(dir, 'langfang-org-2023.docx.review.html'))).toBe(false);
    const docxJson = join(dir, 'langfang.json');
    writeFileSync(docxJson, cli(['extract', 'samples/langfang-org-2023.docx']).stdout);
    const other = cli(['inspect', 'samples/langfang-org-2023.html', '-o', dir, '--json', docxJson]);
    expect(other.status).toBe(2);
    expect(other.stderr.trim()).toBe(`disclosure: ${docxJson} was converted from another file than samples/langfang-org-2023.html (sha256 differs)`);
    expect(existsSync(join(dir, 'langfang-org-2023.html.review.html'))).toBe(false);
  }, 300_000);
});

describe('parsePageRange', () => {
  it('reads pages and ranges, in order, once each', () => {
    expect(parsePageRange('10-12, 3,11', 33)).toEqual([3, 10, 11, 12]);
  });

  it('names what it cannot read', () => {
    expect(() => parsePageRange('3-1', 33)).toThrow('pages 3-1 are not within 1-33');
    expect(() => parsePageRange('40', 33)).toThrow('pages 40 are not within 1-33');
    expect(() => parsePageRange('first', 33)).toThrow('"first" is not a page or a range of pages');
  });
});
