/**
 * The editor's messages in the interface language: its own catalogs (English bundled, the
 * others fetched when chosen) in front of the reader's, so shared words (certainty levels,
 * themes, language names) are translated once.
 */
import { createTranslate, type BaseKey, type Catalog, type Params } from '../../i18n/translate';
import type { Lang } from '../../i18n/languages';
import { en, type EditorKey } from './en';

/** The editor's translator: its own keys and the reader's. */
export type EditorTranslate = (key: EditorKey | BaseKey, params?: Params) => string;

type EditorCatalog = Record<string, string>;

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<EditorCatalog>> = {
  ru: () => import('./ru').then((m) => m.ru),
  he: () => import('./he').then((m) => m.he),
  az: () => import('./az').then((m) => m.az),
};

const loaded = new Map<Lang, EditorCatalog>([['en', en]]);

/** Fetches the editor's catalog for a language (English is bundled; a failed fetch leaves English). */
export async function loadEditorCatalog(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  try {
    loaded.set(lang, await loaders[lang as Exclude<Lang, 'en'>]());
  } catch {
    // English still reads.
  }
}

const translators = new WeakMap<Catalog, Map<Lang, EditorTranslate>>();

/**
 * The translator for a language over the reader's catalog in use (made once per pair): the
 * reader's translator over one catalog holding both, the editor's own messages on top, so
 * plurals, placeholders and number formatting work as on the reader's pages.
 */
export function editorTranslator(lang: Lang, appCatalog: Catalog): EditorTranslate {
  let byLang = translators.get(appCatalog);
  if (!byLang) translators.set(appCatalog, (byLang = new Map()));
  let t = byLang.get(lang);
  if (!t) {
    // A catalog still loading falls back to English and is picked up on the next change of language.
    const own = loaded.get(lang) ?? en;
    t = createTranslate(lang, { ...en, ...appCatalog, ...own } as Catalog) as EditorTranslate;
    if (loaded.has(lang)) byLang.set(lang, t);
  }
  return t;
}
