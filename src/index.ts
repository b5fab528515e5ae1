// The library: what `import … from 'disclosure'` gives. A small surface —
// convert a notice, export documents, compare two years, and the contract
// (zod schema and types) — everything else is internal and may change.

/** One notice's bytes (DOCX, PDF or HTML, detected from the content) → the validated canonical document. */
export { convert, defaultConvertOptions, type ConvertOptions } from './convert.js';
/** Why a file yields no document: `error.code` is one of `conversionErrorCodes`. */
export { ConversionError, conversionErrorCodes, type ConversionErrorCode } from './errors.js';

/** Canonical documents → the files of an open-data package (CSV, XLSX, SQLite, NDJSON, datapackage.json), in memory. */
export { exportPackage, exportFormats, type ExportFormat, type ExportOptions, type ExportedFile } from './export/package.js';
/** The id shared by the DOCX, PDF and HTML renderings of one notice (exports' `notice_id`). */
export { noticeId } from './export/notice-id.js';

/** The same body in two years: every figure, fiscal line, indicator and procurement line, with deltas. */
export { compareDisclosures as compare, type Comparison } from './compare/compare.js';

/** The contract (docs/canonical-schema.md): the zod schema every document is validated against, and its types. */
export {
  SCHEMA_VERSION,
  disclosureSchema,
  type AssetItem,
  type BudgetSummary,
  type Disclosure,
  type DocumentInfo,
  type Finding,
  type FiscalLine,
  type FiscalTable,
  type FiscalTableKind,
  type Indicator,
  type OrgUnit,
  type PerformanceTarget,
  type ProcurementLine,
  type RawCell,
  type RawTable,
  type SourceInfo,
  type Target,
} from './schema/canonical.js';
