// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/types';
import { buildEventIndex, visibleSlice } from './eventIndex';
import { eventAt, inTimeOrder, randomEvents, seededRandom } from './testFixtures';

// Instants are whole days from 0 so the table reads plainly; the index only compares numbers.
const span = (id: string, t0: number, t1: number) => eventAt(id, t0, t1);
const events = inTimeOrder([
  span('long', 0, 100), // starts far before most windows: the prefix-max case
  span('a', 10, 11),
  span('b', 20, 25),
  span('c', 30, 31),
  span('d', 40, 60),
  span('e', 50, 51),
  span('f', 95, 96),
]);
const index = buildEventIndex(events);
const ids = (list: readonly TimelineEvent[]) => list.map((e) => e.id);

describe('visibleSlice', () => {
  it.each([
    ['a window inside b', 21, 22, ['long', 'b']],
    ['b ends where the window starts (half-open)', 25, 30, ['long']],
    ['c starts where the window ends (half-open)', 26, 30, ['long']],
    ['only the long range reaches this gap', 70, 80, ['long']],
    ['d still covers the window', 45, 50, ['long', 'd']],
    ['e starts exactly at t0', 50, 52, ['long', 'd', 'e']],
    ['the long range ends where the window starts', 100, 200, []],
    ['before everything', -10, 0, []],
    ['everything', -1000, 1000, ['long', 'a', 'b', 'c', 'd', 'e', 'f']],
    ['an empty window', 30, 30, []],
    ['a reversed window', 31, 30, []],
    ['a one-unit window on a', 10, 11, ['long', 'a']],
  ])('%s: [%d, %d)', (_, t0, t1, expected) => {
    expect(ids(visibleSlice(index, t0, t1))).toEqual(expected);
  });

  it('works on an empty list', () => {
    expect(visibleSlice(buildEventIndex([]), 0, 10)).toEqual([]);
  });

  it('reuses the array it is given', () => {
    const into: TimelineEvent[] = [events[6]];
    const result = visibleSlice(index, 20, 21, into);
    expect(result).toBe(into);
    expect(ids(result)).toEqual(['long', 'b']);
  });

  it('sorts a copy when the input is out of order', () => {
    const shuffled = [events[3], events[0], events[6], events[1]];
    const sortedIndex = buildEventIndex(shuffled);
    expect(ids(sortedIndex.events)).toEqual(['long', 'a', 'c', 'f']);
    expect(ids(shuffled)).toEqual(['c', 'long', 'f', 'a']);
  });

  it.each([1, 2, 3])('agrees with a full scan on random data (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const many = randomEvents(2000, seed);
    const big = buildEventIndex(many);
    const [lo, hi] = [many[0].t0, many[many.length - 1].t1];
    for (let q = 0; q < 50; q++) {
      const t0 = lo + random() * (hi - lo);
      const t1 = t0 + random() * (hi - lo) * 0.1;
      const expected = many.filter((e) => e.t0 < t1 && e.t1 > t0);
      expect(ids(visibleSlice(big, t0, t1))).toEqual(ids(expected));
    }
  });
});
