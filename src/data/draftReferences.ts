/**
 * Cross-references of a draft's extraction metadata (the optional top-level `draft` object
 * that `npm run extract` writes): every candidate names an event of the store, the article
 * names a listed source, and each candidate's sentence offsets point, in the article text, at
 * exactly the words its event quotes from that article.
 */
import type { Dataset, Draft } from './schema';
import { quoted, type Problem } from './problems';

/** Keys JavaScript objects treat specially, which valibot's `record` leaves out of its output without an issue. */
const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * The candidate keys the schema cannot see: `draft.candidates` is a record keyed by event id,
 * and valibot drops `__proto__`, `constructor` and `prototype` keys from a record silently, so
 * those candidates would be lost without a problem. Each is a problem here, as such keys are
 * everywhere else in the store (there the schema's strict objects refuse them as unknown
 * fields). Reads the document as given, before the schema.
 */
export function checkCandidateKeys(input: unknown): Problem[] {
  const draft = isRecord(input) ? input.draft : undefined;
  const candidates = isRecord(draft) ? draft.candidates : undefined;
  if (!isRecord(candidates)) return [];
  return Object.keys(candidates)
    .filter((key) => RESERVED_KEYS.includes(key))
    .map((key) => ({
      path: ['draft', 'candidates', key],
      message: `${quoted(key)} cannot be a candidate key: JavaScript reserves the name, so the candidate would be lost (give its event another id)`,
    }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem in a draft's metadata, given the ids of the store's events and sources. */
export function checkDraftReferences(data: Dataset & { draft: Draft }): Problem[] {
  const { article, candidates } = data.draft;
  const problems: Problem[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  if (article.source !== undefined && !sourceIds.has(article.source)) {
    problems.push({ path: ['draft', 'article', 'source'], message: `source "${article.source}" is not in sources` });
  }
  const events = new Map(data.events.map((e) => [e.id, e]));
  for (const [id, candidate] of Object.entries(candidates)) {
    const at = (...rest: string[]) => ['draft', 'candidates', id, ...rest];
    const event = events.get(id);
    if (!event) {
      problems.push({ path: at(), message: `candidate "${id}" names no event of this store` });
      continue;
    }
    const { start, end } = candidate.sentence;
    if (end <= start || end > article.text.length) {
      problems.push({ path: at('sentence'), message: `sentence offsets ${start}–${end} are not inside the article text (${article.text.length} characters)` });
      continue;
    }
    const citation = event.sources.find((c) => c.source === article.source);
    if (citation && citation.quote !== article.text.slice(start, end)) {
      problems.push({ path: at('sentence'), message: `the article text at ${start}–${end} is not the quote of event "${id}"` });
    }
  }
  return problems;
}
