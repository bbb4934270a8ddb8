/**
 * Keeps the URL and the store in step, key by key as urlKeys.ts says: a change to a 'push' key
 * (a story's step, an event, a filter, lanes, theme, language) adds a history entry so Back
 * undoes it (Back and Forward walk a story's steps); changes to 'replace' keys (the window, a
 * search being typed) replace the entry, at most every 300 ms.
 * Nothing is written until the data is drawn: a URL only ever names a window that was shown.
 * Back and Forward restore the view through the same actions as any other input. Inside an
 * embed every change replaces: an iframe's entries would hijack the host page's Back button.
 */
import type { AppState, Store } from './store';
import type { Actions } from './actions';
import { parseConfig, type ViewConfig } from './urlConfig';
import { stateToQuery } from './urlState';
import { URL_KEYS, URL_KEY_NAMES } from './urlKeys';
import { openUrlView } from './startApp';

/** Options for syncUrl. */
export interface UrlSyncOptions {
  /** Never push history entries (the embed). */
  replaceOnly: boolean;
  /** The window object (a test may pass another). */
  win?: Window;
}

/** True once the data is in and the chart has published a window: the URL may be written. */
const writable = (state: AppState) => state.load.status === 'ready' && state.view.window !== null;

/** Starts syncing; returns a function that stops it. */
export function syncUrl(store: Store, actions: Actions, config: ViewConfig, { replaceOnly, win = window }: UrlSyncOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;

  const write = (push: boolean) => {
    const state = store.get();
    if (!writable(state)) return;
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

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring || !writable(state)) return;
    // The first window drawn replaces the entry the page was opened with (normalising it).
    const first = !writable(previous);
    const changed = (kind: 'push' | 'replace') =>
      URL_KEY_NAMES.some((key) => URL_KEYS[key].history === kind && URL_KEYS[key].write(state, config) !== URL_KEYS[key].write(previous, config));
    if (!first && changed('push')) {
      clearTimeout(timer);
      write(true);
    } else if (first || changed('replace')) {
      clearTimeout(timer);
      timer = setTimeout(() => write(false), 300);
    }
  });

  const onPopState = () => {
    if (store.get().load.status !== 'ready') return;
    const restored = parseConfig(win.location.search, win.location.href).config;
    restoring = true;
    try {
      store.set({ theme: restored.theme });
      if (restored.lang !== store.get().lang) void actions.setLang(restored.lang);
      openUrlView(store, actions, restored);
      if (!store.get().story && !restored.from && !restored.to && !restored.event) actions.setView({ kind: 'fit' }, { animate: false });
      actions.dismissNotices();
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
