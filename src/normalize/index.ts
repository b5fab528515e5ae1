// Document model → canonical disclosure (without validation findings).
import type { DocumentModel } from '../model/document.js';
import { SCHEMA_VERSION, type Disclosure, type SourceInfo } from '../schema/canonical.js';
import { emptyBudgetSummary } from './budget-summary.js';
import { readDocumentInfo } from './document-info.js';
import { viewDocument } from './document-view.js';
import { readSections } from './sections.js';

export function normalize(model: DocumentModel, source: SourceInfo): Disclosure {
  const view = viewDocument(model.blocks);
  const document = readDocumentInfo(view);
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    document,
    organization: { duties: [], units: [] },
    budgetSummary: emptyBudgetSummary(),
    performance: { overall: null, projects: [] },
    fiscalTables: [],
    procurement: { total: null, lines: [] },
    assets: { asOf: null, total: null, items: [] },
    glossary: [],
    sections: readSections(view),
    tables: view.tables,
    validation: [],
  };
}
