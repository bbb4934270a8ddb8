/**
 * Which events pass the reader's filters. Pure: the same filters over the same events always
 * give the same list, in time order. Cost: O(n · |query|) per change of filters, never per frame.
 */
import type { Certainty, TimelineEvent } from './types';

/** The reader's filters. An empty set means "all" only when it is null; an empty set hides everything. */
export interface Filters {
  /** Category ids shown, or null for all. */
  categories: ReadonlySet<string> | null;
  /** Actor ids: an event passes when it involves any of them; null for all. */
  actors: ReadonlySet<string> | null;
  /** Certainty levels shown, or null for all. */
  certainties: ReadonlySet<Certainty> | null;
  /** Free-text search over titles, summaries and quotes. */
  query: string;
}

/** No filter at all. */
export const NO_FILTERS: Filters = { categories: null, actors: null, certainties: null, query: '' };

/** True when nothing is filtered out. */
export function isUnfiltered(filters: Filters): boolean {
  return !filters.categories && !filters.actors && !filters.certainties && filters.query.trim() === '';
}

/**
 * Search terms: whitespace-separated words, every one of which must appear (case-insensitive).
 * Quoted phrases ("arms deal") stay together.
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.toLowerCase().matchAll(/"([^"]+)"|(\S+)/g)) terms.push((match[1] ?? match[2]).trim());
  return terms.filter(Boolean);
}

const searchTexts = new WeakMap<TimelineEvent, string>();

/**
 * An event's lower-cased title, summary and quotes, built the first time a search needs it
 * and kept: building it for 100,000 events at load time cost more than a third of a second
 * that a reader who never searches would pay.
 */
export function searchTextOf(event: TimelineEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) {
    text = [event.title, event.summary, ...event.sources.map((c) => c.quote)].join('\n').toLowerCase();
    searchTexts.set(event, text);
  }
  return text;
}

/** True when the event passes every filter. */
export function passes(event: TimelineEvent, filters: Filters, terms = searchTerms(filters.query)): boolean {
  if (filters.categories && !filters.categories.has(event.category)) return false;
  if (filters.certainties && !filters.certainties.has(event.certainty)) return false;
  if (filters.actors && !event.actors.some((a) => filters.actors!.has(a))) return false;
  return terms.length === 0 || terms.every((term) => searchTextOf(event).includes(term));
}

/** The events that pass, in their (time) order. */
export function applyFilters(events: readonly TimelineEvent[], filters: Filters): TimelineEvent[] {
  if (isUnfiltered(filters)) return events.slice();
  const terms = searchTerms(filters.query);
  return events.filter((e) => passes(e, filters, terms));
}

/**
 * The least change to the filters that lets `event` through: its category, one of its actors
 * and its certainty are added to filters that leave them out, and a search it does not match
 * is cleared. Everything the reader filtered otherwise stays as it was. O(a).
 */
export function relaxToShow(filters: Filters, event: TimelineEvent): Filters {
  const add = <T extends string>(set: ReadonlySet<T> | null, id: T) => (set && !set.has(id) ? new Set([...set, id]) : set);
  const involved = !filters.actors || event.actors.some((a) => filters.actors!.has(a));
  const terms = searchTerms(filters.query);
  return {
    categories: add(filters.categories, event.category),
    actors: involved ? filters.actors : add(filters.actors, event.actors[0]),
    certainties: add(filters.certainties, event.certainty),
    query: terms.every((term) => searchTextOf(event).includes(term)) ? filters.query : '',
  };
}

/**
 * Toggles an actor in an inclusion filter ("only events involving these"): from all, a chip
 * picks that actor alone; then chips add and remove actors; removing the last one is all again.
 */
export function toggleInclusion(current: ReadonlySet<string> | null, id: string): ReadonlySet<string> | null {
  if (!current) return new Set([id]);
  const next = new Set(current);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next.size === 0 ? null : next;
}

/** Toggles one id in a set-or-all filter; `all` lists every id so "all but one" can be built. */
export function toggleInFilter<T extends string>(current: ReadonlySet<T> | null, id: T, all: readonly T[]): ReadonlySet<T> | null {
  const next = new Set(current ?? all);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next.size === all.length && all.every((a) => next.has(a)) ? null : next;
}
