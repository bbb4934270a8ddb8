/**
 * Values derived from the state, each computed once per change of its inputs (not per render,
 * not per frame): the drawn timeline from the dataset, the events that pass the filters, the
 * bound translator.
 */
import { applyFilters } from '../model/filters';
import { normalise } from '../data/normalise';
import type { Dataset } from '../data/schema';
import type { Timeline, TimelineEvent } from '../model/types';
import { findStory, type Story } from '../model/stories';
import { DIRECTION, INTL_LOCALE, type Lang } from '../i18n/languages';
import { createTranslate, type Translate } from '../i18n/translate';
import type { AppState, LoadedLocale } from './store';

const timelines = new WeakMap<Dataset, Timeline>();

/** Records the timeline already normalised from a dataset (the loader does it once). */
export function rememberTimeline(dataset: Dataset, timeline: Timeline): void {
  timelines.set(dataset, timeline);
}

/** The drawn timeline, derived from the dataset: O(n log n) once per dataset. */
export function selectTimeline(state: AppState): Timeline | null {
  const dataset = state.dataset;
  if (!dataset || state.load.status !== 'ready') return null;
  let timeline = timelines.get(dataset);
  if (!timeline) timelines.set(dataset, (timeline = normalise(dataset)));
  return timeline;
}

let lastEvents: readonly TimelineEvent[] | null = null;
let lastFilters: AppState['filters'] | null = null;
let lastResult: TimelineEvent[] = [];

/** The events that pass the filters, in time order. Memoised on (events, filters): O(n) per change. */
export function selectFilteredEvents(state: AppState): TimelineEvent[] {
  const timeline = selectTimeline(state);
  if (!timeline) return [];
  if (timeline.events !== lastEvents || state.filters !== lastFilters) {
    lastEvents = timeline.events;
    lastFilters = state.filters;
    lastResult = applyFilters(timeline.events, state.filters);
  }
  return lastResult;
}

/** The selected event, if it is loaded. */
export function selectSelectedEvent(state: AppState): TimelineEvent | null {
  return (state.selectedId && selectTimeline(state)?.byId.get(state.selectedId)) || null;
}

/** The loaded data's stories (an empty list when it has none). */
export function selectStories(state: AppState): readonly Story[] {
  return (state.load.status === 'ready' && state.dataset?.stories) || NO_STORIES;
}
const NO_STORIES: readonly Story[] = [];

/** The story being told, or null while the reader explores freely. */
export function selectStory(state: AppState): Story | null {
  return state.story ? findStory(selectStories(state), state.story.id) : null;
}

/** The interface language, bound: what every piece of text needs. */
export interface LocaleContext {
  /** Language code. */
  lang: Lang;
  /** Intl locale. */
  locale: string;
  /** Right to left. */
  rtl: boolean;
  /** Translator. */
  t: Translate;
}

const locales = new WeakMap<LoadedLocale, LocaleContext>();

/** The bound locale, made once per loaded language. */
export function selectLocale(state: AppState): LocaleContext {
  let bound = locales.get(state.locale);
  if (!bound) {
    const { lang, catalog } = state.locale;
    bound = { lang, locale: INTL_LOCALE[lang], rtl: DIRECTION[lang] === 'rtl', t: createTranslate(lang, catalog) };
    locales.set(state.locale, bound);
  }
  return bound;
}
