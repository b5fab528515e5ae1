import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disclosureJsonSchema } from './json-schema.js';

describe('schemas/disclosure.schema.json', () => {
  it('is what `npm run schemas` generates from the zod schema (regenerate it when this fails)', () => {
    const committed = readFileSync(new URL('../../schemas/disclosure.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(disclosureJsonSchema());
  });
});
