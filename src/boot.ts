/**
 * What both pages do first, without React: read the URL options, make the store, the view
 * controller and the actions, keep the URL and the document's theme, language and title in
 * step, and start loading the data and the reader's language. The chart draws from this alone;
 * the React chrome attaches beside it whenever its code arrives.
 */
import { createStore, type Store } from './state/store';
import { parseConfig, type ViewConfig } from './state/urlConfig';
import { startApp } from './state/startApp';
import { syncUrl } from './state/urlSync';
import { createActions, type Actions } from './state/actions';
import { selectLocale, selectTimeline } from './state/selectors';
import { createViewController, type ViewController } from './render/viewController';

/** A booted page. */
export interface App {
  /** The store. */
  store: Store;
  /** The actions every input goes through. */
  actions: Actions;
  /** The owner of the visible window. */
  view: ViewController;
  /** The URL options the page was opened with. */
  config: ViewConfig;
  /** Settles when the data is loaded (or failed) and the reader's language is in. */
  started: Promise<void>;
}

/** Boots a page; embeds never push history entries. */
export function boot(embed: boolean): App {
  const { config, warnings } = parseConfig(location.search, location.href);
  for (const w of warnings) console.warn(`timeline: ignored URL option ${w.key}${w.value === undefined ? '' : `=${w.value}`}`);
  const store = createStore({ theme: config.theme, lang: config.lang, laneMode: config.lanes });
  const view = createViewController(store);
  const actions = createActions(store, view);
  followDocument(store);
  syncUrl(store, actions, config, { replaceOnly: embed });
  // The data and the reader's language load side by side; the data waits for the language.
  const started = startApp(store, actions, config, warnings, location.href, actions.setLang(config.lang));
  return { store, actions, view, config, started };
}

/** Keeps <html data-theme lang dir> and the tab's title in step with the store. */
function followDocument(store: Store): void {
  const root = document.documentElement;
  const apply = () => {
    const state = store.get();
    const { lang, rtl, t } = selectLocale(state);
    root.dataset.theme = state.theme;
    root.lang = lang;
    root.dir = rtl ? 'rtl' : 'ltr';
    const timeline = selectTimeline(state);
    // The tab and the history list name the relationship, not just the app.
    document.title = timeline ? `${timeline.title} — ${t('app.name')}` : t('app.name');
  };
  apply();
  store.subscribe((state, previous) => {
    if (state.theme !== previous.theme || state.locale !== previous.locale || state.dataset !== previous.dataset || state.load !== previous.load) apply();
  });
}
