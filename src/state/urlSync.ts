/**
 * Keeps the URL and the store in step. Discrete choices (selecting an event, toggling a filter,
 * changing lanes) push a history entry so Back undoes them; continuous ones (zooming, panning,
 * typing a search) replace the current entry, at most every 300 ms, so history is not flooded.
 * Back and forward restore the view. Inside an embed every change replaces: an iframe's history
 * entries would hijack the host page's Back button.
 */
import type { Store, AppState } from './store';
import { parseConfig, type ViewConfig } from './urlConfig';
import { resolveUrlView, stateToQuery } from './urlState';

/** Options for syncUrl. */
export interface UrlSyncOptions {
  /** Never push history entries (the embed). */
  replaceOnly: boolean;
  /** The window object (a test may pass another). */
  win?: Window;
}

/** Starts syncing; returns a function that stops it. */
export function syncUrl(store: Store, config: ViewConfig, { replaceOnly, win = window }: UrlSyncOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;

  const write = (push: boolean) => {
    const state = store.get();
    if (state.load.status !== 'ready') return;
    const query = stateToQuery(state, config);
    if (query === win.location.search) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    try {
      if (push && !replaceOnly) win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    } catch {
      // Some sandboxes refuse history changes; the view still works, only the URL lags.
    }
  };

  const unsubscribe = store.subscribe((state: AppState, previous: AppState) => {
    if (restoring || state.load.status !== 'ready') return;
    const discrete =
      previous.load.status === 'ready' &&
      (state.selectedId !== previous.selectedId ||
        state.laneMode !== previous.laneMode ||
        state.theme !== previous.theme ||
        state.lang !== previous.lang ||
        state.filters.categories !== previous.filters.categories ||
        state.filters.actors !== previous.filters.actors ||
        state.filters.certainties !== previous.filters.certainties);
    const continuous = state.window !== previous.window || state.filters.query !== previous.filters.query;
    if (discrete) {
      clearTimeout(timer);
      write(true);
    } else if (continuous || previous.load.status !== 'ready') {
      clearTimeout(timer);
      timer = setTimeout(() => write(false), 300);
    }
  });

  const onPopState = () => {
    const state = store.get();
    if (state.load.status !== 'ready') return;
    const restored = parseConfig(win.location.search, win.location.href).config;
    const view = resolveUrlView(restored, state.load.timeline);
    restoring = true;
    try {
      store.set({ filters: view.filters, selectedId: view.selectedId, laneMode: view.laneMode, theme: restored.theme, lang: restored.lang });
      if (view.window) store.requestView({ kind: 'window', t0: view.window[0], t1: view.window[1] });
      else store.requestView({ kind: 'fit' });
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
