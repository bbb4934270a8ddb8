// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldLanes, laneCounts, laneIdsOf, makeLanes, shownLanes } from './lanes';
import { eventOn } from './testFixtures';

const timeline = {
  pair: ['ISR', 'USA'] as [string, string],
  actors: [
    { id: 'USA', name: 'United States' },
    { id: 'EGY', name: 'Egypt' },
    { id: 'JOR', name: 'Jordan' },
    { id: 'ISR', name: 'Israel' },
  ],
  categories: [
    { id: 'military', label: 'Military' },
    { id: 'diplomacy', label: 'Diplomacy' },
    { id: 'trade', label: 'Trade' },
  ],
  events: [
    eventOn('camp-david', '1978-09-17', undefined, { category: 'diplomacy', actors: ['EGY', 'ISR', 'USA'] }),
    eventOn('aid', '1985', undefined, { category: 'trade', actors: ['USA', 'ISR'] }),
  ],
};

describe('makeLanes', () => {
  it('gives one lane per category in data order, used or not', () => {
    expect(makeLanes(timeline, 'category')).toEqual([
      { id: 'military', label: 'Military' },
      { id: 'diplomacy', label: 'Diplomacy' },
      { id: 'trade', label: 'Trade' },
    ]);
  });

  it('puts the pair first in actor mode and leaves out actors without events', () => {
    expect(makeLanes(timeline, 'actor')).toEqual([
      { id: 'ISR', label: 'Israel' },
      { id: 'USA', label: 'United States' },
      { id: 'EGY', label: 'Egypt' },
    ]);
  });

  it('adds a lane for an id the lists do not know, so no event is lost', () => {
    const odd = { ...timeline, events: [...timeline.events, eventOn('x', '1990', undefined, { category: 'culture', actors: ['FRA'] })] };
    expect(makeLanes(odd, 'category').at(-1)).toEqual({ id: 'culture', label: 'culture' });
    expect(makeLanes(odd, 'actor').at(-1)).toEqual({ id: 'FRA', label: 'FRA' });
  });
});

describe('laneIdsOf', () => {
  it.each([
    ['category', ['EGY', 'ISR', 'USA'], ['diplomacy']],
    ['actor', ['EGY', 'ISR', 'USA'], ['EGY', 'ISR', 'USA']],
    ['actor', ['ISR', 'ISR'], ['ISR']],
  ] as const)('%s mode, actors %j -> %j', (mode, actors, expected) => {
    const event = eventOn('e', '2000', undefined, { category: 'diplomacy', actors: [...actors] });
    expect(laneIdsOf(event, mode)).toEqual(expected);
  });
});

describe('shownLanes and laneCounts', () => {
  const [campDavid, aid] = timeline.events;

  it('drops the lanes of categories that show no event, keeping lane order', () => {
    const all = makeLanes(timeline, 'category');
    expect(shownLanes(all, [campDavid, aid], 'category', null).map((l) => l.id)).toEqual(['diplomacy', 'trade']);
    expect(shownLanes(all, [aid], 'category', null).map((l) => l.id)).toEqual(['trade']);
  });

  it('by country, keeps only the countries chosen in the actor filter', () => {
    const all = makeLanes(timeline, 'actor');
    expect(shownLanes(all, [campDavid, aid], 'actor', null).map((l) => l.id)).toEqual(['ISR', 'USA', 'EGY']);
    expect(shownLanes(all, [campDavid], 'actor', new Set(['EGY'])).map((l) => l.id)).toEqual(['EGY']);
  });

  it('counts each event once in every lane it is drawn in', () => {
    const lanes = makeLanes(timeline, 'actor');
    expect(laneCounts(lanes, [campDavid, aid], 'actor')).toEqual([2, 2, 1]);
    expect(laneCounts(makeLanes(timeline, 'category'), [campDavid, aid], 'category')).toEqual([0, 1, 1]);
  });
});

describe('foldLanes', () => {
  const events = [
    eventOn('a', '2000', undefined, { actors: ['ISR', 'USA'] }),
    eventOn('b', '2001', undefined, { actors: ['ISR', 'EGY', 'JOR'] }),
    eventOn('c', '2002', undefined, { actors: ['ISR', 'USA'] }),
    eventOn('d', '2003', undefined, { actors: ['ISR', 'JOR'] }),
  ];
  const lanes = makeLanes({ ...timeline, events }, 'actor');
  const label = (names: readonly string[]) => `Others: ${names.join(', ')}`;

  it('leaves lanes that fit alone', () => {
    expect(foldLanes(lanes, events, 'actor', () => true, label)).toEqual(lanes);
  });

  it('folds the least busy lanes into one lane of others, which counts each event once', () => {
    // Room for three lanes: Egypt (1 event) folds first, then Jordan (2).
    const folded = foldLanes(lanes, events, 'actor', (counts) => counts.length <= 3, label);
    expect(folded.map((l) => l.id)).toEqual(['ISR', 'USA', 'others']);
    expect(folded[2]).toMatchObject({ label: 'Others: Egypt, Jordan', members: ['EGY', 'JOR'] });
    expect(laneCounts(folded, events, 'actor')).toEqual([4, 2, 2]);
  });

  it('stops at two lanes however little room there is', () => {
    expect(foldLanes(lanes, events, 'actor', () => false, label).map((l) => l.id)).toEqual(['ISR', 'others']);
  });
});
