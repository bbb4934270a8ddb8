/**
 * npm run schema: writes data/events.schema.json from the valibot definitions in
 * src/data/schema.ts. A test fails when the committed file differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../src/data/jsonSchema';

const file = 'data/events.schema.json';
writeFileSync(file, buildJsonSchema());
console.log(`wrote ${file}`);
