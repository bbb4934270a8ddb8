/**
 * The JSON Schema of the event store, derived from the valibot definitions so that editors
 * check events.json while typing. Calendar checks (no 30 February) and cross-references cannot
 * be said in JSON Schema; the pattern still catches the date's shape.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, StoryStepSchema } from './schema';

/**
 * A story step shows an event or a window, never both: said with oneOf on the step's fields
 * (valibot hands the override the object inside the step's pipe) so that editors flag a
 * mixed step too (the valibot checks behind it are functions, which JSON Schema cannot read).
 */
const STEP_SHAPES = {
  oneOf: [
    { required: ['event'], not: { anyOf: [{ required: ['from'] }, { required: ['to'] }, { required: ['filters'] }, { required: ['lanes'] }] } },
    { required: ['from', 'to'], not: { required: ['event'] } },
  ],
};

/** The committed schema's exact text (2-space JSON with a trailing newline). */
export function buildJsonSchema(): string {
  const schema = toJsonSchema(DatasetSchema, {
    errorMode: 'ignore',
    overrideSchema: ({ valibotSchema, jsonSchema }) => (valibotSchema === StoryStepSchema.pipe[0] ? { ...jsonSchema, ...STEP_SHAPES } : undefined),
  });
  const document = {
    ...schema,
    title: 'Bilateral-relations event store, version 1',
    description: 'One relationship between two actors: its actors, categories, sources, eras, sourced events and optional stories.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
