// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLUSTER_MAX_PX, CLUSTER_MIN_PX } from './scene';
import { sceneFor } from './sceneTestKit';
import { eventOn, inTimeOrder, randomEvents } from './testFixtures';
import { DAY_MS } from './timeScale';

describe('clusters', () => {
  it.each([false, true])('rtl=%s: spans running in from off-screen cluster at the viewport edge', (rtl) => {
    const events = inTimeOrder([
      eventOn('a', '2000', '2020', { title: 'A' }),
      eventOn('b', '2001', '2020', { title: 'B' }),
      eventOn('b2', '2002', '2020', { title: 'B2' }),
      eventOn('c', '2010-06-15', undefined, { title: 'C' }),
      eventOn('c2', '2010-06-15', undefined, { title: 'C2' }),
    ]);
    const window: [number, number] = [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)];
    const scene = sceneFor(events, { rtl, width: 730, maxRowsPerLane: 2, window });
    expect(scene.marks.map((m) => m.event.id)).toEqual(['a']);
    expect(scene.clusters.map((c) => c.count)).toEqual([2, 2]);
    const [edge, c] = scene.clusters;
    expect(rtl ? 730 - edge.x1 : edge.x0).toBeCloseTo(0, 6);
    expect(edge.x1 - edge.x0).toBeCloseTo(CLUSTER_MIN_PX, 6);
    // The C badge sits over C, at 165.5 of 365 days.
    const centre = (c.x0 + c.x1) / 2;
    expect(rtl ? 730 - centre : centre).toBeCloseTo((730 * 165.5) / 365, 0);
    expect(c.t0).toBe(events[3].t0);
    expect(c.t1).toBe(events[3].t1);
  });

  // A badge that says "1" hides the one thing it stands for behind a click.
  it.each([false, true])('rtl=%s: a lone overflowing event is drawn as itself in the cluster row, never as a badge of one', (rtl) => {
    const events = inTimeOrder([eventOn('a', '2000', '2020', { title: 'A' }), eventOn('c', '2010-06-15', undefined, { title: 'C' })]);
    const scene = sceneFor(events, { rtl, width: 730, maxRowsPerLane: 1, window: [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)] });
    expect(scene.clusters).toEqual([]);
    expect(scene.marks.map((m) => [m.event.id, m.row])).toEqual([['a', 0], ['c', 1]]);
    const c = scene.marks[1];
    expect(rtl ? 730 - c.x0 : c.x0).toBeCloseTo((730 * 165.5) / 365, 0);
  });

  it.each([320, 1200])('width %i: zooming to a cluster magnifies it at least width / CLUSTER_MAX_PX times', (width) => {
    const events = randomEvents(3000, width, Date.UTC(2000, 0, 1), 3 * 365);
    const scene = sceneFor(events, { width, window: [Date.UTC(2000, 0, 1), Date.UTC(2003, 0, 1)] });
    const pxPerMs = width / (Date.UTC(2003, 0, 1) - Date.UTC(2000, 0, 1));
    expect(scene.clusters.length).toBeGreaterThan(3);
    for (const cluster of scene.clusters) {
      expect(cluster.t1).toBeGreaterThan(cluster.t0);
      expect((cluster.t1 - cluster.t0) * pxPerMs).toBeLessThanOrEqual(CLUSTER_MAX_PX + 1e-6);
    }
  });

  it('gives points of one day a badge of that day', () => {
    const events = inTimeOrder([eventOn('a', '2010', '2011'), eventOn('p', '2010-03-03'), eventOn('q', '2010-03-03')]);
    const scene = sceneFor(events, { maxRowsPerLane: 1, window: [Date.UTC(2010, 0, 1), Date.UTC(2010, 11, 1)] });
    expect(scene.clusters).toHaveLength(1);
    expect(scene.clusters[0].count).toBe(2);
    expect(scene.clusters[0].t1 - scene.clusters[0].t0).toBeLessThanOrEqual(DAY_MS);
  });
});
