/**
 * Loads the dataset a page was opened for and opens the view its URL describes. Shared by the
 * main page and the embed; the chart draws as soon as the data is in the store.
 */
import { loadTimeline } from '../data/load';
import type { Notice, Store } from './store';
import type { Actions } from './actions';
import type { ConfigWarning, ViewConfig } from './urlConfig';
import { resolveUrlView } from './urlState';
import { windowToDates } from '../model/windowText';
import { selectStories, selectTimeline } from './selectors';
import { findStory, isStepOf } from '../model/stories';

/** The dataset the app ships with, relative to the page. */
export const DEFAULT_DATA_URL = 'data/events.json';

/** Notices for URL options that were ignored before the data was loaded. */
export function warningNotices(warnings: readonly ConfigWarning[]): Notice[] {
  return warnings.map((w) => (w.value === undefined ? { kind: 'unknownOption', key: w.key } : { kind: 'badValue', key: w.key, value: w.value }));
}

/**
 * Loads data into the store and opens the URL's view; `href` is the page's own URL
 * (location.href). The data is fetched at once; it goes into the store only once `language`
 * (the reader's catalog, loading beside it) is in, so nothing is drawn in one language and then
 * redrawn in another.
 */
export async function startApp(
  store: Store,
  actions: Actions,
  config: ViewConfig,
  warnings: readonly ConfigWarning[],
  href: string,
  language: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  const dataUrl = config.data ?? DEFAULT_DATA_URL;
  const pageOrigin = new URL(href).origin;
  const dataOrigin = new URL(dataUrl, href).origin;
  store.set({ load: { status: 'loading' }, dataOrigin: dataOrigin === pageOrigin ? null : dataOrigin, notices: warningNotices(warnings) });

  const [result] = await Promise.all([loadTimeline(new URL(dataUrl, href).href, { onProgress: (progress) => store.set({ load: { status: 'loading', progress } }) }), language]);
  // After redirects the data may come from elsewhere: the notice names where it really came from.
  const finalOrigin = new URL(result.finalUrl, href).origin;
  store.set({ dataOrigin: finalOrigin === pageOrigin ? null : finalOrigin });
  if (!result.ok) {
    store.set({ load: { status: 'error', failure: result.failure, url: dataUrl, problems: result.problems } });
    return;
  }
  actions.setDataset(result.dataset, 'fit', result.timeline);
  openUrlView(store, actions, config);
}

/**
 * Applies what the URL says about the view to loaded data: filters, lanes, the selected event
 * and the window. The event wins over a window that leaves it out (said in a notice); a window
 * wholly outside the data is refused (said too) and everything is shown instead.
 */
export function openUrlView(store: Store, actions: Actions, config: ViewConfig): void {
  if (config.story !== null && openUrlStory(store, actions, config.story, config.step)) return;
  if (store.get().story) actions.exitStory();
  const timeline = selectTimeline(store.get())!;
  const view = resolveUrlView(config, timeline);
  store.set({ filters: view.filters, laneMode: view.laneMode, selectedId: null });
  actions.notify(...view.unknown.map((w): Notice => ({ kind: w.key === 'event' ? 'unknownEvent' : 'unknownId', key: w.key, value: w.value ?? '' })));
  const event = view.selectedId ? timeline.byId.get(view.selectedId)! : null;
  const window = view.window;
  if (window && (!event || (event.t0 < window[1] && event.t1 > window[0]))) {
    const outcome = actions.setView({ kind: 'window', t0: window[0], t1: window[1] }, { animate: false });
    if (!outcome.shown) {
      const [from, to] = windowToDates(window[0], window[1]);
      actions.notify({ kind: 'outsideData', from: config.from ?? from, to: config.to ?? to });
      actions.setView({ kind: 'fit' }, { animate: false });
    }
  } else if (window && event) {
    actions.notify({ kind: 'eventOutsideWindow', id: event.id });
  }
  if (event) actions.select(event.id, { animate: false });
}

/**
 * Opens the URL's story at its step (a step the story lacks opens its title card, with a
 * notice); the story's step says what is shown, so the URL's other view keys are not read.
 * False, with a notice, when the data has no such story.
 */
function openUrlStory(store: Store, actions: Actions, id: string, step: number): boolean {
  const story = findStory(selectStories(store.get()), id);
  if (!story) {
    actions.notify({ kind: 'unknownStory', id });
    return false;
  }
  const known = isStepOf(story, step);
  if (!known) actions.notify({ kind: 'badValue', key: 'step', value: String(step) });
  actions.openStory(id, known ? step : 0, { animate: false });
  return true;
}
