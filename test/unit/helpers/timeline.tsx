/**
 * Shared set-up for unit tests: the shipped dataset and the minimal fixture, normalised; a
 * store already loaded with one; English text; the providers every component needs; and the
 * browser APIs jsdom lacks. Imported by *.test.ts(x) only.
 */
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { validateDataset } from '../../../src/data/validate';
import { normalise } from '../../../src/data/normalise';
import type { Dataset } from '../../../src/data/schema';
import type { Timeline } from '../../../src/model/types';
import { createStore, type AppState, type Store } from '../../../src/state/store';
import { createTranslate } from '../../../src/i18n/translate';
import { en } from '../../../src/i18n/catalogs/en';
import { AppContext, type ChromeApp } from '../../../src/components/context';
import { rememberTimeline } from '../../../src/state/selectors';
import { createActions, type Actions } from '../../../src/state/actions';
import { createViewController, type ViewController } from '../../../src/render/viewController';
import { DEFAULT_CONFIG, type ViewConfig } from '../../../src/state/urlConfig';

/** The shipped dataset, parsed but not validated (tests may change a copy before validating). */
export function readDataset(path = 'data/events.json'): Dataset {
  return JSON.parse(readFileSync(path, 'utf8')) as Dataset;
}

const datasets = new WeakMap<Timeline, Dataset>();

/** Validates and normalises a dataset; throws with the problems if it is invalid. */
export function timelineOf(data: unknown): Timeline {
  const result = validateDataset(data);
  if (!result.ok) throw new Error(`test dataset is invalid:\n${result.problems.map((p) => p.message).join('\n')}`);
  const timeline = normalise(result.data);
  datasets.set(timeline, result.data);
  rememberTimeline(result.data, timeline);
  return timeline;
}

/** The validated dataset a timeline (made by timelineOf) came from. */
export function datasetOf(timeline: Timeline): Dataset {
  const dataset = datasets.get(timeline);
  if (!dataset) throw new Error('datasetOf: make the timeline with timelineOf');
  return dataset;
}

/** data/events.json, normalised. */
export const realTimeline = (): Timeline => timelineOf(readDataset());

/** test/fixtures/valid-minimal.json, normalised (two events: recognition, arms-deal-2012). */
export const fixtureTimeline = (): Timeline => timelineOf(readDataset('test/fixtures/valid-minimal.json'));

/**
 * The minimal fixture with one story, "tour": step 1 shows the event "recognition", step 2 the
 * window 2011–2014 with arms only, lanes by actor, step 3 the event "arms-deal-2012".
 */
export function storyDataset(): Dataset {
  return {
    ...datasetOf(fixtureTimeline()),
    stories: [
      {
        id: 'tour',
        title: 'A tour',
        summary: 'From recognition to arms.',
        steps: [
          { event: 'recognition', caption: 'Israel recognised Azerbaijan.' },
          { title: 'Arms', from: '2011', to: '2014', filters: { categories: ['arms'] }, lanes: 'actor', caption: 'Then came arms.' },
          { event: 'arms-deal-2012', caption: 'The deal.' },
        ],
      },
    ],
  };
}

/** A store whose timeline has loaded, with any other state given. */
export function readyStore(timeline: Timeline, state: Partial<AppState> = {}): Store {
  return createStore({ load: { status: 'ready' }, dataset: datasetOf(timeline), ...state });
}

/** A store, its view controller (attached to nothing) and its actions. */
export interface TestApp extends ChromeApp {
  /** The view controller. */
  view: ViewController;
  /** The actions. */
  actions: Actions;
}

/** The app around a store, as the pages make it. */
export function appOf(store: Store, config: ViewConfig = DEFAULT_CONFIG): TestApp {
  const view = createViewController(store);
  const timeline = store.get().dataset ? normalise(store.get().dataset!) : null;
  if (timeline) view.setExtent(timeline.extent, 'fit');
  return { store, view, actions: createActions(store, view), config };
}

/** English interface text. */
export const tEn = createTranslate('en', en);

/** What every component needs: the app (store, actions, URL options); its language is the store's. */
export function Providers({ store, app = appOf(store), children }: { store: Store; app?: ChromeApp; children: ReactNode }) {
  return <AppContext.Provider value={app}>{children}</AppContext.Provider>;
}

/** A ResizeObserver that never reports: jsdom has no layout. */
export class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Puts ResizeObserver, matchMedia (never matching) and CSS.escape on the global object where jsdom lacks them. */
export function stubLayoutApis(): void {
  // jsdom has no CSS namespace; the list escapes ids with CSS.escape to find the selected row.
  const css = globalThis as { CSS?: { escape?: (s: string) => string } };
  css.CSS ??= {};
  css.CSS.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);
  const g = globalThis as Record<string, unknown>;
  if (typeof g.ResizeObserver !== 'function') g.ResizeObserver = NoopResizeObserver;
  if (typeof g.matchMedia !== 'function') {
    g.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    });
  }
}

/**
 * What drawing the chart in jsdom needs: the layout stubs, a canvas that answers null (the
 * text measurer falls back to its estimate), animation frames that run at once (so a zoom draws
 * before the assertions that follow it) and CSS.escape.
 */
export function stubChartApis(): void {
  stubLayoutApis();
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) => (callback(0), 1);
  globalThis.cancelAnimationFrame = () => {};
  const g = globalThis as { CSS?: { escape?: (s: string) => string } };
  g.CSS ??= {};
  g.CSS.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);
}
