// `npm run schemas`: regenerate schemas/disclosure.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { disclosureJsonSchema } from './json-schema.js';

const target = fileURLToPath(new URL('../../schemas/disclosure.schema.json', import.meta.url));
writeFileSync(target, disclosureJsonSchema());
console.log(`wrote ${target}`);
