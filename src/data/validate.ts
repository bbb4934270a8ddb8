/**
 * The one validator, shared by the page's loader and the `npm run validate` CLI: the schema
 * and the cross-reference rules, together, so that one run reports every problem in every
 * event it can read, not only the first layer's. Problems come in document order.
 */
import * as v from 'valibot';
import { DatasetSchema, EventSchema, type Dataset } from './schema';
import type { Pause } from './pause';
import { checkCrossReferences, readableEventId } from './crossReferences';
import { checkCandidateKeys, checkDraftReferences } from './draftReferences';
import { checkStoryReferences } from './storyReferences';
import { quoted, type Problem } from './problems';

/** The outcome of validating a parsed JSON document. */
export type Validation = { ok: true; data: Dataset } | { ok: false; problems: Problem[] };

/** Validates a parsed JSON value as an event store, version 1. */
export function validateDataset(input: unknown): Validation {
  const result = v.safeParse(DatasetSchema, input, OPTIONS);
  const reserved = checkCandidateKeys(input);
  if (result.success && reserved.length === 0) return combine([], result.output);
  return combine([...(result.success ? [] : result.issues.map((issue) => toProblem(issue, input))), ...reserved], input);
}

/** Events checked against the schema between pauses when validating in slices. */
const SLICE_EVENTS = 2000;
const OPTIONS = { abortPipeEarly: true } as const;
const EventListSchema = v.array(EventSchema);

/**
 * validateDataset for large documents: the document without its events, then the events in
 * slices with a pause between them, then the cross-references. The same problems, in the same
 * order, as validateDataset.
 */
export async function validateDatasetInSlices(input: unknown, pause: Pause): Promise<Validation> {
  const events = (input as { events?: unknown } | null)?.events;
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !Array.isArray(events)) return validateDataset(input);
  const head = v.safeParse(DatasetSchema, { ...input, events: [] }, OPTIONS);
  const structural = head.success ? [] : head.issues.map((issue) => toProblem(issue, input));
  structural.push(...checkCandidateKeys(input));
  for (let from = 0; from < events.length; from += SLICE_EVENTS) {
    const slice = v.safeParse(EventListSchema, events.slice(from, from + SLICE_EVENTS), OPTIONS);
    if (!slice.success) for (const issue of slice.issues) structural.push(toProblem(issue, input, from));
    await pause();
  }
  // Valid input is its own output: the schema transforms nothing.
  return combine(structural, input);
}

/** The schema's problems with the cross-reference problems of the readable parts; `data` is valid when there are none. */
function combine(structural: Problem[], data: unknown): Validation {
  // A value the schema already refused (or the object it sits in) is not reported again as a
  // broken reference: an empty category is "empty", not also "not in categories".
  const refused = new Set(structural.map((p) => pathKey(p.path)));
  const related = checkCrossReferences(data).filter((p) => !p.path.some((_, i) => refused.has(pathKey(p.path.slice(0, i + 1)))));
  // A draft's candidates are checked against a store that passed the schema (they name its events and source).
  const dataset = data as Dataset;
  const valid = structural.length === 0;
  const drafts = valid && dataset.draft ? checkDraftReferences({ ...dataset, draft: dataset.draft }) : [];
  const known = valid ? { events: idsOf(dataset.events), categories: idsOf(dataset.categories), actors: idsOf(dataset.actors) } : null;
  const stories = known && dataset.stories ? checkStoryReferences({ ...dataset, stories: dataset.stories }, known) : [];
  const problems = [...structural, ...related, ...drafts, ...stories];
  return problems.length ? { ok: false, problems: inDocumentOrder(problems) } : { ok: true, data: data as Dataset };
}

const idsOf = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');
const TOP_LEVEL = Object.keys(DatasetSchema.entries);

/**
 * Problems sorted by where they are: top-level field in the format's order, then the item's
 * index, so that an event's problems stand together. The sort is stable: within one item the
 * schema's problems come first, in the schema's order.
 */
export function inDocumentOrder(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => {
    const at = TOP_LEVEL.indexOf(String(p.path[0] ?? ''));
    return at < 0 ? -1 : at;
  };
  const index = (p: Problem) => (typeof p.path[1] === 'number' ? p.path[1] : -1);
  return problems.sort((a, b) => rank(a) - rank(b) || index(a) - index(b));
}

type Issue = v.InferIssue<typeof DatasetSchema> | v.InferIssue<typeof EventListSchema>;

/** A schema issue as a problem; `eventOffset` marks an issue of a slice of the events, whose path starts at the slice. */
function toProblem(issue: Issue, root: unknown, eventOffset?: number): Problem {
  let path = (issue.path ?? []).map((item) => item.key as string | number);
  if (eventOffset !== undefined) path = ['events', (path[0] as number) + eventOffset, ...path.slice(1)];
  return { path, eventId: eventIdAt(root, path), message: describe(issue, path) };
}

/** Turns a schema issue into words a non-programmer understands. */
function describe(issue: Issue, path: (string | number)[]): string {
  const field = path.length ? String(path[path.length - 1]) : 'the document';
  if (issue.kind === 'schema' && issue.type === 'strict_tuple') return 'this list has more items than allowed';
  if (issue.kind === 'schema' && issue.expected === 'never' && issue.type.startsWith('strict_')) {
    return `${quoted(field)} is not a field of the format (check its spelling)`;
  }
  if (issue.input === undefined && issue.kind === 'schema' && path.length) return `${field} is missing`;
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid type')) {
    const subject = typeof path[path.length - 1] === 'number' ? 'this item' : field;
    return `${subject} should be ${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected} but is ${describeValue(issue.input)}`;
  }
  const shown = typeof issue.input === 'string' || typeof issue.input === 'number' ? ` (found ${quoted(issue.input)})` : '';
  return `${issue.message}${shown}`;
}

const TYPE_WORDS: Record<string, string | undefined> = { Array: 'a list', Object: 'an object', string: 'text', number: 'a number', boolean: 'true or false' };

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'string' ? 'text' : typeof value} ${quoted(value)}`;
}

/** The id of the event a path points into, when there is a readable one. */
function eventIdAt(root: unknown, path: (string | number)[]): string | undefined {
  if (path[0] !== 'events' || typeof path[1] !== 'number') return undefined;
  const events = (root as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? readableEventId(events[path[1]]) : undefined;
}
