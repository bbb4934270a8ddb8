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
  /** Other category or actor ids drawn in this lane too (a lane of "others" folded to fit). */
  members?: readonly string[];
}

/** Lane position by every id drawn in it (its own and its members'). O(L + members). */
export function laneNumbers(lanes: readonly Lane[]): Map<string, number> {
  const numbers = new Map<string, number>();
  lanes.forEach((lane, k) => {
    numbers.set(lane.id, k);
    for (const id of lane.members ?? []) numbers.set(id, k);
  });
  return numbers;
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

/** How many of the events shown each lane holds, in lane order (an event once per lane). O(n · a + L). */
export function laneCounts(lanes: readonly Lane[], shown: readonly TimelineEvent[], mode: LaneMode): number[] {
  const position = laneNumbers(lanes);
  const counts = new Array<number>(lanes.length).fill(0);
  const seen = new Set<number>();
  for (const event of shown) {
    seen.clear();
    for (const id of laneIdsOf(event, mode)) {
      const k = position.get(id);
      if (k !== undefined && !seen.has(k)) {
        seen.add(k);
        counts[k]++;
      }
    }
  }
  return counts;
}

/**
 * Lanes that fit: while `fits` says the lanes (with their counts) are too many for the height,
 * the least busy lane is folded into a last lane of "others" (labelled `othersLabel` and the
 * names it holds), so the busiest lanes keep their own band. Stops at two lanes; whether even
 * those fit is the geometry's call. O(L² · n) at worst, for the few lanes a chart has.
 */
export function foldLanes(
  lanes: readonly Lane[],
  shown: readonly TimelineEvent[],
  mode: LaneMode,
  fits: (counts: readonly number[]) => boolean,
  othersLabel: (names: readonly string[]) => string,
): Lane[] {
  let result = [...lanes];
  let counts = laneCounts(result, shown, mode);
  const folded: Lane[] = [];
  while (!fits(counts) && result.length - (folded.length ? 1 : 0) > 1) {
    const own = folded.length ? result.slice(0, -1) : result;
    const ownCounts = counts.slice(0, own.length);
    // On a tie the later lane folds: lanes come in order of importance (the pair first).
    const least = ownCounts.lastIndexOf(Math.min(...ownCounts));
    folded.push(own[least]);
    const kept = own.filter((_, k) => k !== least);
    const members = folded.flatMap((lane) => [lane.id, ...(lane.members ?? [])]);
    result = [...kept, { id: OTHERS_LANE_ID, label: othersLabel(folded.map((lane) => lane.label)), members }];
    counts = laneCounts(result, shown, mode);
  }
  return result;
}

/** The id of the lane that holds what was folded to fit. */
export const OTHERS_LANE_ID = 'others';
