/**
 * Every URL key in one table: how it is read (into the typed config), how it is written from
 * the state, and how a change to it is recorded in history. Discrete choices (a story's step,
 * an event, a filter, lanes, theme, language) push an entry so Back undoes them; continuous
 * ones (the window, a search being typed) replace the entry; page options (data, embed chrome)
 * are carried from the URL the page was opened with and never change. While a story is told,
 * its id and step stand for the view: the view's own keys are left out.
 */
import { parsePartialDate } from '../model/dates';
import { windowToDates } from '../model/windowText';
import { CERTAINTIES } from '../data/schema';
import { isLang } from '../i18n/languages';
import type { AppState } from './store';
import type { ViewConfig } from './urlConfig';

/** How a change of a key's value is recorded in the browser's history. */
export type HistoryKind = 'push' | 'replace' | 'page';

/** One URL key. */
export interface UrlKey<V> {
  /** The value for a raw query value, or undefined when it is invalid. Never throws. */
  parse: (raw: string, base: string) => V | undefined;
  /** The query value for the state (and the options the page was opened with), or null to leave it out. */
  write: (state: AppState, carried: ViewConfig) => string | null;
  /** How a change is recorded. */
  history: HistoryKind;
}

type Table = { readonly [K in keyof ViewConfig]: UrlKey<ViewConfig[K]> };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_LIST = /^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$/;

const oneOf = <T extends string>(...allowed: T[]) => (raw: string): T | undefined => ((allowed as string[]).includes(raw) ? (raw as T) : undefined);
const idList = (raw: string): string[] | undefined => (raw === '' ? [] : ID_LIST.test(raw) ? [...new Set(raw.split(','))] : undefined);
const list = (set: ReadonlySet<string> | null) => (set ? [...set].join(',') : null);
/** The shown window's edges as dates, or null when everything is shown (or nothing was drawn yet). */
const edge = (state: AppState, i: 0 | 1) => (state.view.window && !state.view.fitted ? windowToDates(...state.view.window)[i] : null);
/** A view key's writer, silent while a story is told (the story's step says what is shown). */
const view = (write: (state: AppState) => string | null) => (state: AppState) => (state.story ? null : write(state));

/**
 * A dataset URL the page may load: an http(s) URL, absolute or relative to the page. Anything
 * else (javascript:, data:, file:) is refused.
 */
export function parseDataUrl(raw: string, base: string): string | null {
  if (raw === '') return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? raw : null;
  } catch {
    return null;
  }
}

/** The table, in the order keys are written. */
export const URL_KEYS: Table = {
  data: { parse: (raw, base) => parseDataUrl(raw, base) ?? undefined, write: (_s, c) => c.data, history: 'page' },
  story: { parse: (raw) => (SLUG.test(raw) ? raw : undefined), write: (s) => s.story?.id ?? null, history: 'push' },
  step: { parse: (raw) => (/^\d{1,3}$/.test(raw) ? Number(raw) : undefined), write: (s) => (s.story && s.story.step > 0 ? String(s.story.step) : null), history: 'push' },
  event: { parse: (raw) => (SLUG.test(raw) ? raw : undefined), write: view((s) => s.selectedId), history: 'push' },
  from: { parse: (raw) => (parsePartialDate(raw) ? raw : undefined), write: view((s) => edge(s, 0)), history: 'replace' },
  to: { parse: (raw) => (parsePartialDate(raw) ? raw : undefined), write: view((s) => edge(s, 1)), history: 'replace' },
  categories: { parse: idList, write: view((s) => list(s.filters.categories)), history: 'push' },
  actors: { parse: idList, write: view((s) => list(s.filters.actors)), history: 'push' },
  certainty: {
    parse: (raw) => {
      const ids = idList(raw);
      return ids?.every((c) => (CERTAINTIES as readonly string[]).includes(c)) ? (ids as ViewConfig['certainty']) : undefined;
    },
    write: view((s) => list(s.filters.certainties)),
    history: 'push',
  },
  q: { parse: (raw) => raw.slice(0, 200), write: view((s) => s.filters.query.trim() || null), history: 'replace' },
  lanes: { parse: oneOf('category', 'actor'), write: view((s) => (s.laneMode === 'category' ? null : s.laneMode)), history: 'push' },
  theme: { parse: oneOf('light', 'dark', 'auto'), write: (s) => (s.theme === 'auto' ? null : s.theme), history: 'push' },
  lang: { parse: (raw) => (isLang(raw) ? raw : undefined), write: (s) => s.lang, history: 'push' },
  controls: { parse: oneOf('full', 'minimal', 'none'), write: (_s, c) => (c.controls === 'full' ? null : c.controls), history: 'page' },
  title: {
    parse: (raw) => (raw === 'show' || raw === '1' || raw === 'true' ? true : raw === 'hide' || raw === '0' || raw === 'false' ? false : undefined),
    write: (_s, c) => (c.title ? null : 'hide'),
    history: 'page',
  },
};

/** The keys, in writing order. */
export const URL_KEY_NAMES = Object.keys(URL_KEYS) as (keyof ViewConfig)[];
