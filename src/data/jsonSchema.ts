/**
 * The JSON Schema of the event store, derived from the valibot definitions so that editors
 * check events.json while typing. Calendar checks (no 30 February) and cross-references cannot
 * be said in JSON Schema; the pattern still catches the date's shape.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from './schema';

/** The committed schema's exact text (2-space JSON with a trailing newline). */
export function buildJsonSchema(): string {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore' });
  const document = {
    ...schema,
    title: 'Bilateral-relations event store, version 1',
    description: 'One relationship between two actors: its actors, categories, sources, eras and sourced events.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
