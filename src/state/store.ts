/**
 * The one store: data, filters, viewport, selection and a queue of view requests. React reads
 * it with useSyncExternalStore; the renderer subscribes directly, so zoom frames never pass
 * through React. Input only produces actions here; nothing reads state back out of the DOM.
 */
import type { Timeline } from '../model/types';
import { NO_FILTERS, type Filters } from '../model/filters';
import type { LoadFailure, LoadProgress } from '../data/load';
import type { Theme } from './urlConfig';
import type { Lang } from '../i18n/languages';

/** Where loading stands. */
export type LoadState =
  | { status: 'loading'; progress?: LoadProgress }
  | { status: 'ready'; timeline: Timeline }
  | { status: 'error'; failure: LoadFailure; url: string; problems: string[] };

/** Something the reader asked the view to do, applied by the renderer (serial numbers tell requests apart). */
export type ViewRequest =
  | { kind: 'fit'; serial: number }
  | { kind: 'window'; t0: number; t1: number; serial: number }
  | { kind: 'zoomBy'; factor: number; serial: number }
  | { kind: 'reveal'; id: string; serial: number }
  | { kind: 'focus'; id: string; serial: number };

/** The whole application state. */
export interface AppState {
  /** Loading and the loaded timeline. */
  load: LoadState;
  /** The reader's filters. */
  filters: Filters;
  /** The selected event's id (the details panel shows it), if any. */
  selectedId: string | null;
  /** The visible time window in UTC ms, or null before the first draw and when fitted to all. */
  window: [number, number] | null;
  /** Lane by category or by actor (the reader's choice; phones show one overview band). */
  laneMode: 'category' | 'actor';
  /** The latest view request, for the renderer. */
  viewRequest: ViewRequest | null;
  /** Quiet notices: ignored URL values and the like. */
  notices: Notice[];
  /** Colour theme chosen by the reader or the URL. */
  theme: Theme;
  /** Interface language chosen by the reader or the URL; null follows the browser. */
  lang: Lang | null;
  /** The origin the data came from when it is not this page's own, shown so no one can pass it off as this site's. */
  dataOrigin: string | null;
}

/** A quiet notice about something ignored: an unknown option, an invalid value, an unknown id. */
export interface Notice {
  /** What kind of thing was ignored. */
  kind: 'unknownOption' | 'badValue' | 'unknownId' | 'unknownEvent';
  /** The URL option it was in. */
  key: string;
  /** The ignored value. */
  value?: string;
}

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
  /** Queues a view request for the renderer. */
  requestView(request: DistributiveOmit<ViewRequest, 'serial'>): void;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The state before anything is loaded. */
export const INITIAL_STATE: AppState = {
  load: { status: 'loading' },
  filters: NO_FILTERS,
  selectedId: null,
  window: null,
  laneMode: 'category',
  viewRequest: null,
  notices: [],
  dataOrigin: null,
  theme: 'auto',
  lang: null,
};

/** Creates a store. */
export function createStore(initial: Partial<AppState> = {}): Store {
  let state: AppState = { ...INITIAL_STATE, ...initial };
  const listeners = new Set<Listener>();
  let serial = 0;
  const store: Store = {
    get: () => state,
    set(patch) {
      const changes = typeof patch === 'function' ? patch(state) : patch;
      const keys = Object.keys(changes) as (keyof AppState)[];
      if (keys.every((k) => Object.is(changes[k], state[k]))) return;
      const previous = state;
      state = { ...state, ...changes };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestView(request) {
      store.set({ viewRequest: { ...request, serial: ++serial } as ViewRequest });
    },
  };
  return store;
}
