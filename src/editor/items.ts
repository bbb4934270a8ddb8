/**
 * New items for each list of the store, with ids that are free, and the edits that keep
 * references whole: renaming a category, actor, source or event carries every use of its id
 * along (stories' steps and their filters included).
 * New items start as the format wants them where a sensible default exists (an event's actors
 * are the pair, its certainty "reported") and empty where only the person can say (a title,
 * a quote), so the validator points at exactly what is left to write.
 */
import { slugify } from '../interchange/slug';
import { getIn, insertAt, listOf, setIn, textOf, type EditableStore, type Item, type ListName, type Path } from './document';

/** An id not yet used in the list: `wanted`, else `wanted-2`, `wanted-3`… */
export function freeId(store: EditableStore, list: ListName, wanted: string): string {
  const taken = new Set(listOf(store, list).map((item) => item.id));
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** A new event, placed at the end: actors the pair, the first category, one citation to fill in. */
export function newEvent(store: EditableStore, id = freeId(store, 'events', 'new-event')): Item {
  const pair = Array.isArray(store.pair) ? store.pair.filter((a): a is string => typeof a === 'string' && a !== '') : [];
  const category = textOf(listOf(store, 'categories')[0]?.id);
  return { id, title: '', summary: '', start: '', category, actors: pair, certainty: 'reported', sources: [newCitation()] };
}

/** A citation to fill in. */
export function newCitation(source = ''): Item {
  return { source, quote: '' };
}

/** New items of the other lists. */
export const NEW_ITEM: Record<Exclude<ListName, 'events'>, (store: EditableStore) => Item> = {
  sources: (store) => ({ id: freeId(store, 'sources', 'source'), title: '', publisher: '', url: '' }),
  categories: (store) => ({ id: freeId(store, 'categories', 'category'), label: '' }),
  actors: (store) => ({ id: freeId(store, 'actors', 'party'), name: '' }),
  eras: (store) => ({ id: freeId(store, 'eras', 'era'), title: '', start: '', end: '' }),
};

/** Appends a new item to a list; returns the store and the new item's index. */
export function addItem(store: EditableStore, list: ListName, item: Item): { store: EditableStore; index: number } {
  return { store: insertAt(store, [list], item), index: listOf(store, list).length };
}

/** The id an event would be given from its title and year: "arms-deal-2012". */
export function suggestedEventId(title: string, start: string): string {
  const slug = slugify(title);
  const year = /^\d{4}/.exec(start)?.[0];
  return slug && year ? `${slug}-${year}` : slug;
}

/**
 * Sets an event's title or start, and for an event that is not in the version on disk, lets
 * its id follow ("new-event" becomes "arms-deal-2012"): ids are what links point at, so an
 * event that readers may already link to keeps its id.
 */
export function setEventText(store: EditableStore, index: number, field: 'title' | 'start', value: string, savedIds: ReadonlySet<string>): EditableStore {
  const event = listOf(store, 'events')[index];
  if (!event) return store;
  let next = setIn(store, ['events', index, field], value);
  const id = textOf(event.id);
  const followed = /^new-event(-\d+)?$/.test(id) || id === suggestedEventId(textOf(event.title), textOf(event.start));
  if (!savedIds.has(id) && followed) {
    const updated = listOf(next, 'events')[index];
    const wanted = suggestedEventId(textOf(updated.title), textOf(updated.start));
    if (wanted) {
      const to = freeIdExcept(next, index, wanted);
      // A story step that already shows the new event follows it to its new id.
      next = referencePaths(next, 'events', id).reduce((s, path) => setIn(s, path, to), setIn(next, ['events', index, 'id'], to));
    }
  }
  return next;
}

function freeIdExcept(store: EditableStore, index: number, wanted: string): string {
  const taken = new Set(listOf(store, 'events').filter((_, i) => i !== index).map((e) => e.id));
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** Where each kind of id is referred to from (an event's draft candidate, keyed by its id, is not a path). */
function referencePaths(store: EditableStore, list: ReferencedList, id: string): Path[] {
  const paths: Path[] = [];
  listOf(store, 'stories').forEach((story, s) => {
    listOf(story, 'steps').forEach((step, i) => {
      const at = ['stories', s, 'steps', i];
      if (list === 'events' && step.event === id) paths.push([...at, 'event']);
      const filter = list === 'categories' || list === 'actors' ? getIn(step, ['filters', list]) : undefined;
      if (Array.isArray(filter)) filter.forEach((f, j) => f === id && paths.push([...at, 'filters', list, j]));
    });
  });
  listOf(store, 'events').forEach((event, i) => {
    if (list === 'categories' && event.category === id) paths.push(['events', i, 'category']);
    if (list === 'actors' && Array.isArray(event.actors)) event.actors.forEach((a, j) => a === id && paths.push(['events', i, 'actors', j]));
    if (list === 'sources') listOf(event, 'sources').forEach((c, j) => c.source === id && paths.push(['events', i, 'sources', j, 'source']));
  });
  if (list === 'actors' && Array.isArray(store.pair)) store.pair.forEach((a, j) => a === id && paths.push(['pair', j]));
  if (list === 'sources' && getIn(store, ['draft', 'article', 'source']) === id) paths.push(['draft', 'article', 'source']);
  return paths;
}

/** How many places refer to an id (to say what removing it would break). */
export function referenceCount(store: EditableStore, list: 'categories' | 'actors' | 'sources', id: string): number {
  return referencePaths(store, list, id).length;
}

/** The lists whose ids other parts of the store refer to. */
export type ReferencedList = 'categories' | 'actors' | 'sources' | 'events';

/**
 * After an item's id changed from `from` to `to`, points every reference to `from` at `to`
 * (for an event: the story steps that show it, and its entry among a draft's candidates); unchanged when another item still has
 * `from` or already had `to` (the references would then be ambiguous, and the validator says
 * so instead).
 */
export function renameReferences(store: EditableStore, list: ReferencedList, from: string, to: string): EditableStore {
  if (from === to || from === '' || to === '') return store;
  const ids = listOf(store, list).map((item) => item.id);
  if (ids.includes(from) || ids.filter((id) => id === to).length !== 1) return store;
  const renamed = referencePaths(store, list, from).reduce((next, path) => setIn(next, path, to), store);
  return list === 'events' ? renameCandidate(renamed, from, to) : renamed;
}

/** A draft's candidate entry moved to the event's new id, in the same place among the others. */
function renameCandidate(store: EditableStore, from: string, to: string): EditableStore {
  const candidates = getIn(store, ['draft', 'candidates']);
  if (typeof candidates !== 'object' || candidates === null || !Object.hasOwn(candidates, from) || Object.hasOwn(candidates, to)) return store;
  const renamed = Object.fromEntries(Object.entries(candidates).map(([key, value]) => [key === from ? to : key, value]));
  return setIn(store, ['draft', 'candidates'], renamed);
}
