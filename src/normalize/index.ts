// Document model → canonical disclosure (validation findings are added by validate/).
import type { DocumentModel } from '../model/document.js';
import { SCHEMA_VERSION, type Disclosure, type SourceInfo } from '../schema/canonical.js';
import { readAssets } from './assets.js';
import { readBudgetSummary } from './budget-summary.js';
import { readDocumentInfo } from './document-info.js';
import { requireFigures } from './disclosure-content.js';
import { viewDocument } from './document-view.js';
import { readFiscalTables } from './fiscal/index.js';
import { readGlossary } from './glossary.js';
import { readOrganization } from './organization.js';
import { readPerformance } from './performance/index.js';
import { readProcurement } from './procurement.js';
import { serializeTable } from './raw-tables.js';
import { readSections } from './sections.js';

export function normalize(model: DocumentModel, source: SourceInfo): Disclosure {
  const view = viewDocument(model.blocks);
  const document = readDocumentInfo(view);
  requireFigures(view);
  const fiscalTables = readFiscalTables(view);
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    document,
    organization: readOrganization(view),
    budgetSummary: readBudgetSummary(view, fiscalTables, document.stage),
    performance: readPerformance(view, document.unit),
    fiscalTables,
    procurement: readProcurement(view),
    assets: readAssets(view),
    glossary: readGlossary(view),
    sections: readSections(view),
    tables: view.tables.map(serializeTable),
    validation: [],
  };
}
