// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neighboursOf, stepFrom, type Step } from './navigation';
import { eventOn, inTimeOrder } from '../layout/testFixtures';
import type { TimelineEvent } from './types';

// Lanes (top to bottom) and the years of their events. Lane 1 is empty.
//   lane 0:  a 2000            d 2010
//   lane 1:
//   lane 2:        b 2004            e 2012
//   lane 3:              c 2009
const LANE: Record<string, number> = { a: 0, d: 0, b: 2, e: 2, c: 3 };
const EVENTS = inTimeOrder([
  eventOn('a', '2000'),
  eventOn('b', '2004'),
  eventOn('c', '2009'),
  eventOn('d', '2010'),
  eventOn('e', '2012'),
]);
const laneOf = (e: TimelineEvent) => LANE[e.id];
const step = (from: string | null, s: Step, events: readonly TimelineEvent[] = EVENTS) => stepFrom(events, from, s, laneOf)?.id ?? null;

describe('stepFrom in time order', () => {
  it.each<[string | null, Step, string]>([
    ['c', 'previous', 'b'],
    ['c', 'next', 'd'],
    ['a', 'previous', 'a'], // the first has no previous: stays
    ['e', 'next', 'e'], // the last has no next: stays
    ['c', 'first', 'a'],
    ['c', 'last', 'e'],
    ['a', 'first', 'a'],
    ['e', 'last', 'e'],
  ])('from %s, %s → %s', (from, s, expected) => {
    expect(step(from, s)).toBe(expected);
  });

  it.each<[Step, string]>([
    ['next', 'a'],
    ['previous', 'a'],
    ['first', 'a'],
    ['laneUp', 'a'],
    ['laneDown', 'a'],
    ['last', 'e'],
  ])('with nothing focused, %s starts at %s', (s, expected) => {
    expect(step(null, s)).toBe(expected);
  });

  it('treats an id that is not (or no longer) among the events like nothing focused', () => {
    expect(step('filtered-out', 'next')).toBe('a');
    expect(step('filtered-out', 'last')).toBe('e');
  });

  it('returns null when there are no events', () => {
    expect(step(null, 'next', [])).toBeNull();
    expect(step('a', 'laneDown', [])).toBeNull();
  });
});

describe('stepFrom between lanes', () => {
  it.each<[string, Step, string]>([
    ['d', 'laneDown', 'e'], // skips empty lane 1; in lane 2, 2012 is nearer 2010 than 2004
    ['a', 'laneDown', 'b'], // in lane 2, 2004 is nearer 2000 than 2012
    ['e', 'laneUp', 'd'], // skips empty lane 1; in lane 0, 2010 is nearer 2012 than 2000
    ['b', 'laneUp', 'a'],
    ['b', 'laneDown', 'c'],
    ['c', 'laneUp', 'e'], // lane 2 is the nearest lane up, though lane 0's d (2010) is nearer in time
    ['a', 'laneUp', 'a'], // nothing above the top lane: stays
    ['c', 'laneDown', 'c'], // nothing below the bottom lane: stays
  ])('from %s, %s → %s', (from, s, expected) => {
    expect(step(from, s)).toBe(expected);
  });

  it('measures nearness from the middle of spans, not their starts', () => {
    // x spans 2000–2009 (middle at the start of 2005); y starts 2001 (middle mid-2001), z 2006 (mid-2006).
    const events = inTimeOrder([eventOn('x', '2000', '2009'), eventOn('y', '2001'), eventOn('z', '2006')]);
    const lanes: Record<string, number> = { x: 0, y: 1, z: 1 };
    expect(stepFrom(events, 'x', 'laneDown', (e) => lanes[e.id])?.id).toBe('z');
  });
});

describe('neighboursOf', () => {
  const events = inTimeOrder(['a', 'b', 'c', 'd', 'e'].map((id, i) => eventOn(id, String(2000 + i))));
  const [a, b, c, d, e] = events;

  it.each([
    ['a shown event', [a, b, c, d, e], c, 'b', 'd'],
    ['the first', [a, b, c], a, null, 'b'],
    ['the last', [a, b, c], c, 'b', null],
    ['a hidden event: the shown ones around it in time', [a, b, d, e], c, 'b', 'd'],
    ['a hidden event before all shown', [d, e], a, null, 'd'],
    ['a hidden event after all shown', [a, b], e, 'b', null],
    ['nothing shown', [], c, null, null],
  ] as const)('%s', (_what, shown, event, previous, next) => {
    const found = neighboursOf(shown, event);
    expect(found.previous?.id ?? null).toBe(previous);
    expect(found.next?.id ?? null).toBe(next);
  });
});
