// PDF → document model: each page's glyphs and rulings, its ruled and
// borderless tables, the remaining text as paragraphs in reading order, and
// tables continued across pages joined.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ConversionError } from '../../errors.js';
import type { Block, DocumentModel } from '../../model/document.js';
import { continuesTable, joinTableParts, withoutRepeatedTitles, type FlowItem, type TablePart } from './continuation.js';
import { withoutRunningLines, withoutWebChrome } from './furniture.js';
import { unruledHeadRows, withHeadRows } from './head-rows.js';
import { pageScale, type PageContent } from './geometry.js';
import { findLatticeTables } from './lattice.js';
import { groupLines } from './lines.js';
import { openPdf } from './load.js';
import { readPage } from './page.js';
import { frameOf, measureBody, paragraphsOf, type PlacedLine, type TextFrame } from './paragraphs.js';
import { joinSegments } from './rulings.js';
import { withUnruledColumnsRead } from './unruled-columns.js';
import { refuseStreamBombs } from './stream-bombs.js';
import { findStreamTables } from './stream.js';

export async function readPdf(bytes: Uint8Array, timeoutMs: number): Promise<DocumentModel> {
  if (isTruncated(bytes)) {
    throw new ConversionError('CORRUPT_FILE', 'the PDF is truncated (it has no end-of-file marker); download it again');
  }
  refuseStreamBombs(bytes);
  const opening = openPdf(bytes);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ConversionError('TIMEOUT', `reading the PDF took longer than ${Math.round(timeoutMs / 1000)} s; the file may be damaged or unusually complex`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([opening.document.then(readDocument), timeout]);
  } finally {
    clearTimeout(timer);
    await opening.destroy();
  }
}

/**
 * A PDF ends with `%%EOF` (possibly followed by line ends or padding). pdf.js
 * reconstructs a file cut short and reads what is left, which would convert a
 * partial notice without a word; a cut file is damaged, whatever is left of it.
 */
function isTruncated(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] <= 0x20 || bytes[end - 1] === 0x00)) end--;
  const tail = Buffer.from(bytes.subarray(Math.max(0, end - 2048), end)).toString('latin1');
  return !tail.includes('%%EOF');
}

async function readDocument(document: PDFDocumentProxy): Promise<DocumentModel> {
  const pages: PageContent[] = [];
  for (let n = 1; n <= document.numPages; n++) pages.push(await readPageSafely(document, n));
  if (pages.every((page) => page.glyphs.length === 0)) {
    throw new ConversionError('NO_TEXT_LAYER', `the PDF's ${pages.length} page(s) carry no text layer (a scan?); run OCR on it and convert the result`);
  }
  return { blocks: layout(pages), pages: pages.length, encoding: null, producer: await producerOf(document) };
}

async function readPageSafely(document: PDFDocumentProxy, n: number): Promise<PageContent> {
  try {
    const page = await document.getPage(n);
    const content = await readPage(page);
    // The operator list and fonts pdf.js keeps for rendering are not needed again.
    page.cleanup();
    return content;
  } catch (error) {
    throw new ConversionError('CORRUPT_FILE', `page ${n} of the PDF cannot be read (${(error as Error).message}); re-download or re-export the file`);
  }
}

async function producerOf(document: PDFDocumentProxy): Promise<string | null> {
  const info = (await document.getMetadata()).info as Record<string, unknown>;
  const value = [info.Producer, info.Creator].find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof value === 'string' ? value.trim() : null;
}

function layout(pages: PageContent[]): Block[] {
  const found = pages.map((page) => {
    const tolerance = 2 * pageScale(page);
    const lattice = findLatticeTables(joinSegments(page.segments, tolerance), page.glyphs, tolerance);
    const lines = groupLines(lattice.rest);
    const stream = lattice.tables.length === 0 ? findStreamTables(lines) : { tables: [], rest: lines };
    return { page, tables: [...lattice.tables, ...stream.tables], lines: stream.rest };
  });
  const texts = withoutRunningLines(found.map((f) => ({ page: f.page.number, height: f.page.height, lines: f.lines })));
  const body = measureBody(texts.map((t) => t.lines));
  // Pages of one size share a text frame (portrait and landscape pages differ).
  const sizeOf = (page: PageContent) => `${Math.round(page.width)}x${Math.round(page.height)}`;
  const framesBySize = new Map<string, TextFrame | null>();
  for (const size of new Set(pages.map(sizeOf))) {
    framesBySize.set(size, frameOf(texts.flatMap((t, i) => (sizeOf(pages[i]) === size ? t.lines : [])), body));
  }
  const frames = new Map<number, TextFrame>();
  pages.forEach((page) => {
    const frame = framesBySize.get(sizeOf(page));
    if (frame) frames.set(page.number, frame);
  });
  const flow: FlowItem[] = [];
  found.forEach((f, i) => {
    let lines = texts[i].lines;
    const tables = f.tables.map((table) => {
      const rows = unruledHeadRows(table, lines, frames.get(f.page.number));
      lines = lines.filter((line) => !rows.includes(line));
      return withHeadRows(table, rows);
    });
    const items: FlowItem[] = [
      ...lines.map((line) => ({ kind: 'line' as const, page: f.page.number, line })),
      ...tables.map((table) => ({ kind: 'table' as const, page: f.page.number, table, pageLines: lines })),
    ];
    items.sort((a, b) => top(a) - top(b));
    flow.push(...items);
  });
  const tolerance = Math.max(...pages.map((p) => 2 * pageScale(p)));
  const content = withUnruledColumnsRead(withoutWebChrome(flow, (item) => (item.kind === 'line' ? item.line : null), body.size), tolerance * 2);
  return toBlocks(withoutRepeatedTitles(content, tolerance * 2), frames, body, tolerance);
}

const top = (item: FlowItem): number => (item.kind === 'line' ? item.line.y0 : item.table.bbox[1]);

function toBlocks(flow: FlowItem[], frames: Map<number, TextFrame>, body: ReturnType<typeof measureBody>, tolerance: number): Block[] {
  const blocks: Block[] = [];
  let lines: PlacedLine[] = [];
  let parts: TablePart[] = [];
  const flushLines = () => {
    blocks.push(...paragraphsOf(lines, frames, body));
    lines = [];
  };
  const flushTable = () => {
    if (parts.length === 0) return;
    blocks.push({ type: 'table', rows: joinTableParts(parts, tolerance), pages: [...new Set(parts.map((p) => p.page))] });
    parts = [];
  };
  for (const item of flow) {
    if (item.kind === 'line') {
      flushTable();
      lines.push({ line: item.line, page: item.page });
      continue;
    }
    flushLines();
    const part = { page: item.page, table: item.table, pageLines: item.pageLines };
    if (parts.length > 0 && !continuesTable(parts[parts.length - 1], part, tolerance * 2)) flushTable();
    parts.push(part);
  }
  flushLines();
  flushTable();
  return blocks;
}
