/**
 * Two versions of one store side by side, for the moment a save finds that the file changed on
 * disk since it was opened (another tab, another editor, a `git pull`): which parts differ,
 * who changed each (when the version both started from is known), and the store made of the
 * person's choice for each part. Parts are the store's top-level fields (title, sources,
 * categories… and any field later formats add) and each event by its id, so the choice is per
 * event, never all or nothing.
 */
import { listOf, sameJson, textOf, type EditableStore, type Item } from './document';

/** Which side of a difference to keep. */
export type Side = 'mine' | 'theirs';

/** One part of the store in which the two versions differ. */
export interface Difference {
  /** Stable key: the field's name, or `event:<id>`. */
  key: string;
  /** A top-level field, or an event. */
  kind: 'field' | 'event';
  /** The field's name or the event's id. */
  name: string;
  /** The version on disk (undefined: it has none). */
  theirs: unknown;
  /** The version being edited (undefined: it has none). */
  mine: unknown;
  /** For events: the fields that differ. */
  fields: string[];
  /** Whether each side changed it since the common version; null when that version is unknown. */
  changed: { mine: boolean; theirs: boolean } | null;
  /** The side kept unless the person chooses: the side that changed it, mine when both or unknown. */
  suggested: Side;
}

/** Events by a key that is unique even when ids repeat or are missing. */
function eventsByKey(store: EditableStore): Map<string, Item> {
  const map = new Map<string, Item>();
  listOf(store, 'events').forEach((event, i) => {
    const id = textOf(event.id) || `#${i}`;
    let key = `event:${id}`;
    for (let n = 2; map.has(key); n++) key = `event:${id}#${n}`;
    map.set(key, event);
  });
  return map;
}

function keysOf(...objects: (Item | undefined)[]): string[] {
  return [...new Set(objects.flatMap((o) => (o ? Object.keys(o) : [])))];
}

/** Every part in which `theirs` and `mine` differ, top-level fields first, then events in the order of mine. */
export function compareVersions(base: EditableStore | null, theirs: EditableStore, mine: EditableStore): Difference[] {
  const differences: Difference[] = [];
  const add = (key: string, kind: Difference['kind'], name: string, t: unknown, m: unknown, b: unknown, fields: string[] = []) => {
    if (sameJson(t, m)) return;
    const changed = base ? { mine: !sameJson(b, m), theirs: !sameJson(b, t) } : null;
    const suggested: Side = changed && !changed.mine && changed.theirs ? 'theirs' : 'mine';
    differences.push({ key, kind, name, theirs: t, mine: m, fields, changed, suggested });
  };
  for (const field of keysOf(theirs, mine).filter((k) => k !== 'events')) add(field, 'field', field, theirs[field], mine[field], base?.[field]);

  const theirEvents = eventsByKey(theirs);
  const myEvents = eventsByKey(mine);
  const baseEvents = base ? eventsByKey(base) : new Map<string, Item>();
  for (const key of [...new Set([...myEvents.keys(), ...theirEvents.keys()])]) {
    const t = theirEvents.get(key);
    const m = myEvents.get(key);
    const fields = keysOf(t, m).filter((f) => !sameJson(t?.[f], m?.[f]));
    add(key, 'event', key.slice('event:'.length), t, m, baseEvents.get(key), t && m ? fields : []);
  }
  return differences;
}

/** The store made of `mine` with the parts chosen from `theirs`. */
export function mergeVersions(theirs: EditableStore, mine: EditableStore, differences: readonly Difference[], choices: Readonly<Record<string, Side>>): EditableStore {
  const merged: Record<string, unknown> = { ...mine };
  const takeTheirs = (d: Difference) => (choices[d.key] ?? d.suggested) === 'theirs';
  for (const d of differences.filter((d) => d.kind === 'field' && takeTheirs(d))) {
    if (d.theirs === undefined) delete merged[d.name];
    else merged[d.name] = d.theirs;
  }
  const chosen = new Set(differences.filter((d) => d.kind === 'event' && takeTheirs(d)).map((d) => d.key));
  if (chosen.size === 0) return merged;

  const theirEvents = [...eventsByKey(theirs)];
  const events: [string, Item][] = [...eventsByKey(mine)].filter(([key]) => !chosen.has(key) || theirEvents.some(([k]) => k === key));
  theirEvents.forEach(([key, event], i) => {
    if (!chosen.has(key)) return;
    const at = events.findIndex(([k]) => k === key);
    if (at >= 0) events[at] = [key, event];
    else {
      // An event only they have goes after the nearest event before it in their order that is kept.
      const before = theirEvents.slice(0, i).reverse().find(([k]) => events.some(([e]) => e === k));
      const position = before ? events.findIndex(([k]) => k === before[0]) + 1 : 0;
      events.splice(position, 0, [key, event]);
    }
  });
  merged.events = events.map(([, event]) => event);
  return merged;
}
