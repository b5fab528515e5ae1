// The format-neutral document model: what every ingester produces and every
// normalizer consumes. Nothing downstream of an ingester may know which format
// the notice came in, so anything format-specific (page geometry, HTML
// encodings, OOXML properties) is either folded into these fields or dropped.

/** [x0, y0, x1, y1] in PDF user space of the cell's page, y growing downwards. */
export type BBox = [number, number, number, number];

export interface Cell {
  /**
   * The cell's text. Hard breaks the source makes (separate paragraphs in a
   * Word cell, `<br>` or `<p>` in HTML) are `\n`; soft wrapping is not kept,
   * because a PDF cannot tell the two apart.
   */
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Left indentation of the cell text in character widths, where the source indents it (类/款/项 hierarchy). */
  indent?: number;
  page?: number;
  bbox?: BBox;
}

export interface HeadingBlock {
  type: 'heading';
  /** 1 for the title-level heading; deeper levels as the source marks them. */
  level: number;
  text: string;
  page?: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  page?: number;
}

export interface TableBlock {
  type: 'table';
  /**
   * Rows of cells in HTML semantics: a cell spanning rows/columns appears once,
   * at its top-left position; the positions it covers are omitted.
   */
  rows: Cell[][];
  /** Pages the table occupies (PDF); undefined where the format has no pages. */
  pages?: number[];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export interface DocumentModel {
  blocks: Block[];
  /** Page count for paged formats, else null. */
  pages: number | null;
  /** The charset the text was decoded from (HTML), else null. */
  encoding: string | null;
  /** The producing application (PDF Producer, HTML generator meta), else null. */
  producer: string | null;
}
