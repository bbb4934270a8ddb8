/**
 * Adds a draft (the store the extractor makes from an article) to the timeline being edited,
 * so that its candidates are reviewed beside the events already there and can be merged into
 * them: the candidates become events at the end of the list (ids kept free), the article
 * becomes a source unless the timeline already lists it, the parties and lanes the candidates
 * use are added where missing, and the draft's `draft` object (the article and what the
 * extractor thought of each candidate) becomes the timeline's.
 *
 * A timeline holds one article's review at a time: while candidates of another are still
 * unreviewed, nothing is added.
 */
import type { Dataset } from '../data/schema';
import { getIn, listOf, textOf, type EditableStore, type Item } from './document';
import { finishReview, unreviewedCount } from './review';

/** The timeline with the draft added, or why not. */
export type AddedDraft = { ok: true; store: EditableStore; candidates: number } | { ok: false; unreviewed: number };

/** An id not in `taken` (`wanted`, else `wanted-2`…), then taken. */
function claim(taken: Set<unknown>, wanted: string): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/** Adds `draft` (a valid store with a `draft` object) to `store`. */
export function addDraft(store: EditableStore, draft: Dataset): AddedDraft {
  const unreviewed = unreviewedCount(store);
  if (unreviewed > 0) return { ok: false, unreviewed };
  const base = finishReview(store);
  const meta = draft.draft;
  if (!meta) return { ok: true, store: base, candidates: 0 };

  // The article's source: the timeline's own entry when it has the same one, else added under a free id.
  const sources = listOf(base, 'sources');
  const sourceIds = new Set(sources.map((s) => s.id));
  const sourceId = new Map<string, string>();
  const newSources: Item[] = [];
  for (const source of draft.sources) {
    const same = sources.find((s) => s.id === source.id && s.url === source.url);
    const id = same ? source.id : claim(sourceIds, source.id);
    sourceId.set(source.id, id);
    if (!same) newSources.push({ ...source, id });
  }

  const eventIds = new Set(listOf(base, 'events').map((e) => e.id));
  const eventId = new Map<string, string>();
  const events = draft.events.map((event) => {
    const id = claim(eventIds, event.id);
    eventId.set(event.id, id);
    return { ...event, id, sources: event.sources.map((c) => ({ ...c, source: sourceId.get(c.source) ?? c.source })) };
  });

  const actorIds = new Set(listOf(base, 'actors').map((a) => a.id));
  const used = new Set(events.flatMap((e) => e.actors));
  const newActors = draft.actors.filter((a) => used.has(a.id) && !actorIds.has(a.id));
  const categoryIds = new Set(listOf(base, 'categories').map((c) => c.id));
  const newCategories = draft.categories.filter((c) => events.some((e) => e.category === c.id) && !categoryIds.has(c.id));

  const candidates = Object.fromEntries(Object.entries(meta.candidates).map(([id, candidate]) => [eventId.get(id) ?? id, candidate]));
  const article = { ...meta.article, ...(meta.article.source ? { source: sourceId.get(meta.article.source) ?? meta.article.source } : {}) };
  const list = (key: string) => (Array.isArray(base[key]) ? (base[key] as unknown[]) : []);
  return {
    ok: true,
    candidates: events.length,
    store: {
      ...base,
      actors: [...list('actors'), ...newActors],
      categories: [...list('categories'), ...newCategories],
      sources: [...list('sources'), ...newSources],
      events: [...list('events'), ...events],
      draft: { article, candidates },
    },
  };
}

/**
 * What the extractor may reuse from the timeline: its categories (to guess among), parties
 * (their names resolve) and sources (the article may be one of them), read from a store that
 * may be half written, so only well-formed entries count.
 */
export function extractionBase(store: EditableStore): Pick<Dataset, 'categories' | 'actors' | 'sources'> {
  const withText = (item: Item, ...keys: string[]) => keys.every((k) => typeof item[k] === 'string' && item[k] !== '');
  return {
    categories: listOf(store, 'categories').filter((c) => withText(c, 'id', 'label')).map((c) => ({ id: textOf(c.id), label: textOf(c.label) })),
    actors: listOf(store, 'actors').filter((a) => withText(a, 'id', 'name')).map((a) => ({ id: textOf(a.id), name: textOf(a.name) })),
    sources: listOf(store, 'sources')
      .filter((s) => withText(s, 'id', 'title', 'publisher', 'url'))
      .map((s) => ({ id: textOf(s.id), title: textOf(s.title), publisher: textOf(s.publisher), url: textOf(s.url), ...(typeof s.published === 'string' ? { published: s.published } : {}) })),
  };
}

/** The timeline's pair, when both are country codes the extractor knows (ISO 3166-1 alpha-3). */
export function countryPair(store: EditableStore): [string, string] | null {
  const pair = [textOf(getIn(store, ['pair', 0])), textOf(getIn(store, ['pair', 1]))];
  return pair.every((id) => /^[A-Z]{3}$/.test(id)) && pair[0] !== pair[1] ? [pair[0], pair[1]] : null;
}
