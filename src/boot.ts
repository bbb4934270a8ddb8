/**
 * What both pages do first: read the URL options, make the store, start loading the data and
 * keep the URL in step. Returns what the page needs to render.
 */
import { createStore, type Store } from './state/store';
import { parseConfig, type ViewConfig } from './state/urlConfig';
import { startApp } from './state/startApp';
import { syncUrl } from './state/urlSync';
import { loadCatalog } from './i18n/loadCatalog';
import { resolveLang } from './components/LocaleProvider';
import type { Catalog } from './i18n/translate';

/** A booted page. */
export interface Booted {
  /** The store. */
  store: Store;
  /** The URL options the page was opened with. */
  config: ViewConfig;
  /** The first language's catalog, loaded before the first render to avoid a flash of English. */
  catalog: Catalog;
}

/** Boots a page; `embed` pages never push history entries. */
export async function boot(embed: boolean): Promise<Booted> {
  const { config, warnings } = parseConfig(location.search, location.href);
  for (const w of warnings) console.warn(`timeline: ignored URL option ${w.key}${w.value === undefined ? '' : `=${w.value}`}`);
  const store = createStore({ theme: config.theme, lang: config.lang, laneMode: config.lanes });
  // Before the first render, so the page never flashes in the wrong theme.
  document.documentElement.dataset.theme = config.theme;
  syncUrl(store, config, { replaceOnly: embed });
  void startApp(store, config, warnings, location.href);
  const catalog = await loadCatalog(resolveLang(config.lang));
  return { store, config, catalog };
}
