/**
 * The one store: the editable dataset, filters, selection, the reader's choices, the visible
 * window (published by the view controller, its only writer) and notices. The drawn timeline is
 * derived from the dataset (selectors.ts), never stored beside it. React reads the store with
 * useSyncExternalStore; the chart subscribes directly. Input only produces actions
 * (actions.ts); nothing reads state back out of the DOM.
 */
import type { Dataset } from '../data/schema';
import { NO_FILTERS, type Filters } from '../model/filters';
import type { LoadFailure, LoadProgress } from '../data/load';
import type { Theme } from './urlConfig';
import type { Lang } from '../i18n/languages';
import type { Catalog } from '../i18n/translate';
import { en } from '../i18n/catalogs/en';

/** Where loading stands. */
export type LoadState =
  | { status: 'loading'; progress?: LoadProgress }
  | { status: 'ready' }
  | { status: 'error'; failure: LoadFailure; url: string; problems: string[] };

/** The visible window, as the view controller last published it. */
export interface ViewState {
  /** [t0, t1] in UTC ms, or null before the chart has been drawn. */
  window: [number, number] | null;
  /** True when the whole timeline is shown. */
  fitted: boolean;
  /** False while a gesture or an animation is moving the view. */
  settled: boolean;
}

/** Where the reader is in a story. */
export interface StoryState {
  /** The story's id. */
  id: string;
  /** 0 for the title card, 1 … n for the steps. */
  step: number;
}

/** The interface language in use, with its loaded messages. */
export interface LoadedLocale {
  /** The language. */
  lang: Lang;
  /** Its messages. */
  catalog: Catalog;
}

/** The whole application state. */
export interface AppState {
  /** Loading, loaded or failed. */
  load: LoadState;
  /** The event store as loaded (or as edited): the one source of the drawn timeline. */
  dataset: Dataset | null;
  /** The reader's filters. */
  filters: Filters;
  /** The selected event's id (the details show it), if any. */
  selectedId: string | null;
  /** Lanes by category or by actor (the reader's choice; short charts fold them into one band). */
  laneMode: 'category' | 'actor';
  /** The visible window: written by the view controller only. */
  view: ViewState;
  /** The story being told, and its step; null while the reader explores freely. */
  story: StoryState | null;
  /** Notices: what the URL or a host asked for and the page could not do, and what it changed to show an event. */
  notices: Notice[];
  /** Colour theme chosen by the reader or the URL. */
  theme: Theme;
  /** Interface language chosen by the reader or the URL; null follows the browser. */
  lang: Lang | null;
  /** The language in use and its messages. */
  locale: LoadedLocale;
  /** The origin the data came from when it is not this page's own, shown so no one can pass it off as this site's. */
  dataOrigin: string | null;
}

/** Something the page tells the reader it ignored, refused or changed. */
export type Notice =
  | { kind: 'unknownOption'; key: string }
  | { kind: 'badValue'; key: string; value: string }
  | { kind: 'unknownEvent'; key: string; value: string }
  | { kind: 'unknownId'; key: string; value: string }
  | { kind: 'outsideData'; from: string; to: string }
  | { kind: 'eventOutsideWindow'; id: string }
  | { kind: 'filtersRelaxed'; title: string }
  | { kind: 'unknownStory'; id: string };

/** A listener is told the new and previous state. */
export type Listener = (state: AppState, previous: AppState) => void;

/** A small external store with a functional setState. */
export interface Store {
  /** The current state (never mutated; replaced on change). */
  get(): AppState;
  /** Replaces part of the state and tells listeners, unless nothing changed. */
  set(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void;
  /** Adds a listener; returns its removal. */
  subscribe(listener: Listener): () => void;
  /**
   * Runs `change`, telling listeners once at the end of the whole change rather than after each
   * set() within it: a story step that sets filters, lanes and the selection is one history entry.
   */
  batch(change: () => void): void;
}

/** The state before anything is loaded. */
export const INITIAL_STATE: AppState = {
  load: { status: 'loading' },
  dataset: null,
  filters: NO_FILTERS,
  selectedId: null,
  laneMode: 'category',
  view: { window: null, fitted: true, settled: true },
  story: null,
  notices: [],
  dataOrigin: null,
  theme: 'auto',
  lang: null,
  locale: { lang: 'en', catalog: en },
};

/** Creates a store. */
export function createStore(initial: Partial<AppState> = {}): Store {
  let state: AppState = { ...INITIAL_STATE, ...initial };
  const listeners = new Set<Listener>();
  let batching = 0;
  const tell = (previous: AppState) => {
    for (const listener of [...listeners]) listener(state, previous);
  };
  return {
    get: () => state,
    set(patch) {
      const changes = typeof patch === 'function' ? patch(state) : patch;
      const keys = Object.keys(changes) as (keyof AppState)[];
      if (keys.every((k) => Object.is(changes[k], state[k]))) return;
      const previous = state;
      state = { ...state, ...changes };
      if (!batching) tell(previous);
    },
    batch(change) {
      const before = state;
      batching++;
      try {
        change();
      } finally {
        // Even when the change throws midway, listeners hear of what it did change.
        batching--;
        if (!batching && state !== before) tell(before);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
