/**
 * The view as URL parameters and back: selected event, visible window, filters, search and lane
 * mode. Readable (`?event=arms-deal-2012&from=2010&to=2014&categories=arms`), and exact enough
 * that a shared link opens the view that was shared.
 */
import type { Timeline, Certainty } from '../model/types';
import type { Filters } from '../model/filters';
import type { AppState } from './store';
import { windowOf } from '../model/windowText';
import { URL_KEYS, URL_KEY_NAMES } from './urlKeys';
import type { ConfigWarning, ViewConfig } from './urlConfig';

export { windowToDates } from '../model/windowText';

/** What the URL says about the view once checked against the data. */
export interface UrlView {
  /** Filters to apply. */
  filters: Filters;
  /** Selected event, if it exists. */
  selectedId: string | null;
  /** Window to show, or null to fit all. */
  window: [number, number] | null;
  /** Lane mode. */
  laneMode: 'category' | 'actor';
  /** Values that the data does not know: [key, id]. */
  unknown: ConfigWarning[];
}

/** Checks a parsed config against the loaded data: unknown ids are dropped and reported. */
export function resolveUrlView(config: ViewConfig, timeline: Timeline): UrlView {
  const unknown: ConfigWarning[] = [];
  const known = <T extends string>(key: string, ids: readonly T[] | null, valid: Set<string>): Set<T> | null => {
    if (!ids) return null;
    const kept = ids.filter((id) => valid.has(id) || (unknown.push({ key, value: id }), false));
    return kept.length === 0 && ids.length > 0 ? null : new Set(kept);
  };
  const selectedId = config.event && timeline.events.some((e) => e.id === config.event) ? config.event : null;
  if (config.event && !selectedId) unknown.push({ key: 'event', value: config.event });
  const window = resolveWindow(config.from, config.to, timeline.extent);
  return {
    filters: {
      categories: known('categories', config.categories, new Set(timeline.categories.map((c) => c.id))),
      actors: known('actors', config.actors, new Set(timeline.actors.map((a) => a.id))),
      certainties: config.certainty ? new Set<Certainty>(config.certainty) : null,
      query: config.q,
    },
    selectedId,
    window,
    laneMode: config.lanes,
    unknown,
  };
}

/**
 * from/to as a window; a missing end falls back to the data's extent. A window wholly outside
 * the data is kept as asked, so that the view can refuse it and say so.
 */
function resolveWindow(from: string | null, to: string | null, extent: [number, number]): [number, number] | null {
  if (!from && !to) return null;
  const t0 = from ? windowOf(from, from)![0] : Math.min(extent[0], windowOf(to!, to!)![0]);
  const t1 = to ? windowOf(to, to)![1] : Math.max(extent[1], windowOf(from!, from!)![1]);
  return [t0, t1];
}

/**
 * The URL query for a state, key by key from the table in urlKeys.ts. Options that are not
 * view state (data, controls, title) are carried over from the config the page was opened with.
 */
export function stateToQuery(state: AppState, carried: ViewConfig): string {
  const params = new URLSearchParams();
  for (const key of URL_KEY_NAMES) {
    const value = URL_KEYS[key].write(state, carried);
    if (value !== null) params.set(key, value);
  }
  // Commas, slashes and colons are legal in a query: leave them readable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
