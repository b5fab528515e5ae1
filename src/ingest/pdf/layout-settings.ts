// Every tolerance and multiplier of the PDF ingester's geometry, named and explained in
// one place (as pdfplumber's TableSettings). Lengths are PDF points on an A4 page (scaled
// with the page, see geometry.ts `pageScale`) or multiples of the type size where they
// grow with the text; shares are fractions.
export const layoutSettings = {
  // ── glyphs and lines ────────────────────────────────────────────────────────
  /** Share of the em box above the baseline (ascent) and below it (descent). */
  ascent: 0.86,
  descent: 0.14,
  /** Glyphs whose middles lie within this share of the type size vertically are on one line. */
  sameLine: 0.3,
  /** A glyph's band for cutting lines reaches its size divided by this above and below its middle. */
  glyphBandDivisor: 3,
  /** A horizontal gap wider than this share of the type size is a space between words. */
  wordGap: 0.25,

  // ── rulings and ruled tables ───────────────────────────────────────────────
  /** A filled rectangle at most this thick is a line, not an area. */
  thinRule: 2.5,
  /** A slope this small (points over the segment) still counts as axis-aligned. */
  skew: 0.5,
  /** A border must cover this share of a grid edge to count as drawn. */
  edgeCoverage: 0.6,
  /** A line above a ruled grid belongs to it when it starts within this distance of the cells' text. */
  cellTextAlign: 1.5,

  // ── borderless (stream) tables ─────────────────────────────────────────────
  /** Fewer rows than this is a form line or two (联系人 … 电话 …), not a table. */
  streamMinRows: 3,
  /** Lines closer than this multiple of their type size are adjacent rows. */
  streamRowGap: 1.5,

  // ── tables across pages ────────────────────────────────────────────────────
  /** Two pages' tables share this share of the column boundaries of the one with fewer. */
  sharedColumns: 0.8,
  /** How many lines above a table may be its title and captions. */
  titleLines: 4,

  // ── page furniture ─────────────────────────────────────────────────────────
  /** Headers and footers live in this share of the page height at the top and bottom. */
  marginZone: 0.15,
  /** A line repeated on at least this share of the pages (and of at least three pages) is a running head. */
  runningHeadShare: 0.4,
  runningHeadMinPages: 3,
  /** Website chrome is printed smaller than this share of the body type size. */
  smallType: 0.8,

  // ── paragraphs ─────────────────────────────────────────────────────────────
  /** Body type size where a page has no text to measure it by, and its line gap as a share of the size. */
  defaultBodySize: 12,
  defaultLineGap: 0.5,
  /** Lines within this share of the body size are body text; a size change beyond it starts a paragraph. */
  sizeTolerance: 0.15,
  /** Display (title) type is at least this multiple of the body size. */
  displaySize: 1.15,
  /** A line ending within this many type sizes of the right margin is full (it runs on). */
  fullLine: 1.5,
  /** A first line starting this many type sizes right of the margin is indented. */
  firstLineIndent: 0.8,
  /** A gap larger than this multiple of the body's line gap, and than the gap plus this share of the size, starts a paragraph… */
  paragraphGap: 1.8,
  paragraphGapExtra: 0.6,
  /** …and lines overlapping by more than this share of the size are not one paragraph. */
  lineOverlap: 0.3,
  /** A display line starting within this many type sizes of the margin continues a title. */
  titleIndent: 3,
  /** A centred line's middle lies within this many type sizes of the frame's middle… */
  centred: 1.5,
  /** …and it keeps clear of the margin by the frame's width divided by this. */
  centredClearanceDivisor: 20,
  /** A frame is measured from at least this many full lines. */
  frameMinLines: 3,
} as const;
