// @vitest-environment node
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildJsonSchema } from './jsonSchema';

it('the committed data/events.schema.json is current (run `npm run schema` to refresh it)', () => {
  expect(readFileSync('data/events.schema.json', 'utf8')).toBe(buildJsonSchema());
});

it('the schema rejects unknown fields and requires sources on events', () => {
  const schema = JSON.parse(buildJsonSchema());
  const event = schema.properties.events.items;
  expect(event.additionalProperties).toBe(false);
  expect(event.required).toEqual(expect.arrayContaining(['id', 'title', 'summary', 'start', 'category', 'actors', 'certainty', 'sources']));
  expect(event.properties.sources.minItems).toBe(1);
});

it('stories are optional, and a story step is an event or a window, never both', () => {
  const schema = JSON.parse(buildJsonSchema());
  expect(schema.required).not.toContain('stories');
  const step = schema.properties.stories.items.properties.steps.items;
  expect(step.additionalProperties).toBe(false);
  expect(step.required).toEqual(['caption']);
  expect(step.oneOf.map((shape: { required: string[] }) => shape.required)).toEqual([['event'], ['from', 'to']]);
});
