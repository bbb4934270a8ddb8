/**
 * Lanes: the horizontal bands events are drawn in, one per category or one per actor, or a
 * single band for the compact overview on phones.
 * Lanes are worked out from the whole timeline, not the filtered slice, so that filtering or
 * zooming never adds, removes or reorders a band.
 */
import type { Timeline, TimelineEvent } from '../model/types';

/** What the lanes stand for: a category, an actor, or everything in one band (the phone overview). */
export type LaneMode = 'category' | 'actor' | 'overview';

/** The one lane of the overview mode. */
export const OVERVIEW_LANE: Lane = { id: 'all', label: '' };

/** One horizontal band. */
export interface Lane {
  /** Category id or actor id. */
  id: string;
  /** Display label, in the data's language. */
  label: string;
}

/**
 * Lanes in data order: one per category; or in actor mode, one per actor that appears in any
 * event, the dataset's pair first (in pair order), then the rest in the actors list's order.
 * An id used by an event but missing from the lists (which validation should prevent) gets a
 * lane labelled with its id at the end, so no event is silently left without a lane. O(n + a).
 */
export function makeLanes(timeline: Pick<Timeline, 'categories' | 'actors' | 'pair' | 'events'>, mode: LaneMode): Lane[] {
  if (mode === 'overview') return [OVERVIEW_LANE];
  const used = new Set<string>();
  for (const event of timeline.events) {
    for (const id of laneIdsOf(event, mode)) used.add(id);
  }
  const listed: Lane[] =
    mode === 'category'
      ? timeline.categories.map((c) => ({ id: c.id, label: c.label }))
      : orderActors(timeline).filter((a) => used.has(a.id));
  const known = new Set(listed.map((lane) => lane.id));
  for (const id of used) {
    if (!known.has(id)) listed.push({ id, label: id });
  }
  return listed;
}

/** Actors as lanes, the pair first. O(a). */
function orderActors(timeline: Pick<Timeline, 'actors' | 'pair'>): Lane[] {
  const byId = new Map(timeline.actors.map((a) => [a.id, a.name]));
  const pair = timeline.pair.filter((id, i, all) => all.indexOf(id) === i);
  const first = pair.map((id) => ({ id, label: byId.get(id) ?? id }));
  const rest = timeline.actors.filter((a) => !pair.includes(a.id)).map((a) => ({ id: a.id, label: a.name }));
  return [...first, ...rest];
}

/**
 * Which lanes an event is drawn in: its category; or each of its actors, once each (an event
 * with 3 actors appears in 3 actor lanes). O(a²) in the event's actor count, which is tiny.
 */
export function laneIdsOf(event: TimelineEvent, mode: LaneMode): string[] {
  if (mode === 'overview') return [OVERVIEW_LANE.id];
  if (mode === 'category') return [event.category];
  const actors = event.actors;
  return actors.filter((id, i) => actors.indexOf(id) === i);
}

/**
 * The lanes to draw for the events shown: the lanes that hold any of them, in lane order, so
 * that lanes of hidden categories (and, by actor, of countries the reader filtered out) go
 * away. In actor mode with an actor filter, only the chosen actors keep lanes: an event
 * involving a chosen and an unchosen country is drawn in the chosen one's lane. O(n · a + L).
 */
export function shownLanes(all: readonly Lane[], shown: readonly TimelineEvent[], mode: LaneMode, actors: ReadonlySet<string> | null): Lane[] {
  if (mode === 'overview') return [...all];
  const used = new Set<string>();
  for (const event of shown) for (const id of laneIdsOf(event, mode)) used.add(id);
  return all.filter((lane) => used.has(lane.id) && (mode !== 'actor' || !actors || actors.has(lane.id)));
}

/** How many of the events shown each lane holds, in lane order. O(n · a + L). */
export function laneCounts(lanes: readonly Lane[], shown: readonly TimelineEvent[], mode: LaneMode): number[] {
  const position = new Map(lanes.map((lane, k) => [lane.id, k]));
  const counts = new Array<number>(lanes.length).fill(0);
  for (const event of shown) {
    for (const id of laneIdsOf(event, mode)) {
      const k = position.get(id);
      if (k !== undefined) counts[k]++;
    }
  }
  return counts;
}
