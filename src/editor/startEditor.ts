/**
 * What the editor page does before React: read its URL options, find out whether the save
 * server is there (`GET /api/datasets` answers with a list), open the draft storage, and make
 * the preview's store, view controller and actions, the same machinery the reader's pages use
 * for their chart, on a store of its own.
 */
import { createStore, type Store } from '../state/store';
import { createActions, type Actions } from '../state/actions';
import { createViewController, type ViewController } from '../render/viewController';
import { selectLocale } from '../state/selectors';
import { parseDataUrl } from '../state/urlKeys';
import { isLang, resolveLang, type Lang } from '../i18n/languages';
import type { Theme } from '../state/urlConfig';
import { createSaveApi, type SaveApi } from './saveApi';
import { DATASET_NAME } from './saveProtocol';
import { createEditorSession, type EditorSession } from './session';
import { openIdbDrafts } from './idbDrafts';
import { createMemoryDraftStorage, type DraftStorage } from './drafts';
import { loadEditorCatalog, editorTranslator } from './i18n/editorLocale';

/** The editor's URL options. */
export interface EditorConfig {
  /** `?data=`: a store to open by address. */
  data: string | null;
  /** `?dataset=`: a dataset of the save server to open. */
  dataset: string | null;
  /** `?event=`: the event to open in the form. */
  event: string | null;
  /** `?lang=`. */
  lang: Lang | null;
  /** `?theme=`. */
  theme: Theme;
}

/** Reads the editor's options; anything invalid is left at its default. */
export function readEditorConfig(search: string, href: string): EditorConfig {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() ?? '';
  const theme = text('theme');
  const lang = text('lang');
  const dataset = text('dataset');
  return {
    data: parseDataUrl(text('data'), href),
    dataset: DATASET_NAME.test(dataset) ? dataset : null,
    event: text('event') || null,
    lang: isLang(lang) ? lang : null,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
  };
}

/** The chart machinery of the preview. */
export interface PreviewApp {
  /** Its store (the dataset drawn, the selection, the language and theme). */
  store: Store;
  /** Its view controller. */
  view: ViewController;
  /** Its actions. */
  actions: Actions;
}

/** The started editor. */
export interface EditorApp {
  /** The editing session. */
  session: EditorSession;
  /** The preview's chart machinery (also the holder of the language and theme). */
  preview: PreviewApp;
  /** The save server's client, or null when the page is not served by `npm run edit`. */
  api: SaveApi | null;
  /** The datasets the save server listed at start. */
  datasets: string[];
  /** Where drafts are kept. */
  drafts: DraftStorage;
  /** Whether drafts are kept in IndexedDB (false: in memory for this visit only). */
  lastingDrafts: boolean;
  /** The URL options. */
  config: EditorConfig;
  /** Changes the interface language; resolves once both catalogs are in. */
  setLang(lang: Lang | null): Promise<void>;
}

/** Starts the editor's non-React parts. */
export async function startEditor(): Promise<EditorApp> {
  const config = readEditorConfig(location.search, location.href);
  const store = createStore({ theme: config.theme, lang: config.lang });
  const view = createViewController(store);
  const actions = createActions(store, view);
  followDocument(store);
  const setLang = async (lang: Lang | null) => {
    await loadEditorCatalog(resolveLang(lang));
    await actions.setLang(lang);
  };
  const [storage, server] = await Promise.all([
    openIdbDrafts().catch((): DraftStorage | null => null),
    detectSaveServer(),
    setLang(config.lang),
  ]);
  const drafts = storage ?? createMemoryDraftStorage();
  const session = createEditorSession({ storage: drafts, api: server?.api ?? null });
  return { session, preview: { store, view, actions }, api: server?.api ?? null, datasets: server?.names ?? [], drafts, lastingDrafts: storage !== null, config, setLang };
}

/** The save server's client when this page is served by it: its API lists the datasets. */
async function detectSaveServer(): Promise<{ api: SaveApi; names: string[] } | null> {
  const api = createSaveApi();
  const listed = await api.list();
  return listed.kind === 'listed' ? { api, names: listed.names } : null;
}

/** Keeps <html data-theme lang dir> and the tab's title in step with the preview's store. */
function followDocument(store: Store): void {
  const root = document.documentElement;
  const apply = () => {
    const state = store.get();
    const { lang, rtl } = selectLocale(state);
    root.dataset.theme = state.theme;
    root.lang = lang;
    root.dir = rtl ? 'rtl' : 'ltr';
    const t = editorTranslator(lang, state.locale.catalog);
    document.title = state.dataset ? `${state.dataset.title} — ${t('editor.name')}` : t('editor.name');
  };
  apply();
  store.subscribe((state, previous) => {
    if (state.theme !== previous.theme || state.locale !== previous.locale || state.dataset?.title !== previous.dataset?.title) apply();
  });
}
