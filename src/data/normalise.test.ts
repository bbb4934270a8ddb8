// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalise } from './normalise';
import { searchTextOf } from '../model/filters';
import type { Dataset, RawEvent } from './schema';

const FIXTURE: Dataset = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8'));
const REAL: Dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The fixture with these events instead of its own (each given only the fields a test needs). */
function withEvents(...events: Partial<RawEvent>[]): Dataset {
  const template = FIXTURE.events[0];
  return { ...FIXTURE, events: events.map((e, i) => ({ ...template, id: `e${i}`, end: undefined, ...e })) };
}

describe('normalise: intervals', () => {
  it.each([
    ['2012', undefined, '2012-01-01', '2013-01-01'],
    ['2012-02', undefined, '2012-02-01', '2012-03-01'],
    ['2012-02-26', undefined, '2012-02-26', '2012-02-27'],
    ['1993', '2023', '1993-01-01', '2024-01-01'],
    ['2012', '2013-06', '2012-01-01', '2013-07-01'],
  ])('%s to %s covers [%s, %s)', (start, end, from, to) => {
    const [event] = normalise(withEvents({ start, end })).events;
    expect([iso(event.t0), iso(event.t1)]).toEqual([from, to]);
  });

  it.each([
    ['2012-02-26', undefined, true],
    ['2012-02-26', '2012-02-26', true],
    ['2012-02-26', '2012-02-27', false],
    ['2012-02', undefined, false],
    ['2012', undefined, false],
    ['2012', '2012', false],
  ])('%s to %s: isPoint %s (only a single day-precision date)', (start, end, isPoint) => {
    expect(normalise(withEvents({ start, end })).events[0].isPoint).toBe(isPoint);
  });

  it('keeps the dates as written beside the parsed ones', () => {
    const [event] = normalise(withEvents({ start: '2012-02', end: '2013' })).events;
    expect(event.start).toBe('2012-02');
    expect(event.end).toBe('2013');
    expect(event.startDate).toEqual({ year: 2012, month: 2, precision: 'month' });
    expect(event.endDate).toEqual({ year: 2013, precision: 'year' });
  });

  it('uses the start as the end of a single date', () => {
    const [event] = normalise(withEvents({ start: '2012-02-26' })).events;
    expect(event.endDate).toEqual(event.startDate);
    expect(event.end).toBeUndefined();
  });
});

describe('normalise: order', () => {
  it('sorts by start, then end, then id, and numbers the order', () => {
    const { events } = normalise(
      withEvents(
        { id: 'late', start: '2020' },
        { id: 'b-year', start: '2012' },
        { id: 'a-year', start: '2012' },
        { id: 'day', start: '2012-01-01' },
        { id: 'long', start: '2012', end: '2015' },
      ),
    );
    expect(events.map((e) => e.id)).toEqual(['day', 'a-year', 'b-year', 'long', 'late']);
    expect(events.map((e) => e.order)).toEqual([0, 1, 2, 3, 4]);
  });

  it('puts the shipped dataset in time order with byId pointing at the same objects', () => {
    const timeline = normalise(REAL);
    const { events } = timeline;
    expect(events).toHaveLength(REAL.events.length);
    for (let i = 1; i < events.length; i++) {
      expect(events[i].t0 > events[i - 1].t0 || (events[i].t0 === events[i - 1].t0 && events[i].t1 >= events[i - 1].t1)).toBe(true);
      expect(events[i].order).toBe(i);
    }
    for (const e of events) expect(timeline.byId.get(e.id)).toBe(e);
  });
});

describe('normalise: extent and eras', () => {
  it('covers the events and the eras', () => {
    const { extent, eras } = normalise(REAL);
    expect(iso(extent[0])).toBe('1991-01-01');
    expect(iso(extent[1])).toBe('2025-05-04'); // the day after the last event, 3 May 2025
    for (const era of eras) {
      expect(era.t0).toBeGreaterThanOrEqual(extent[0]);
      expect(era.t1).toBeLessThanOrEqual(extent[1]);
    }
  });

  it('widens the extent to an era outside every event', () => {
    const data: Dataset = { ...FIXTURE, eras: [{ id: 'cold-war', title: 'Cold war', start: '1947', end: '1991' }] };
    const { extent } = normalise(data);
    expect(iso(extent[0])).toBe('1947-01-01');
    expect(iso(extent[1])).toBe('2013-07-01'); // the fixture's arms deal runs to June 2013
  });

  it('gives eras their covered interval, in time order', () => {
    const data: Dataset = {
      ...FIXTURE,
      eras: [
        { id: 'b', title: 'B', start: '2020-09-27', end: '2020-11-10' },
        { id: 'a', title: 'A', start: '2016-04', end: '2016-04' },
      ],
    };
    const { eras } = normalise(data);
    expect(eras.map((e) => [e.id, iso(e.t0), iso(e.t1)])).toEqual([
      ['a', '2016-04-01', '2016-05-01'],
      ['b', '2020-09-27', '2020-11-11'],
    ]);
  });

  it('gives an empty dataset a one-year extent rather than an empty one', () => {
    const { extent, events } = normalise({ ...FIXTURE, events: [], eras: [] });
    expect(events).toEqual([]);
    expect(extent[1]).toBeGreaterThan(extent[0]);
  });
});

describe('normalise: derived fields', () => {
  it('marks events that some source disputes; search text is lower-case title, summary and quotes', () => {
    const { byId } = normalise(FIXTURE);
    expect(byId.get('recognition')?.disputedBySources).toBe(true);
    expect(byId.get('arms-deal-2012')?.disputedBySources).toBe(false);
    expect(searchTextOf(byId.get('recognition')!)).toBe('recognition\none state recognised the other.\nrecognise it');
  });

  it('defaults approximate to false', () => {
    const { byId } = normalise(FIXTURE);
    expect(byId.get('recognition')?.approximate).toBe(false);
    expect(byId.get('arms-deal-2012')?.approximate).toBe(true);
  });

  it('throws on a date that was not validated', () => {
    expect(() => normalise(withEvents({ start: '2021-02-30' }))).toThrow(/2021-02-30/);
  });

  it('looks sources up by id', () => {
    expect(normalise(FIXTURE).sources.get('paper')?.publisher).toBe('Press');
  });
});
