/**
 * The store's own JSON, normalised: keys in the order docs/data-format.md documents them,
 * events and eras in time order (as the page sorts them: start, then end, then id), two-space
 * indentation and a final newline. Two stores that say the same thing come out byte for byte
 * the same, so a normalised file diffs cleanly.
 */
import type { Citation, Claims, Dataset, RawEvent, Source, Story, StoryStep, Value } from '../data/schema';
import { validateDataset } from '../data/validate';
import { formatProblem } from '../data/problems';
import { coveredInterval, parsePartialDate } from '../model/dates';
import type { ImportOptions, ImportResult } from './result';

const TOP_KEYS = ['$schema', 'version', 'id', 'title', 'description', 'pair', 'actors', 'categories', 'sources', 'eras', 'events', 'stories'] as const;
const EVENT_KEYS = ['id', 'title', 'summary', 'start', 'end', 'approximate', 'category', 'actors', 'certainty', 'value', 'sources'] as const;
const CITATION_KEYS = ['source', 'quote', 'claims', 'note'] as const;
const CLAIMS_KEYS = ['start', 'end', 'value', 'certainty', 'summary'] as const;
const VALUE_KEYS = ['amount', 'currency', 'kind'] as const;
const SOURCE_KEYS = ['id', 'title', 'publisher', 'url', 'published'] as const;
const STORY_KEYS = ['id', 'title', 'summary', 'steps'] as const;
const STEP_KEYS = ['title', 'event', 'from', 'to', 'filters', 'lanes', 'caption'] as const;
const STEP_FILTER_KEYS = ['categories', 'actors', 'certainty'] as const;

/** A copy of a valid store with every key in documented order and events and eras in time order. */
export function normaliseStore(data: Dataset): Dataset {
  const byTime = <T extends { id: string; start: string; end?: string }>(items: T[]): T[] => {
    const keyed = items.map((item) => ({ item, span: span(item.start, item.end) }));
    keyed.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
    return keyed.map((k) => k.item);
  };
  const value = (v: Value) => ordered(v, VALUE_KEYS);
  const claims = (c: Claims): Claims => ordered({ ...c, value: c.value && value(c.value) }, CLAIMS_KEYS);
  const citation = (c: Citation): Citation => ordered({ ...c, claims: c.claims && claims(c.claims) }, CITATION_KEYS);
  const event = (e: RawEvent): RawEvent =>
    ordered({ ...e, actors: [...e.actors], value: e.value && value(e.value), sources: e.sources.map(citation) }, EVENT_KEYS);
  // A story's steps keep the author's order: it is the story.
  const step = (s: StoryStep): StoryStep => ordered({ ...s, filters: s.filters && ordered(s.filters, STEP_FILTER_KEYS) }, STEP_KEYS);
  const story = (s: Story): Story => ordered({ ...s, steps: s.steps.map(step) }, STORY_KEYS);
  return ordered(
    {
      ...data,
      pair: [...data.pair] as [string, string],
      actors: data.actors.map((a) => ({ id: a.id, name: a.name })),
      categories: data.categories.map((c) => ({ id: c.id, label: c.label })),
      sources: data.sources.map((s: Source) => ordered(s, SOURCE_KEYS)),
      eras: byTime(data.eras).map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end })),
      events: byTime(data.events).map(event),
      stories: data.stories?.map(story),
    },
    TOP_KEYS,
  );
}

/** The store as normalised JSON text. */
export function storeToJson(data: Dataset): string {
  return `${JSON.stringify(normaliseStore(data), null, 2)}\n`;
}

/** Imports a document that is already an event store: validated, then normalised. */
export function importStoreJson(root: unknown, options: ImportOptions): ImportResult {
  const validation = validateDataset(root);
  if (!validation.ok) return { ok: false, problems: validation.problems.map((p) => formatProblem(options.fileName, p)) };
  const notes = ['the file is already an event store; it is validated and written normalised (documented key order, events and eras in time order)'];
  if (options.pair && options.pair.join() !== validation.data.pair.join()) {
    notes.push(`--pair ${options.pair.join(',')} is ignored: the store names its own pair, ${validation.data.pair.join(', ')}`);
  }
  const store = normaliseStore(validation.data);
  return { ok: true, store, report: { format: 'json', notes, items: [], imported: { events: store.events.length, eras: store.eras.length } } };
}

function span(start: string, end?: string): [number, number] {
  return coveredInterval(parsePartialDate(start)!, end ? parsePartialDate(end)! : undefined);
}

/** A copy of `item` with `keys` in that order, leaving out keys whose value is undefined. */
function ordered<T extends object>(item: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const source = item as Record<string, unknown>;
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out as T;
}
