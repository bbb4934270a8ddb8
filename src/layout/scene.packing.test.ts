// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/types';
import { buildEventIndex, visibleSlice } from './eventIndex';
import { laneIdsOf, makeLanes, type LaneMode } from './lanes';
import { ELLIPSIS } from './labels';
import { buildScene, CLUSTER_MAX_PX, CLUSTER_MIN_PX, CLUSTER_SPACING_PX, type Scene } from './scene';
import { catalogue, groupBy, occupiedBox, sceneFor } from './sceneTestKit';
import { DAY_MS, makeBaseScale } from './timeScale';
import { eventAt, inTimeOrder, measureByChars, randomEvents, seededRandom } from './testFixtures';

/**
 * Fails when two things in the same lane and row overlap (a badge and a lone mark in the
 * cluster row included), or a badge stands for fewer than two events.
 */
function expectNoOverlap(scene: Scene) {
  for (const [key, marks] of groupBy(scene.marks, (m) => `${m.laneId}/${m.row}`)) {
    const boxes = marks.map(occupiedBox).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i][0], `${key}: ${boxes[i - 1]} then ${boxes[i]}`).toBeGreaterThanOrEqual(boxes[i - 1][1]);
    }
  }
  for (const [laneId, clusters] of groupBy(scene.clusters, (c) => c.laneId)) {
    const lane = scene.lanes.find((l) => l.lane.id === laneId)!;
    const clusterRow = lane.rows - 1;
    const lone = scene.marks.filter((m) => m.laneId === laneId && m.row >= clusterRow).map(occupiedBox);
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i];
      expect(c.count).toBeGreaterThanOrEqual(2);
      for (const [a, b] of lone) expect(b <= c.x0 + 1e-9 || a >= c.x1 - 1e-9, `${laneId}: lone mark ${a}–${b} under badge ${c.x0}–${c.x1}`).toBe(true);
      expect(c.x1 - c.x0).toBeGreaterThanOrEqual(CLUSTER_MIN_PX - 1e-9);
      if (c.count > 1) expect(c.x1 - c.x0).toBeLessThanOrEqual(CLUSTER_MAX_PX + 1e-9);
      if (i === 0) continue;
      const gap = Math.max(c.x0, clusters[i - 1].x0) - Math.min(c.x1, clusters[i - 1].x1);
      expect(gap).toBeGreaterThanOrEqual(CLUSTER_SPACING_PX - 1e-9);
    }
  }
}

/** Fails unless, lane by lane, marks plus cluster counts are exactly the events in that lane. */
function expectEveryEventAccountedFor(scene: Scene, events: readonly TimelineEvent[], mode: LaneMode) {
  for (const { lane } of scene.lanes) {
    const inLane = events.filter((e) => laneIdsOf(e, mode).includes(lane.id));
    const marked = scene.marks.filter((m) => m.laneId === lane.id);
    const clustered = scene.clusters.filter((c) => c.laneId === lane.id);
    expect(marked.length + clustered.reduce((n, c) => n + c.count, 0), lane.id).toBe(inLane.length);
    expect(new Set(marked.map((m) => m.event.id)).size).toBe(marked.length);
    for (const c of clustered) {
      expect(c.t0).toBeLessThan(c.t1);
      expect(c.count).toBeGreaterThan(0);
    }
  }
}

const widths = [240, 640, 1600];
const table = widths.flatMap((width) =>
  [false, true].flatMap((rtl) => (['category', 'actor'] as const).map((mode) => [width, rtl, mode] as const)),
);

describe('packing', () => {
  it.each(table)('width %i rtl=%s %s: 300 random events, no two things in a row overlap', (width, rtl, mode) => {
    const events = randomEvents(300, width + (rtl ? 1 : 0));
    const scene = sceneFor(events, { width, rtl, mode });
    expectNoOverlap(scene);
    expectEveryEventAccountedFor(scene, events, mode);
    for (const m of scene.marks) {
      expect(m.x0).toBeLessThanOrEqual(m.x1);
      expect(m.labelAnchor).toBe(rtl ? 'end' : 'start');
      if (m.label !== null && m.label !== m.event.title) expect(m.label.endsWith(ELLIPSIS)).toBe(true);
    }
  });

  it.each(table)('width %i rtl=%s %s: zoomed into a random window, still no overlap', (width, rtl, mode) => {
    const events = randomEvents(400, 99 + width);
    const random = seededRandom(width);
    for (let q = 0; q < 5; q++) {
      const t0 = events[0].t0 + random() * 4 * 365 * DAY_MS;
      const scene = sceneFor(events, { width, rtl, mode, window: [t0, t0 + (10 + random() * 200) * DAY_MS] });
      expectNoOverlap(scene);
    }
  });

  it.each([1, 2, 4, 6])('dense input with maxRowsPerLane=%i clusters without losing an event', (maxRowsPerLane) => {
    const from = Date.UTC(2012, 0, 1);
    const events = randomEvents(1500, maxRowsPerLane, from, 31);
    for (const mode of ['category', 'actor'] as const) {
      const scene = sceneFor(events, { width: 400, mode, maxRowsPerLane });
      expect(scene.clusters.length).toBeGreaterThan(0);
      expectNoOverlap(scene);
      expectEveryEventAccountedFor(scene, events, mode);
      for (const lane of scene.lanes) expect(lane.rows).toBeLessThanOrEqual(Math.max(2, maxRowsPerLane));
    }
  });

  it('cuts a label back rather than hiding the next mark', () => {
    // Two points 30 days apart in one row-limited lane: the first label cannot run on in full.
    const title = 'A very long title that would cover the next mark';
    const events = inTimeOrder([
      eventAt('a', Date.UTC(2012, 0, 1), Date.UTC(2012, 0, 2), true, { title }),
      eventAt('b', Date.UTC(2012, 0, 31), Date.UTC(2012, 1, 1), true, { title: 'B' }),
    ]);
    const scene = sceneFor(events, { width: 600, maxRowsPerLane: 1, window: [Date.UTC(2011, 11, 20), Date.UTC(2012, 1, 10)] });
    expect(scene.clusters).toEqual([]);
    expect(scene.marks.map((m) => m.row)).toEqual([0, 0]);
    expect(scene.marks[0].label).toMatch(/^A very.*…$/);
    expectNoOverlap(scene);
  });
});

describe('100,000 events', () => {
  const from = Date.UTC(1948, 0, 1);
  const events = randomEvents(100_000, 2024, from, 77 * 365);
  const index = buildEventIndex(events);
  const extent: [number, number] = [events[0].t0, index.maxT1[1]]; // the tree's root holds the latest end

  it.each(['category', 'actor'] as const)('lays out the whole extent in %s mode, every event accounted for', (mode) => {
    const x = makeBaseScale(extent, 1400, false);
    const slice = visibleSlice(index, ...(x.domain().map(Number) as [number, number]));
    expect(slice).toHaveLength(100_000);
    const lanes = makeLanes({ ...catalogue, events }, mode);
    const input = { events: slice, lanes, mode, x, width: 1400, eras: [], measureLabel: measureByChars, rtl: false };
    const scene = buildScene(input);
    expectEveryEventAccountedFor(scene, events, mode);
    expectNoOverlap(scene);
    // Zoomed right out, badges stand for stretches of the lane rather than one badge for all.
    expect(scene.clusters.length).toBeGreaterThan(10 * lanes.length);
    expect(buildScene({ ...input, events: index.events, index })).toEqual(scene);
  });

  it('lays out a zoomed slice', () => {
    const x = makeBaseScale(extent, 1400, true).domain([Date.UTC(1990, 0, 1), Date.UTC(1990, 6, 1)]);
    const slice = visibleSlice(index, Date.UTC(1990, 0, 1), Date.UTC(1990, 6, 1));
    const lanes = makeLanes({ ...catalogue, events }, 'category');
    const scene = buildScene({ events: slice, lanes, mode: 'category', x, width: 1400, eras: [], measureLabel: measureByChars, rtl: true });
    expectNoOverlap(scene);
    expectEveryEventAccountedFor(scene, slice, 'category');
  });
});

describe('a chart that holds still', () => {
  it.each(['category', 'actor'] as const)('%s: with rows fixed per lane, every zoom level gives the same lane heights', (mode) => {
    const events = randomEvents(600, 7);
    const lanesCount = sceneFor(events, { mode }).lanes.length;
    const rowsPerLane = Array.from({ length: lanesCount }, (_, k) => 2 + (k % 3));
    const heights = new Set<string>();
    const random = seededRandom(11);
    for (let q = 0; q < 12; q++) {
      const t0 = events[0].t0 + random() * 4 * 365 * DAY_MS;
      const scene = sceneFor(events, { mode, rowsPerLane, laneExtra: 5, window: [t0, t0 + (1 + random() * 900) * DAY_MS] });
      heights.add(scene.lanes.map((l) => l.height).join(','));
      expectNoOverlap(scene);
      for (const m of scene.marks) expect(m.row).toBeLessThan(rowsPerLane[scene.lanes.findIndex((l) => l.lane.id === m.laneId)]);
    }
    expect([...heights]).toHaveLength(1);
  });
});

describe('the pinned event', () => {
  // Sixteen events on one day in a three-row band: at any zoom most are in a badge.
  const day = Date.UTC(2020, 8, 27);
  const events = inTimeOrder(Array.from({ length: 16 }, (_, i) => eventAt(`e${i}`, day, day + DAY_MS, true, { title: `E${i}` })));

  it.each([false, true])('rtl=%s: is drawn as a mark even where it would be hidden in a badge', (rtl) => {
    const window: [number, number] = [day - 3 * DAY_MS, day + 4 * DAY_MS];
    const plain = sceneFor(events, { rtl, width: 360, maxRowsPerLane: 3, window });
    expect(plain.marks.map((m) => m.event.id)).not.toContain('e9');
    const pinned = sceneFor(events, { rtl, width: 360, maxRowsPerLane: 3, window, pinnedId: 'e9' });
    expect(pinned.marks.map((m) => m.event.id)).toContain('e9');
    expectNoOverlap(pinned);
    expectEveryEventAccountedFor(pinned, events, 'category');
  });

  it('follows the pin from frame to frame over the same events: each pinned event in turn is drawn', () => {
    const window: [number, number] = [day - 3 * DAY_MS, day + 4 * DAY_MS];
    for (const id of ['e9', 'e12', 'e9', 'e4']) {
      const ids = sceneFor(events, { width: 360, maxRowsPerLane: 3, window, pinnedId: id }).marks.map((m) => m.event.id);
      expect(ids).toContain(id);
    }
  });

  it('changes nothing when it is drawn anyway', () => {
    const spread = inTimeOrder(Array.from({ length: 5 }, (_, i) => eventAt(`s${i}`, day + i * 300 * DAY_MS, day + (i * 300 + 1) * DAY_MS, true)));
    expect(sceneFor(spread, { pinnedId: 's2' })).toEqual(sceneFor(spread));
  });
});
