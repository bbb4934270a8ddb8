/**
 * The one validator, shared by the page's loader and the `npm run validate` CLI: the schema
 * first, then the cross-reference rules. It reports every problem, not only the first.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';
import { checkCrossReferences } from './crossReferences';
import type { Problem } from './problems';

/** The outcome of validating a parsed JSON document. */
export type Validation = { ok: true; data: Dataset } | { ok: false; problems: Problem[] };

/** Validates a parsed JSON value as an event store, version 1. */
export function validateDataset(input: unknown): Validation {
  const result = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (!result.success) return { ok: false, problems: result.issues.map((issue) => toProblem(issue, input)) };
  const problems = checkCrossReferences(result.output);
  return problems.length ? { ok: false, problems } : { ok: true, data: result.output };
}

type Issue = v.InferIssue<typeof DatasetSchema>;

function toProblem(issue: Issue, root: unknown): Problem {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  return { path, eventId: eventIdAt(root, path), message: describe(issue, path) };
}

/** Turns a schema issue into words a non-programmer understands. */
function describe(issue: Issue, path: (string | number)[]): string {
  const field = path.length ? String(path[path.length - 1]) : 'the document';
  if (issue.kind === 'schema' && issue.type === 'strict_tuple') return 'this list has more items than allowed';
  if (issue.kind === 'schema' && issue.expected === 'never' && issue.type.startsWith('strict_')) {
    return `"${field}" is not a field of the format (check its spelling)`;
  }
  if (issue.input === undefined && issue.kind === 'schema' && path.length) return `${field} is missing`;
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid type')) {
    return `${field} should be ${issue.expected} but is ${describeValue(issue.input)}`;
  }
  const shown = typeof issue.input === 'string' || typeof issue.input === 'number' ? ` (found ${found(issue.input)})` : '';
  return `${issue.message}${shown}`;
}

/** The value a problem found, cut short when it is long text (a caption of 900 characters). */
function found(input: string | number): string {
  if (typeof input === 'number' || input.length <= 60) return JSON.stringify(input);
  return `${JSON.stringify(input.slice(0, 40))}… (${input.length} characters)`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The id of the event a path points into, when there is a readable one. */
function eventIdAt(root: unknown, path: (string | number)[]): string | undefined {
  if (path[0] !== 'events' || typeof path[1] !== 'number') return undefined;
  const events = (root as { events?: unknown })?.events;
  const event = Array.isArray(events) ? events[path[1]] : undefined;
  const id = (event as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
