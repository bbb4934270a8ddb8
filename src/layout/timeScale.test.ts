// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import {
  affineOf,
  clampTransform,
  DAY_MS,
  makeBaseScale,
  MIN_DAY_PX_AT_MAX_ZOOM,
  transformForWindow,
  windowForTransform,
  zoomLimits,
} from './timeScale';

const Y2000 = Date.UTC(2000, 0, 1);
const Y2010 = Date.UTC(2010, 0, 1);
const decade: [number, number] = [Y2000, Y2010];

/** The domain d3-zoom itself would show for {k, x}: the reference the helpers must agree with. */
const d3Window = (base: ReturnType<typeof makeBaseScale>, k: number, x: number) =>
  zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain().map((d) => d.getTime());

describe('makeBaseScale', () => {
  it.each([
    ['a decade gets 4% each side', decade, 0.04 * (Y2010 - Y2000)],
    ['a single day gets the 30-day minimum', [Y2000, Y2000 + DAY_MS] as [number, number], 30 * DAY_MS],
  ])('%s', (_, extent, pad) => {
    const [lo, hi] = makeBaseScale(extent, 1000, false).domain().map((d) => d.getTime());
    expect(extent[0] - lo).toBeCloseTo(pad, -1);
    expect(hi - extent[1]).toBeCloseTo(pad, -1);
  });

  it.each([
    [false, [0, 800]],
    [true, [800, 0]],
  ])('rtl=%s gives range %j', (rtl, range) => {
    expect(makeBaseScale(decade, 800, rtl).range()).toEqual(range);
  });

  it('puts later dates to the left when rtl', () => {
    const base = makeBaseScale(decade, 800, true);
    expect(base(Y2010)).toBeLessThan(base(Y2000));
  });
});

describe('zoomLimits', () => {
  it.each([
    [320, decade],
    [1200, decade],
    [1200, [Y2000, Date.UTC(2000, 0, 20)] as [number, number]],
    [4000, [Date.UTC(1948, 0, 1), Date.UTC(2025, 0, 1)] as [number, number]],
  ])('at width %i one day spans >= 100 px at maxK', (width, extent) => {
    const { minK, maxK } = zoomLimits(extent, width);
    expect(minK).toBe(1);
    expect(maxK).toBeGreaterThanOrEqual(minK);
    const zoomed = zoomIdentity.scale(maxK).rescaleX(makeBaseScale(extent, width, false));
    expect(zoomed(Y2000 + DAY_MS) - zoomed(Y2000)).toBeGreaterThanOrEqual(MIN_DAY_PX_AT_MAX_ZOOM - 1e-6);
  });

  it('never asks for a maxK below 1 on a very wide screen', () => {
    expect(zoomLimits([Y2000, Y2000 + DAY_MS], 100_000).maxK).toBe(1);
  });
});

describe('transformForWindow / windowForTransform', () => {
  const windows: [string, number, number][] = [
    ['the whole decade', Y2000, Y2010],
    ['one year', Date.UTC(2004, 0, 1), Date.UTC(2005, 0, 1)],
    ['one day', Date.UTC(2007, 5, 3), Date.UTC(2007, 5, 4)],
    ['a window past the padded domain', Date.UTC(2009, 0, 1), Date.UTC(2012, 0, 1)],
  ];
  const cases = [false, true].flatMap((rtl) => windows.map(([name, t0, t1]) => [rtl, name, t0, t1] as const));

  it.each(cases)('rtl=%s: %s round-trips and matches d3-zoom', (rtl, _, t0, t1) => {
    const base = makeBaseScale(decade, 900, rtl);
    const { k, x } = transformForWindow(base, t0, t1, 900);
    const [a, b] = windowForTransform(base, k, x, 900);
    expect(a).toBeCloseTo(t0, -1);
    expect(b).toBeCloseTo(t1, -1);
    const [d0, d1] = d3Window(base, k, x);
    expect(Math.min(d0, d1)).toBeCloseTo(t0, -1);
    expect(Math.max(d0, d1)).toBeCloseTo(t1, -1);
  });

  it('accepts a reversed window and widens an empty one', () => {
    const base = makeBaseScale(decade, 900, false);
    expect(transformForWindow(base, Y2010, Y2000, 900)).toEqual(transformForWindow(base, Y2000, Y2010, 900));
    expect(Number.isFinite(transformForWindow(base, Y2000, Y2000, 900).k)).toBe(true);
  });
});

describe('clampTransform', () => {
  const cases: [string, number, number][] = [
    ['already inside', 4, -1200],
    ['panned past the start', 4, 500],
    ['panned past the end', 4, -99_999],
    ['zoomed out past minK', 0.5, 0],
    ['zoomed in past maxK', 1e9, -1e12],
  ];
  const table = [false, true].flatMap((rtl) => cases.map(([name, k, x]) => [rtl, name, k, x] as const));

  it.each(table)('rtl=%s: %s stays within the padded domain', (rtl, name, k, x) => {
    const base = makeBaseScale(decade, 900, rtl);
    const limits = zoomLimits(decade, 900);
    const clamped = clampTransform(base, k, x, 900, limits);
    expect(clamped.k).toBeGreaterThanOrEqual(limits.minK);
    expect(clamped.k).toBeLessThanOrEqual(limits.maxK);
    const [lo, hi] = base.domain().map((d) => d.getTime());
    const [a, b] = windowForTransform(base, clamped.k, clamped.x, 900);
    expect(a).toBeGreaterThanOrEqual(lo - 1);
    expect(b).toBeLessThanOrEqual(hi + 1);
    if (name === 'already inside') expect(clamped).toEqual({ k, x });
  });

  // The defect: a one-day window asked for more zoom than the limit allows; k was clamped but
  // the offset worked out for the larger k was kept, and the view slid years away.
  it.each([false, true])('rtl=%s: a window narrower than the zoom limit widens around its own middle', (rtl) => {
    const base = makeBaseScale(decade, 900, rtl);
    const limits = zoomLimits(decade, 900);
    const day = Date.UTC(2004, 1, 26);
    const { k, x } = transformForWindow(base, day, day + DAY_MS, 900);
    expect(k).toBeGreaterThan(limits.maxK);
    const clamped = clampTransform(base, k, x, 900, limits);
    expect(clamped.k).toBe(limits.maxK);
    const [a, b] = windowForTransform(base, clamped.k, clamped.x, 900);
    expect(Math.abs((a + b) / 2 - (day + DAY_MS / 2))).toBeLessThan(60_000);
  });

  it('centres a window wider than the domain', () => {
    const base = makeBaseScale(decade, 900, false);
    const { x } = clampTransform(base, 0.5, 123, 900, { minK: 0.5, maxK: 10 });
    expect(x).toBeCloseTo(225);
  });
});

describe('affineOf', () => {
  it.each([false, true])('rtl=%s matches the scale it came from', (rtl) => {
    const x = zoomIdentity.translate(-300, 0).scale(3).rescaleX(makeBaseScale(decade, 900, rtl));
    const line = affineOf(x)!;
    for (const t of [Y2000, Date.UTC(2003, 6, 9), Y2010]) expect(line.offset + line.slope * t).toBeCloseTo(x(t), 6);
  });

  it('declines a clamped scale', () => {
    expect(affineOf(makeBaseScale(decade, 900, false).copy().clamp(true))).toBeNull();
  });
});
