import { z } from 'zod';
import { disclosureSchema } from './canonical.js';

/** The JSON Schema of the canonical document, as committed under schemas/. */
export function disclosureJsonSchema(): string {
  const schema = z.toJSONSchema(disclosureSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'Canonical disclosure document', ...schema }, null, 2)}\n`;
}
