// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { revealWindow } from './revealWindow';
import { makeBaseScale, zoomLimits, DAY_MS } from './timeScale';

const extent: [number, number] = [Date.UTC(1991, 0, 1), Date.UTC(2026, 0, 1)];
const width = 1000;
const base = makeBaseScale(extent, width, false);
const limits = zoomLimits(extent, width);
const event = { t0: Date.UTC(2012, 1, 26), t1: Date.UTC(2012, 1, 27) };

describe('revealWindow', () => {
  it('keeps the current width, centred on the event, when that already draws the mark', () => {
    const [t0, t1] = revealWindow(base, { k: 1, x: 0 }, width, limits, event, () => true);
    expect((t0 + t1) / 2).toBeCloseTo((event.t0 + event.t1) / 2, -3);
    const [d0, d1] = base.domain().map(Number);
    expect(t1 - t0).toBeCloseTo(d1 - d0, -5);
  });

  it('narrows the window until the mark is drawn', () => {
    const seen: number[] = [];
    const [t0, t1] = revealWindow(base, { k: 1, x: 0 }, width, limits, event, (t) => (seen.push(t.k), t.k > 20));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBeGreaterThan(20);
    expect(t1 - t0).toBeLessThan(3 * 365 * DAY_MS);
    expect(t0).toBeLessThan(event.t0);
    expect(t1).toBeGreaterThan(event.t1);
  });

  it('stops at the deepest zoom even if the mark is never drawn', () => {
    let calls = 0;
    revealWindow(base, { k: 1, x: 0 }, width, limits, event, () => (calls++, false));
    expect(calls).toBeLessThanOrEqual(24);
  });
});
