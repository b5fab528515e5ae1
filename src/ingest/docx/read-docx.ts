// DOCX → document model, read from the OOXML itself. mammoth (and its HTML)
// loses what tables need here: w:gridBefore/w:gridAfter (cells shift left and
// vertical merges land in the wrong column), legacy w:hMerge, and cell
// paragraph indentation, which carries the 类/款/项 hierarchy in some notices.
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { ConversionError } from '../../errors.js';
import { limits } from '../../limits.js';
import type { Block, Cell, DocumentModel } from '../../model/document.js';
import { readZipPart } from './zip-part.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Twips in one character width of 10.5pt body text: indentation is reported in characters. */
const TWIPS_PER_CHAR = 210;

export async function readDocx(bytes: Uint8Array): Promise<DocumentModel> {
  const zip = await openZip(bytes);
  const documentXml = zip.file('word/document.xml');
  if (!documentXml) {
    const kind = zip.file('xl/workbook.xml') ? 'an Excel workbook' : zip.file('ppt/presentation.xml') ? 'a PowerPoint file' : 'a ZIP archive';
    throw new ConversionError('UNSUPPORTED_FORMAT', `this is ${kind}, not a Word document; convert the notice to DOCX, PDF or HTML`);
  }
  const body = parseXml(await readZipPart(documentXml)).getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new ConversionError('CORRUPT_FILE', 'word/document.xml has no document body; the file is damaged');
  const stylesXml = zip.file('word/styles.xml');
  const headingLevels = stylesXml ? readHeadingLevels(parseXml(await readZipPart(stylesXml))) : new Map<string, number>();
  const producer = await readProducer(zip);
  const blocks: Block[] = [];
  for (const element of contentChildren(body)) readBlock(element, headingLevels, blocks);
  return { blocks, pages: null, encoding: null, producer };
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ConversionError(
      'CORRUPT_FILE',
      `the ZIP container is damaged (${(error as Error).message}); re-download or re-save the file`,
    );
  }
}

function parseXml(xml: string) {
  try {
    // Warnings and recoverable errors are not printed (they would break the one-line-per-failure
    // output with raw bytes); a fatal error still throws and the file is CORRUPT_FILE.
    return new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  } catch (error) {
    throw new ConversionError('CORRUPT_FILE', `the document XML is malformed (${(error as Error).message})`);
  }
}

async function readProducer(zip: JSZip): Promise<string | null> {
  const app = zip.file('docProps/app.xml');
  if (!app) return null;
  const match = /<Application>([^<]*)<\/Application>/.exec(await readZipPart(app));
  return match ? match[1].trim() || null : null;
}

/** styleId → heading level, for paragraph styles that are headings (Heading N, Title, or with an outline level). */
function readHeadingLevels(styles: ReturnType<typeof parseXml>): Map<string, number> {
  const levels = new Map<string, number>();
  for (const style of Array.from(styles.getElementsByTagNameNS(W, 'style'))) {
    if (style.getAttributeNS(W, 'type') !== 'paragraph') continue;
    const id = style.getAttributeNS(W, 'styleId') ?? '';
    const name = child(style, 'name')?.getAttributeNS(W, 'val') ?? '';
    const outline = child(child(style, 'pPr'), 'outlineLvl')?.getAttributeNS(W, 'val');
    const heading = /^heading\s*(\d)$/i.exec(name) ?? /^Heading(\d)$/.exec(id);
    if (heading) levels.set(id, Number(heading[1]));
    else if (/^title$/i.test(name)) levels.set(id, 1);
    else if (outline !== undefined && outline !== null && Number(outline) < 9) levels.set(id, Number(outline) + 1);
  }
  return levels;
}

function readBlock(element: Element, headingLevels: Map<string, number>, blocks: Block[]): void {
  if (element.localName === 'p') {
    const text = paragraphText(element);
    if (text.trim() === '') return;
    const style = child(child(element, 'pPr'), 'pStyle')?.getAttributeNS(W, 'val');
    const outline = child(child(element, 'pPr'), 'outlineLvl')?.getAttributeNS(W, 'val');
    const level = (style && headingLevels.get(style)) ?? (outline != null && Number(outline) < 9 ? Number(outline) + 1 : undefined);
    blocks.push(level ? { type: 'heading', level, text } : { type: 'paragraph', text });
  } else if (element.localName === 'tbl') {
    const rows = readTable(element);
    if (rows.some((row) => row.some((cell) => cell.text.trim() !== ''))) blocks.push({ type: 'table', rows });
  }
}

/**
 * Rows in HTML semantics. Word's grid positions are tracked explicitly so that
 * gridBefore/gridAfter keep every cell in its column (as an empty cell spanning
 * the skipped positions), a vertical-merge continuation extends the cell above
 * it in the same grid column, and a legacy hMerge continuation widens its left
 * neighbour.
 */
function readTable(table: Element): Cell[][] {
  const rows: Cell[][] = [];
  /** Grid column → the cell currently open there for vertical merging. */
  const openAbove = new Map<number, Cell>();
  for (const tr of contentChildren(table).filter((e) => e.localName === 'tr')) {
    const row: Cell[] = [];
    const trPr = child(tr, 'trPr');
    let column = 0;
    const before = columnSpan(child(trPr, 'gridBefore'));
    if (before > 0) {
      row.push({ text: '', rowSpan: 1, colSpan: before });
      for (let c = 0; c < before; c++) openAbove.delete(c);
      column += before;
    }
    let previous: Cell | null = null;
    for (const tc of contentChildren(tr).filter((e) => e.localName === 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.max(1, columnSpan(child(tcPr, 'gridSpan')));
      const vMerge = child(tcPr, 'vMerge');
      const hMerge = child(tcPr, 'hMerge');
      if (hMerge && hMerge.getAttributeNS(W, 'val') !== 'restart' && previous) {
        previous.colSpan += span;
        column += span;
        continue;
      }
      if (vMerge && vMerge.getAttributeNS(W, 'val') !== 'restart' && openAbove.has(column)) {
        const above = openAbove.get(column)!;
        above.rowSpan += 1;
        previous = null;
        column += span;
        continue;
      }
      const cell: Cell = { text: cellText(tc), rowSpan: 1, colSpan: span };
      const indent = cellIndent(tc);
      if (indent > 0) cell.indent = indent;
      for (let c = column; c < column + span; c++) openAbove.delete(c);
      if (vMerge) openAbove.set(column, cell);
      row.push(cell);
      previous = cell;
      column += span;
    }
    const after = columnSpan(child(trPr, 'gridAfter'));
    if (after > 0) row.push({ text: '', rowSpan: 1, colSpan: after });
    rows.push(row);
  }
  return rows;
}

function cellText(tc: Element): string {
  const lines: string[] = [];
  for (const element of contentChildren(tc)) {
    if (element.localName === 'p') lines.push(paragraphText(element));
    else if (element.localName === 'tbl') {
      for (const row of readTable(element)) lines.push(row.map((cell) => cell.text).join(' '));
    }
  }
  return lines.join('\n').replace(/^\n+|\n+$/g, '');
}

/** Left indentation of the cell's first paragraph, in characters. */
function cellIndent(tc: Element): number {
  const firstParagraph = contentChildren(tc).find((e) => e.localName === 'p');
  const ind = child(child(firstParagraph ?? null, 'pPr'), 'ind');
  if (!ind) return 0;
  const chars = ind.getAttributeNS(W, 'leftChars') ?? ind.getAttributeNS(W, 'startChars');
  if (chars) return Math.round(Number(chars) / 100);
  const twips = Number(ind.getAttributeNS(W, 'left') ?? ind.getAttributeNS(W, 'start') ?? 0);
  return Number.isFinite(twips) ? Math.round(twips / TWIPS_PER_CHAR) : 0;
}

/** The paragraph's text in document order: deleted text and field instructions are not content. */
function paragraphText(p: Element): string {
  let text = '';
  // An explicit stack (last child pushed first), not recursion: runs nested thousands deep cannot overflow it.
  const stack = elementChildren(p).reverse();
  for (let element = stack.pop(); element; element = stack.pop()) {
    switch (element.localName) {
      case 't':
        text += element.textContent ?? '';
        break;
      case 'tab':
        if (element.parentNode && (element.parentNode as Element).localName === 'r') text += '\t';
        break;
      case 'br':
      case 'cr':
        text += '\n';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      case 'del':
      case 'delText':
      case 'instrText':
      case 'pPr':
      case 'rPr':
      case 'fldData':
      case 'Fallback':
        break;
      default: {
        const children = elementChildren(element);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
    }
  }
  return text;
}

/** Block-level children, looking through content controls, custom XML and tracked insertions (without recursion). */
function contentChildren(parent: Element): Element[] {
  const result: Element[] = [];
  const stack = elementChildren(parent).reverse();
  for (let element = stack.pop(); element; element = stack.pop()) {
    const wrapped =
      element.localName === 'sdt'
        ? child(element, 'sdtContent')
        : element.localName === 'customXml' || element.localName === 'ins' || element.localName === 'smartTag'
          ? element
          : undefined;
    if (wrapped === undefined) {
      result.push(element);
      continue;
    }
    const children = wrapped ? elementChildren(wrapped) : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return result;
}

function elementChildren(parent: Element): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) result.push(node as Element);
  }
  return result;
}

function child(parent: Element | null | undefined, localName: string): Element | null {
  if (!parent) return null;
  return elementChildren(parent).find((e) => e.localName === localName && e.namespaceURI === W) ?? null;
}

function intVal(element: Element | null): number {
  const value = element?.getAttributeNS(W, 'val');
  return value ? Number.parseInt(value, 10) || 0 : 0;
}

/** A span of grid columns, capped: a damaged or hostile gridSpan of millions must not build a grid that wide. */
function columnSpan(element: Element | null): number {
  return Math.min(intVal(element), limits.maxColumnSpan);
}
