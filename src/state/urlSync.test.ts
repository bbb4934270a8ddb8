// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { syncUrl } from './urlSync';
import { createStore, type AppState, type Store } from './store';
import { DEFAULT_CONFIG } from './urlConfig';
import { NO_FILTERS } from '../model/filters';
import { appOf, datasetOf, fixtureTimeline, readyStore, type TestApp } from '../../test/unit/helpers/timeline';

const timeline = fixtureTimeline();
const Y2010 = Date.UTC(2010, 0, 1);
const Y2015 = Date.UTC(2015, 0, 1);

let push: MockInstance<History['pushState']>;
let replace: MockInstance<History['replaceState']>;
let stop: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/timeline/');
  push = vi.spyOn(window.history, 'pushState');
  replace = vi.spyOn(window.history, 'replaceState');
});

afterEach(() => {
  stop();
  stop = () => {};
  vi.restoreAllMocks();
  vi.useRealTimers();
});

let app: TestApp;

/** Syncs a store whose chart has drawn (the view controller published a window: fitted here). */
function start(store: Store, replaceOnly = false): Store {
  app = appOf(store);
  app.view.setWidth(1000);
  stop = syncUrl(store, app.actions, DEFAULT_CONFIG, { replaceOnly, win: window });
  vi.advanceTimersByTime(1000);
  push.mockClear();
  replace.mockClear();
  return store;
}

/** What the view controller publishes when it shows [t0, t1]. */
const shown = (t0: number, t1: number): Pick<AppState, 'view'> => ({ view: { window: [t0, t1], fitted: false, settled: true } });

const urls = (spy: MockInstance<History['pushState']>) => spy.mock.calls.map((call) => call[2]);

describe('syncUrl on the main page', () => {
  it('pushes a history entry when an event is selected', () => {
    const store = start(readyStore(timeline));
    store.set({ selectedId: 'arms-deal-2012' });
    expect(urls(push)).toEqual(['/timeline/?event=arms-deal-2012']);
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?event=arms-deal-2012');
  });

  it.each([
    ['a category toggle', { filters: { ...NO_FILTERS, categories: new Set(['arms']) } }, '?categories=arms'],
    ['an actor toggle', { filters: { ...NO_FILTERS, actors: new Set(['ISR']) } }, '?actors=ISR'],
    ['a certainty toggle', { filters: { ...NO_FILTERS, certainties: new Set(['confirmed'] as const) } }, '?certainty=confirmed'],
    ['the lane mode', { laneMode: 'actor' as const }, '?lanes=actor'],
    ['the theme', { theme: 'dark' as const }, '?theme=dark'],
  ])('pushes for %s', (_what, patch, search) => {
    const store = start(readyStore(timeline));
    store.set(patch);
    expect(urls(push)).toEqual([`/timeline/${search}`]);
  });

  it('replaces, 300 ms after the last change, when the window moves', () => {
    const store = start(readyStore(timeline));
    store.set(shown(Y2010, Date.UTC(2013, 0, 1)));
    vi.advanceTimersByTime(200);
    store.set(shown(Y2010, Y2015));
    vi.advanceTimersByTime(299);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(urls(replace)).toEqual(['/timeline/?from=2010&to=2014']);
    expect(push).not.toHaveBeenCalled();
  });

  it('replaces, debounced, while the search text changes', () => {
    const store = start(readyStore(timeline));
    for (const query of ['a', 'ar', 'arms']) store.set({ filters: { ...store.get().filters, query } });
    vi.advanceTimersByTime(300);
    expect(urls(replace)).toEqual(['/timeline/?q=arms']);
    expect(push).not.toHaveBeenCalled();
  });

  it('writes a discrete change at once and drops the pending continuous one it includes', () => {
    const store = start(readyStore(timeline));
    store.set(shown(Y2010, Y2015));
    store.set({ selectedId: 'recognition' });
    expect(urls(push)).toEqual(['/timeline/?event=recognition&from=2010&to=2014']);
    vi.advanceTimersByTime(1000);
    expect(replace).not.toHaveBeenCalled();
  });

  it('keeps the hash', () => {
    window.history.replaceState(null, '', '/timeline/#list');
    replace.mockClear();
    const store = start(readyStore(timeline));
    store.set({ selectedId: 'recognition' });
    expect(urls(push)).toEqual(['/timeline/?event=recognition#list']);
  });

  it('writes nothing before the chart has shown a window, then replaces without a history entry', () => {
    const store = createStore({ selectedId: 'recognition' });
    stop = syncUrl(store, appOf(store).actions, DEFAULT_CONFIG, { replaceOnly: false, win: window });
    store.set({ laneMode: 'actor' }); // still loading: nothing is written
    store.set({ load: { status: 'ready' }, dataset: datasetOf(timeline) }); // loaded but not drawn: still nothing
    vi.advanceTimersByTime(1000);
    expect(replace).not.toHaveBeenCalled();
    store.set({ view: { window: [Y2010, Y2015], fitted: true, settled: true } });
    vi.advanceTimersByTime(300);
    expect(push).not.toHaveBeenCalled();
    expect(urls(replace)).toEqual(['/timeline/?event=recognition&lanes=actor']);
  });

  it('writes nothing while nothing changes the query', () => {
    const store = start(readyStore(timeline));
    store.set({ notices: [{ kind: 'unknownOption', key: 'x' }] });
    vi.advanceTimersByTime(1000);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('stops writing once stopped', () => {
    const store = start(readyStore(timeline));
    stop();
    store.set({ selectedId: 'recognition', ...shown(Y2010, Y2015) });
    vi.advanceTimersByTime(1000);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });
});

describe('syncUrl inside an embed (replaceOnly)', () => {
  it('never pushes, for discrete or continuous changes', () => {
    const store = start(readyStore(timeline), true);
    store.set({ selectedId: 'arms-deal-2012' });
    store.set({ filters: { ...NO_FILTERS, categories: new Set(['arms']) } });
    store.set(shown(Y2010, Y2015));
    vi.advanceTimersByTime(300);
    expect(push).not.toHaveBeenCalled();
    expect(urls(replace)).toEqual([
      '/timeline/?event=arms-deal-2012',
      '/timeline/?event=arms-deal-2012&categories=arms',
      '/timeline/?event=arms-deal-2012&from=2010&to=2014&categories=arms',
    ]);
  });
});

describe('syncUrl on Back and Forward', () => {
  function popTo(url: string) {
    window.history.replaceState(null, '', url);
    replace.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
  }

  it('restores the selection and filters the URL describes', () => {
    const store = start(readyStore(timeline, { selectedId: 'arms-deal-2012', laneMode: 'actor' }));
    popTo('/timeline/?event=recognition&categories=diplomacy&certainty=confirmed&q=recognise');
    const state = store.get();
    expect(state.selectedId).toBe('recognition');
    expect(state.laneMode).toBe('category');
    expect(state.filters).toEqual({ categories: new Set(['diplomacy']), actors: null, certainties: new Set(['confirmed']), query: 'recognise' });
  });

  it('shows the window the URL describes, and everything when it has none', () => {
    start(readyStore(timeline));
    popTo('/timeline/?from=2010&to=2014');
    const [t0, t1] = app.view.window()!;
    expect(Math.abs(t0 - Y2010)).toBeLessThan(1000);
    expect(Math.abs(t1 - Y2015)).toBeLessThan(1000);
    popTo('/timeline/');
    expect(app.store.get().view.fitted).toBe(true);
  });

  it('clears a selection and filters the URL does not have', () => {
    const store = start(readyStore(timeline, { selectedId: 'recognition', filters: { ...NO_FILTERS, categories: new Set(['arms']) } }));
    popTo('/timeline/');
    expect(store.get().selectedId).toBeNull();
    expect(store.get().filters.categories).toBeNull();
  });

  it('does not write history while restoring', () => {
    start(readyStore(timeline));
    popTo('/timeline/?event=recognition');
    vi.advanceTimersByTime(1000);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?event=recognition');
  });

  it('drops ids the data does not know', () => {
    const store = start(readyStore(timeline));
    popTo('/timeline/?event=gone&categories=arms,gone');
    expect(store.get().selectedId).toBeNull();
    expect(store.get().filters.categories).toEqual(new Set(['arms']));
  });

  // Theme and language changes push history entries (see "pushes for the theme" above), so
  // Back must undo them like the other discrete choices; otherwise the URL and the page disagree.
  it.each([
    ['theme', { theme: 'dark' as const }, { theme: 'auto' }],
    ['language', { lang: 'he' as const }, { lang: null }],
  ])('undoes a %s change on Back', async (_what, change, restored) => {
    const store = start(readyStore(timeline));
    store.set(change);
    expect(push).toHaveBeenCalledTimes(1);
    popTo('/timeline/');
    await vi.dynamicImportSettled();
    expect(store.get()).toMatchObject(restored);
  });

  it('ignores popstate before the data has loaded', () => {
    const store = start(createStore());
    const before = store.get();
    popTo('/timeline/?event=recognition');
    expect(store.get()).toBe(before);
  });
});
