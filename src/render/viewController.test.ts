// @vitest-environment node
/**
 * The view controller without a DOM: every way of moving the view keeps its promise, the
 * window survives a new width, direction or renderer, and the store hears of what is shown.
 */
import { describe, expect, it } from 'vitest';
import { createStore } from '../state/store';
import { createViewController } from './viewController';
import { paddedDomain, DAY_MS, MIN_DAY_PX_AT_MAX_ZOOM } from '../layout/timeScale';

const EXTENT: [number, number] = [Date.UTC(1991, 11, 25), Date.UTC(2025, 5, 1)];
const WIDTH = 1200;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

function controller() {
  const store = createStore();
  const view = createViewController(store);
  view.setExtent(EXTENT, 'fit');
  view.setWidth(WIDTH);
  return { store, view };
}

const middle = ([t0, t1]: [number, number]) => (t0 + t1) / 2;
const days = ([t0, t1]: [number, number]) => (t1 - t0) / DAY_MS;

describe('the view controller', () => {
  it('starts fitted on the padded data, and publishes that to the store', () => {
    const { store, view } = controller();
    const [lo, hi] = paddedDomain(EXTENT);
    expect(view.window()![0]).toBeCloseTo(lo, -3);
    expect(view.window()![1]).toBeCloseTo(hi, -3);
    expect(store.get().view).toMatchObject({ fitted: true, settled: true });
  });

  // The defect: the zoom limit was clamped but the offset kept, so narrow windows slid to 2026.
  it.each([
    ['one day', day(2012, 2, 26), day(2012, 2, 27)],
    ['an empty window', day(2012, 2, 26), day(2012, 2, 26)],
    ['six days', day(2012, 2, 20), day(2012, 2, 26)],
    ['one day at the data’s last edge', day(2025, 5, 31), day(2025, 6, 1)],
  ])('a window of %s, narrower than the zoom limit, is centred on what it names', (_, t0, t1) => {
    const { store, view } = controller();
    expect(view.show({ kind: 'window', t0, t1 }, { animate: false })).toEqual({ shown: true });
    const window = view.window()!;
    expect(Math.abs(middle(window) - (t0 + t1) / 2)).toBeLessThan(DAY_MS);
    expect(days(window)).toBeCloseTo(WIDTH / MIN_DAY_PX_AT_MAX_ZOOM, 0);
    expect(store.get().view.window).toEqual(window);
    expect(store.get().view.fitted).toBe(false);
  });

  it.each([
    ['wholly after the data', day(2030, 1, 1), day(2040, 1, 1)],
    ['wholly before the data', day(1900, 1, 1), day(1950, 1, 1)],
  ])('refuses a window %s and leaves the view where it was', (_, t0, t1) => {
    const { view } = controller();
    view.show({ kind: 'window', t0: day(2010, 1, 1), t1: day(2014, 1, 1) }, { animate: false });
    const before = view.window();
    expect(view.show({ kind: 'window', t0, t1 }, { animate: false })).toEqual({ shown: false, reason: 'outside' });
    expect(view.window()).toEqual(before);
  });

  it('zooming in past the limit around a point stays on that point', () => {
    const { view } = controller();
    const around = day(1992, 4, 7);
    for (let i = 0; i < 30; i++) view.show({ kind: 'zoomBy', factor: 2, around }, { animate: false });
    const window = view.window()!;
    expect(window[0]).toBeLessThanOrEqual(around);
    expect(window[1]).toBeGreaterThanOrEqual(around);
    expect(days(window)).toBeCloseTo(WIDTH / MIN_DAY_PX_AT_MAX_ZOOM, 0);
  });

  it('zooming out past the whole returns to fitted, never beyond the data', () => {
    const { store, view } = controller();
    view.show({ kind: 'window', t0: day(2012, 1, 1), t1: day(2013, 1, 1) }, { animate: false });
    for (let i = 0; i < 20; i++) view.show({ kind: 'zoomBy', factor: 0.5 }, { animate: false });
    expect(store.get().view.fitted).toBe(true);
  });

  it.each([
    ['a phone width', (v: ReturnType<typeof createViewController>) => v.setWidth(390)],
    ['a wider chart', (v: ReturnType<typeof createViewController>) => v.setWidth(1600)],
    ['right to left', (v: ReturnType<typeof createViewController>) => v.setRtl(true)],
  ])('keeps the window across %s', (_, change) => {
    const { view } = controller();
    view.show({ kind: 'window', t0: day(2011, 12, 1), t1: day(2013, 2, 1) }, { animate: false });
    const before = view.window()!;
    change(view);
    const after = view.window()!;
    expect(Math.abs(after[0] - before[0])).toBeLessThan(DAY_MS);
    expect(Math.abs(after[1] - before[1])).toBeLessThan(DAY_MS);
  });

  it('new data fits its own range, or keeps the window when asked', () => {
    const { view } = controller();
    view.show({ kind: 'window', t0: day(2011, 1, 1), t1: day(2013, 1, 1) }, { animate: false });
    const other: [number, number] = [day(2010, 1, 1), day(2015, 12, 31)];
    view.setExtent(other, 'keep');
    expect(Math.abs(view.window()![0] - day(2011, 1, 1))).toBeLessThan(DAY_MS);
    view.setExtent(other, 'fit');
    const [lo, hi] = paddedDomain(other);
    expect(view.window()![0]).toBeCloseTo(lo, -3);
    expect(view.window()![1]).toBeCloseTo(hi, -3);
  });

  it('does what was asked before the chart had a width once it has one, in order', () => {
    const store = createStore();
    const view = createViewController(store);
    view.setExtent(EXTENT, 'fit');
    expect(view.window()).toBeNull();
    view.show({ kind: 'window', t0: day(2016, 1, 1), t1: day(2017, 1, 1) }, { animate: false });
    view.show({ kind: 'zoomBy', factor: 2 }, { animate: false });
    view.setWidth(WIDTH);
    expect(days(view.window()!)).toBeCloseTo(366 / 2, 0);
    expect(Math.abs(middle(view.window()!) - middle([day(2016, 1, 1), day(2017, 1, 1)]))).toBeLessThan(DAY_MS);
  });

  it('shows an event with its own mark drawn, by zooming in only as far as the renderer needs', () => {
    const { view } = controller();
    const t0 = day(2012, 2, 26);
    // A renderer that draws this mark on its own once a day spans at least 20 px.
    view.setProbe((x, id) => id === 'deal' && x(t0 + DAY_MS) - x(t0) >= 20);
    view.show({ kind: 'event', id: 'deal', t0, t1: t0 + DAY_MS }, { animate: false });
    const x = view.scale()!;
    const [w0, w1] = view.window()!;
    expect(x(t0 + DAY_MS) - x(t0)).toBeGreaterThanOrEqual(20);
    expect(x(t0 + DAY_MS) - x(t0)).toBeLessThan(MIN_DAY_PX_AT_MAX_ZOOM);
    expect(w0).toBeLessThanOrEqual(t0);
    expect(w1).toBeGreaterThanOrEqual(t0 + DAY_MS);
  });

  it('says there is nothing to show before there are data', () => {
    const view = createViewController(createStore());
    expect(view.show({ kind: 'fit' })).toEqual({ shown: false, reason: 'noData' });
  });
});
