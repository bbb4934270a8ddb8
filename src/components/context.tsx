/**
 * What every component needs from above: the app (store, actions, view, URL options) and the
 * reader's language. Components read state through useAppState so that each re-renders only
 * when its own slice changes, and change it only through actions.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, Store } from '../state/store';
import type { Actions } from '../state/actions';
import type { ViewConfig } from '../state/urlConfig';
import { selectLocale, selectTimeline, type LocaleContext } from '../state/selectors';
import type { Timeline } from '../model/types';
import type { ViewController } from '../render/viewController';
import type { Chart } from '../render/createChart';

/** What the chrome is given. */
export interface ChromeApp {
  /** The store. */
  store: Store;
  /** The actions. */
  actions: Actions;
  /** The URL options the page was opened with. */
  config: ViewConfig;
  /** The owner of the visible window (the pages give it; component tests may not). */
  view?: ViewController;
  /** The chart drawn on the page, once there is one (what the Download menu pictures). */
  chart?: () => Chart | null;
}

/** The app. */
export const AppContext = createContext<ChromeApp | null>(null);

function useApp(): ChromeApp {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside AppContext');
  return app;
}

/** The store (throws outside a provider: a programming error, not a user one). */
export function useStore(): Store {
  return useApp().store;
}

/** The actions. */
export function useActions(): Actions {
  return useApp().actions;
}

/** The URL options the page was opened with. */
export function useConfig(): ViewConfig {
  return useApp().config;
}

/** The chart and its view controller, where the page has them (null in bare component tests). */
export function useChartHandle(): { view: ViewController; chart: () => Chart | null } | null {
  const { view, chart } = useApp();
  return view && chart ? { view, chart } : null;
}

/** A slice of the state; re-renders when the selected value changes (Object.is). */
export function useAppState<T>(select: (s: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(store.get()));
}

/** The reader's language. */
export function useLocale(): LocaleContext {
  return useAppState(selectLocale);
}

/** The loaded timeline, or null. */
export function useTimeline(): Timeline | null {
  return useAppState(selectTimeline);
}
