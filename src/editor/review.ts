/**
 * Reviewing a draft's candidates (the events `npm run extract` or "From an article…" proposed,
 * described in the store's top-level `draft` object): accept, reject, merge into an existing
 * event, accept everything, and what a store keeps of the review once it is finished. Pure
 * functions over the store as the editor holds it (possibly invalid while being written); each
 * returns a new store sharing what it did not touch, so each is one undo step in the session.
 *
 * Nothing enters a saved store unreviewed: `unreviewedCount` is what Save refuses on, and
 * `finishReview` is what Save writes once every candidate is decided (no `draft` left).
 */
import { getIn, listOf, setIn, textOf, type EditableStore, type Item } from './document';

/** Where a candidate stands. */
export type ReviewStatus = 'unreviewed' | 'accepted';

/** One candidate of the open draft, with its event. */
export interface CandidateEntry {
  /** The candidate's key: its event's id. */
  id: string;
  /** The event's index in `events`, or -1 when the store has no event with that id. */
  index: number;
  /** The event (empty when there is none). */
  event: Item;
  /** The candidate's metadata as stored. */
  candidate: Item;
  /** Accepted, or anything else (unreviewed). */
  status: ReviewStatus;
  /** The sentence's offsets in the article text, when they are well formed and inside it. */
  sentence: { start: number; end: number } | null;
}

// Keys a JavaScript object treats specially: never read or written as candidates.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The store's `draft` object, or null. */
export function draftOf(store: EditableStore): Item | null {
  return isObject(store.draft) ? store.draft : null;
}

/** The article's text (offsets count in it), or ''. */
export function articleTextOf(store: EditableStore): string {
  const text = getIn(store, ['draft', 'article', 'text']);
  return typeof text === 'string' ? text : '';
}

/** The candidates, in the article's reading order (then the events' order). */
export function candidatesOf(store: EditableStore): CandidateEntry[] {
  const candidates = getIn(store, ['draft', 'candidates']);
  if (!isObject(candidates)) return [];
  const events = listOf(store, 'events');
  const length = articleTextOf(store).length;
  const entries = Object.entries(candidates)
    .filter((entry): entry is [string, Item] => !RESERVED.has(entry[0]) && isObject(entry[1]))
    .map(([id, candidate]): CandidateEntry => {
      const index = events.findIndex((e) => e.id === id);
      const start = getIn(candidate, ['sentence', 'start']);
      const end = getIn(candidate, ['sentence', 'end']);
      const sentence = Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number) && (end as number) <= length ? { start: start as number, end: end as number } : null;
      return { id, index, event: events[index] ?? {}, candidate, status: candidate.status === 'accepted' ? 'accepted' : 'unreviewed', sentence };
    });
  return entries.sort((a, b) => (a.sentence?.start ?? Infinity) - (b.sentence?.start ?? Infinity) || a.index - b.index);
}

/** The position of the next candidate to review from `from` on (wrapping), else the nearest one. */
export function nextToReview(entries: readonly CandidateEntry[], from: number): number {
  for (let step = 0; step < entries.length; step++) {
    const i = (from + step) % entries.length;
    if (entries[i].status !== 'accepted') return i;
  }
  return Math.max(0, Math.min(from, entries.length - 1));
}

/** How many candidates are not yet decided (Save refuses while any are). */
export function unreviewedCount(store: EditableStore): number {
  return candidatesOf(store).filter((c) => c.status !== 'accepted').length;
}

/** The candidate accepted as it stands. */
export function acceptCandidate(store: EditableStore, id: string): EditableStore {
  const candidate = getIn(store, ['draft', 'candidates', id]);
  if (RESERVED.has(id) || !isObject(candidate) || candidate.status === 'accepted') return store;
  return setIn(store, ['draft', 'candidates', id, 'status'], 'accepted');
}

/** Every candidate accepted (the person's explicit choice, one undo step). */
export function acceptAll(store: EditableStore): EditableStore {
  return candidatesOf(store).reduce((next, c) => acceptCandidate(next, c.id), store);
}

/** Without the candidate's entry (the draft's other parts stay). */
function withoutCandidate(store: EditableStore, id: string): EditableStore {
  const candidates = getIn(store, ['draft', 'candidates']);
  if (RESERVED.has(id) || !isObject(candidates) || !Object.hasOwn(candidates, id)) return store;
  return setIn(store, ['draft', 'candidates', id], undefined);
}

/**
 * Without the event at `index`, and without its candidate when no other event keeps that id:
 * a deleted candidate is a rejected one, and a candidate naming no event would be a problem.
 */
export function removeEvent(store: EditableStore, index: number): EditableStore {
  const events = listOf(store, 'events');
  const event = events[index];
  if (!event || !Array.isArray(store.events)) return store;
  const next = setIn(store, ['events'], (store.events as unknown[]).filter((_, i) => i !== index));
  const id = textOf(event.id);
  return events.some((e, i) => i !== index && e.id === id) ? next : withoutCandidate(next, id);
}

/** The candidate rejected: its event and its entry removed. */
export function rejectCandidate(store: EditableStore, id: string): EditableStore {
  const index = listOf(store, 'events').findIndex((e) => e.id === id);
  return index >= 0 ? removeEvent(store, index) : withoutCandidate(store, id);
}

/**
 * Whether two dates agree at the coarser of their precisions ("2012" and "2012-02-26" do,
 * "2011" and "2012-02-26" do not).
 */
export function datesAgree(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
}

/**
 * What the candidate's sentence says that the target event's record does not: its start or
 * end where both have one and they disagree, its money value where both have one and it
 * differs. These become the merged citation's `claims`, so the disagreement is shown rather
 * than lost.
 */
function claimsAgainst(candidate: Item, target: Item): Item {
  const claims: Record<string, unknown> = {};
  for (const key of ['start', 'end'] as const) {
    const said = textOf(candidate[key]);
    const recorded = textOf(target[key]);
    if (said && recorded && !datesAgree(said, recorded)) claims[key] = said;
  }
  const said = candidate.value;
  const recorded = target.value;
  if (isObject(said) && isObject(recorded) && (said.amount !== recorded.amount || said.currency !== recorded.currency)) claims.value = said;
  return claims;
}

/** What a merge did: the store, and how many citations the target gained (0 when it already had them). */
export interface Merged {
  /** The store after the merge. */
  store: EditableStore;
  /** Citations added to the target event. */
  added: number;
}

/**
 * Merges a candidate into an existing event: the candidate's citations (the article, quoting
 * its sentence) join the target's sources, with what the sentence says differently as the
 * citation's claims; a citation the target already has (same source, same quote) is not added
 * twice. The candidate's event and entry are then removed.
 */
export function mergeCandidate(store: EditableStore, id: string, targetId: string): Merged {
  const events = listOf(store, 'events');
  const from = events.findIndex((e) => e.id === id);
  const to = events.findIndex((e) => e.id === targetId);
  if (from < 0 || to < 0 || from === to) return { store, added: 0 };
  const candidate = events[from];
  const target = events[to];
  const existing = listOf(target, 'sources');
  const extra = claimsAgainst(candidate, target);
  const added = listOf(candidate, 'sources')
    .filter((c) => !existing.some((e) => e.source === c.source && e.quote === c.quote))
    .map((c) => {
      const claims = { ...extra, ...(isObject(c.claims) ? c.claims : {}) };
      return Object.keys(claims).length ? { ...c, claims } : c;
    });
  const merged = added.length ? setIn(store, ['events', to, 'sources'], [...(Array.isArray(target.sources) ? target.sources : []), ...added]) : store;
  return { store: removeEvent(merged, from), added: added.length };
}

/** An event a candidate could be merged into, and why it is suggested. */
export interface MergeSuggestion {
  /** The event's id. */
  id: string;
  /** Its index in `events`. */
  index: number;
  /** It already quotes the candidate's sentence, or a part of it. */
  sameQuote: boolean;
  /** Its date agrees with the candidate's at the coarser precision. */
  sameDate: boolean;
  /** The actors both name. */
  sharedActors: string[];
}

// A quote shorter than this inside the sentence says too little to call it the same claim.
const QUOTE_OVERLAP = 30;

const actorsOf = (event: Item) => (Array.isArray(event.actors) ? event.actors.map(textOf) : []);

/**
 * The events a candidate is best merged into: those with the same date (at the coarser
 * precision) that share an actor, and events outside the draft that already quote its sentence
 * (or a long part of it). Ranked: the same sentence first, then the same date, events already reviewed before
 * other candidates, more shared actors, the same category.
 */
export function mergeSuggestions(store: EditableStore, id: string): MergeSuggestion[] {
  const entries = candidatesOf(store);
  const entry = entries.find((c) => c.id === id);
  if (!entry || entry.index < 0) return [];
  const pending = new Set(entries.filter((c) => c.status !== 'accepted').map((c) => c.id));
  const fromDraft = new Set(entries.map((c) => c.id));
  const text = articleTextOf(store);
  const quotes = [...(entry.sentence ? [text.slice(entry.sentence.start, entry.sentence.end)] : []), ...listOf(entry.event, 'sources').map((c) => textOf(c.quote))].filter(Boolean);
  const start = textOf(entry.event.start);
  const actors = actorsOf(entry.event);
  const suggestions = listOf(store, 'events').flatMap((event, index): (MergeSuggestion & { rank: number[] })[] => {
    if (index === entry.index) return [];
    // Candidates of one sentence ("in 2016 …, and in 2017 …") quote it all: for them only the date counts.
    const sameQuote = !fromDraft.has(textOf(event.id)) && listOf(event, 'sources').some((c) => {
      const quote = textOf(c.quote).trim();
      return quote !== '' && quotes.some((q) => q === quote || (quote.length >= QUOTE_OVERLAP && q.includes(quote)) || (q.length >= QUOTE_OVERLAP && quote.includes(q)));
    });
    const sharedActors = actorsOf(event).filter((a) => actors.includes(a));
    const sameDate = datesAgree(start, textOf(event.start));
    if (!sameQuote && !(sameDate && sharedActors.length > 0)) return [];
    const rank = [Number(sameQuote), Number(sameDate), Number(!pending.has(textOf(event.id))), sharedActors.length, Number(event.category === entry.event.category)];
    return [{ id: textOf(event.id), index, sameQuote, sameDate, sharedActors, rank }];
  });
  suggestions.sort((a, b) => compareRanks(b.rank, a.rank) || a.index - b.index);
  return suggestions.map(({ rank: _rank, ...suggestion }) => suggestion);
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * The store as Save writes it: accepted candidates' entries dropped, and the `draft` object
 * with them once none is left (a store without `draft` is a reviewed one). Unreviewed ones
 * are kept, with the article, so that a draft file still says what is left to review.
 */
export function finishReview(store: EditableStore): EditableStore {
  const draft = draftOf(store);
  if (!draft) return store;
  const left = candidatesOf(store).filter((c) => c.status !== 'accepted');
  if (left.length === 0) return setIn(store, ['draft'], undefined);
  const candidates = getIn(store, ['draft', 'candidates']) as Item;
  if (left.length === Object.keys(candidates).length) return store;
  return setIn(store, ['draft', 'candidates'], Object.fromEntries(left.map((c) => [c.id, c.candidate])));
}
