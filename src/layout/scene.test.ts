// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildScene, LABEL_GAP, MIN_SPAN_PX, POINT_RADIUS, DEFAULT_LANE_PADDING as PAD, DEFAULT_ROW_HEIGHT as ROW } from './scene';
import { makeBaseScale } from './timeScale';
import { eventOn, inTimeOrder, measureByChars } from './testFixtures';
import { sceneFor } from './sceneTestKit';

const only = (events: Parameters<typeof sceneFor>[0], options?: Parameters<typeof sceneFor>[1]) => {
  const scene = sceneFor(events, options);
  expect(scene.marks).toHaveLength(1);
  return scene.marks[0];
};

describe('marks', () => {
  const directions = [false, true];

  it.each(directions.flatMap((rtl) => [300, 1200, 5000].map((width) => [rtl, width] as const)))(
    'rtl=%s width=%i: a year-precision event spans its whole year',
    (rtl, width) => {
      const year = eventOn('y', '2012');
      const context = [eventOn('a', '2005'), year, eventOn('b', '2020')];
      const scene = sceneFor(context, { width, rtl });
      const mark = scene.marks.find((m) => m.event === year)!;
      const base = makeBaseScale([context[0].t0, context[2].t1], width, rtl);
      const ends = [base(Date.UTC(2012, 0, 1)), base(Date.UTC(2013, 0, 1))];
      expect(mark.event.isPoint).toBe(false);
      expect(mark.x0).toBeCloseTo(Math.min(...ends), 6);
      expect(mark.x1).toBeCloseTo(Math.max(...ends), 6);
      expect(mark.x1 - mark.x0).toBeGreaterThan(MIN_SPAN_PX);
    },
  );

  it('draws a day as a point at the middle of that day', () => {
    const day = eventOn('p', '2012-05-14');
    const mark = only([day], { window: [Date.UTC(2012, 4, 10), Date.UTC(2012, 4, 20)], width: 1000 });
    expect(mark.x0).toBe(mark.x1);
    expect(mark.x0).toBeCloseTo(450, 6); // 4.5 of 10 days across 1000 px
  });

  it('widens a tiny span around its centre', () => {
    const twoDays = eventOn('s', '2012-05-14', '2012-05-15');
    const mark = only([twoDays], { window: [Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1)] });
    const centre = (mark.x0 + mark.x1) / 2;
    expect(mark.event.isPoint).toBe(false);
    expect(mark.x1 - mark.x0).toBeCloseTo(MIN_SPAN_PX, 6);
    expect(centre).toBeCloseTo(800 * ((Date.UTC(2012, 4, 15) - Date.UTC(1990, 0, 1)) / (Date.UTC(2030, 0, 1) - Date.UTC(1990, 0, 1))), 6);
  });

  it.each([
    [false, 'start', (m: { x1: number }) => m.x1 + POINT_RADIUS + LABEL_GAP],
    [true, 'end', (m: { x0: number }) => m.x0 - POINT_RADIUS - LABEL_GAP],
  ] as const)('rtl=%s: a point label is anchored at its %s after the mark in reading order', (rtl, anchor, expectedX) => {
    const mark = only([eventOn('p', '2012-05-14')], { rtl });
    expect(mark.labelAnchor).toBe(anchor);
    expect(mark.label).toBe(mark.event.title);
    expect(mark.labelX).toBeCloseTo(expectedX(mark), 6);
  });

  it('puts later events to the left when rtl', () => {
    const scene = sceneFor([eventOn('a', '2012-05-14'), eventOn('b', '2013-05-14')], { rtl: true });
    const [a, b] = ['a', 'b'].map((id) => scene.marks.find((m) => m.event.id === id)!);
    expect(b.x0).toBeLessThan(a.x0);
  });

  it.each([false, true])('rtl=%s: a span entering from off-screen keeps its label in view', (rtl) => {
    const mark = only([eventOn('s', '2000', '2020')], { rtl, window: [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)] });
    expect(mark.x0).toBeLessThan(0);
    expect(mark.x1).toBeGreaterThan(800);
    expect(mark.labelX).toBeCloseTo(rtl ? 800 - LABEL_GAP : LABEL_GAP, 6);
  });

  it('drops marks far outside the viewport', () => {
    const events = inTimeOrder([eventOn('in', '2010-06-01'), eventOn('far', '2011-06-01')]);
    const scene = sceneFor(events, { window: [Date.UTC(2010, 5, 1), Date.UTC(2010, 5, 10)] });
    expect(scene.marks.map((m) => m.event.id)).toEqual(['in']);
  });
});

describe('lanes and rows', () => {
  it('stacks lanes from 0, keeps one row in an empty lane, and centres marks in rows', () => {
    const events = inTimeOrder([
      eventOn('a', '2012-05-14', undefined, { category: 'diplomacy' }),
      eventOn('b', '2012-05-14', undefined, { category: 'diplomacy' }),
      eventOn('c', '2012-05-14', undefined, { category: 'military' }),
    ]);
    const scene = sceneFor(events);
    expect(scene.lanes.map((l) => [l.lane.id, l.y, l.rows, l.height])).toEqual([
      ['diplomacy', 0, 2, 2 * PAD + 2 * ROW],
      ['trade', 2 * PAD + 2 * ROW, 1, 2 * PAD + ROW],
      ['military', 4 * PAD + 3 * ROW, 1, 2 * PAD + ROW],
    ]);
    expect(scene.height).toBe(6 * PAD + 4 * ROW);
    expect(scene.marks.map((m) => [m.event.id, m.row, m.y])).toEqual([
      ['a', 0, PAD + ROW / 2],
      ['b', 1, PAD + ROW + ROW / 2],
      ['c', 0, 4 * PAD + 3 * ROW + PAD + ROW / 2],
    ]);
  });

  it('draws an event in each of its actors’ lanes', () => {
    const scene = sceneFor([eventOn('e', '2012', undefined, { actors: ['EGY', 'ISR', 'USA'] })], { mode: 'actor' });
    expect(scene.marks.map((m) => m.laneId)).toEqual(['ISR', 'USA', 'EGY']);
  });

  it('is deterministic', () => {
    const events = inTimeOrder(Array.from({ length: 40 }, (_, i) => eventOn(`e${i}`, `2012-0${1 + (i % 9)}-1${i % 10}`)));
    expect(sceneFor(events, { maxRowsPerLane: 2 })).toEqual(sceneFor(events, { maxRowsPerLane: 2 }));
  });
});

describe('eras', () => {
  it('clamps eras to the viewport and drops those outside', () => {
    const x = makeBaseScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 800, false).domain([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)]);
    const era = (id: string, from: number, to: number) => ({ id, title: id, t0: Date.UTC(from, 0, 1), t1: Date.UTC(to, 0, 1) });
    const scene = buildScene({
      events: [],
      lanes: [],
      mode: 'category',
      x,
      width: 800,
      eras: [era('before', 1990, 2000), era('across', 1995, 2005), era('inside', 2002, 2004), era('all', 1990, 2030), era('after', 2010, 2020)],
      measureLabel: measureByChars,
      rtl: false,
    });
    expect(scene.eras.map((e) => [e.id, Math.round(e.x0), Math.round(e.x1)])).toEqual([
      ['across', -1, 400],
      ['inside', 160, 320],
      ['all', -1, 801],
    ]);
  });
});
