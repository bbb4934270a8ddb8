/**
 * Loads the dataset a page was opened for and puts it, with the view its URL describes, into
 * the store. Shared by the main page and the embed.
 */
import { loadTimeline } from '../data/load';
import type { Notice, Store } from './store';
import type { ConfigWarning, ViewConfig } from './urlConfig';
import { resolveUrlView } from './urlState';

/** The dataset the app ships with, relative to the page. */
export const DEFAULT_DATA_URL = 'data/events.json';

/** Loads data into the store; `href` is the page's own URL (location.href). */
export async function startApp(store: Store, config: ViewConfig, warnings: readonly ConfigWarning[], href: string): Promise<void> {
  const dataUrl = config.data ?? DEFAULT_DATA_URL;
  const pageOrigin = new URL(href).origin;
  const dataOrigin = new URL(dataUrl, href).origin;
  const notices: Notice[] = warnings.map((w) => ({ kind: w.value === undefined ? 'unknownOption' : 'badValue', key: w.key, value: w.value }));
  store.set({ load: { status: 'loading' }, dataOrigin: dataOrigin === pageOrigin ? null : dataOrigin, notices });

  const result = await loadTimeline(new URL(dataUrl, href).href, { onProgress: (progress) => store.set({ load: { status: 'loading', progress } }) });
  // After redirects the data may come from elsewhere: the notice names where it really came from.
  const finalOrigin = new URL(result.finalUrl, href).origin;
  store.set({ dataOrigin: finalOrigin === pageOrigin ? null : finalOrigin });
  if (!result.ok) {
    store.set({ load: { status: 'error', failure: result.failure, url: dataUrl, problems: result.problems } });
    return;
  }
  const view = resolveUrlView(config, result.timeline);
  store.set({
    load: { status: 'ready', timeline: result.timeline },
    filters: view.filters,
    selectedId: view.selectedId,
    laneMode: view.laneMode,
    notices: [...notices, ...view.unknown.map((w): Notice => ({ kind: w.key === 'event' ? 'unknownEvent' : 'unknownId', key: w.key, value: w.value }))],
  });
  if (view.window) store.requestView({ kind: 'window', t0: view.window[0], t1: view.window[1] });
  else if (view.selectedId) store.requestView({ kind: 'reveal', id: view.selectedId });
}
