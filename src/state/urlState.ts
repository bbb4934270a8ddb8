/**
 * The view as URL parameters and back: selected event, visible window, filters, search and lane
 * mode. Readable (`?event=arms-deal-2012&from=2010&to=2014&categories=arms`), and exact enough
 * that a shared link opens the view that was shared.
 */
import type { Timeline, Certainty } from '../model/types';
import type { Filters } from '../model/filters';
import type { AppState } from './store';
import { DEFAULT_CONFIG, windowOf, type ConfigWarning, type ViewConfig } from './urlConfig';

const DAY = 86_400_000;

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

/** from/to as a window; a missing end falls back to the data's extent. */
function resolveWindow(from: string | null, to: string | null, extent: [number, number]): [number, number] | null {
  if (!from && !to) return null;
  const t0 = from ? windowOf(from, from)![0] : extent[0];
  const t1 = to ? windowOf(to, to)![1] : extent[1];
  return t1 > t0 ? [t0, t1] : null;
}

/**
 * The URL query for a state. Options that are not view state (data, controls, title) are
 * carried over from the config the page was opened with, so they survive.
 */
export function stateToQuery(state: AppState, carried: ViewConfig): string {
  const params = new URLSearchParams();
  if (carried.data) params.set('data', carried.data);
  if (state.selectedId) params.set('event', state.selectedId);
  if (state.window) {
    const [from, to] = windowToDates(state.window[0], state.window[1]);
    params.set('from', from);
    params.set('to', to);
  }
  const { categories, actors, certainties, query } = state.filters;
  if (categories) params.set('categories', [...categories].join(','));
  if (actors) params.set('actors', [...actors].join(','));
  if (certainties) params.set('certainty', [...certainties].join(','));
  if (query.trim()) params.set('q', query.trim());
  if (state.laneMode !== DEFAULT_CONFIG.lanes) params.set('lanes', state.laneMode);
  if (state.theme !== DEFAULT_CONFIG.theme) params.set('theme', state.theme);
  if (state.lang) params.set('lang', state.lang);
  for (const key of ['controls', 'title'] as const) {
    if (carried[key] !== DEFAULT_CONFIG[key]) params.set(key, key === 'title' ? (carried.title ? 'show' : 'hide') : String(carried[key]));
  }
  // Commas, slashes and colons are legal in a query: leave them readable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

/**
 * The coarsest readable from/to that stays within 1% of the window's width of the real edges:
 * years for a view of decades, months for a view of years, days otherwise.
 */
export function windowToDates(t0: number, t1: number): [string, string] {
  const tolerance = (t1 - t0) * 0.01;
  for (const unit of ['year', 'month', 'day'] as const) {
    const from = format(new Date(roundTo(t0, unit)), unit);
    const to = format(new Date(roundTo(t1, unit) - DAY), unit);
    const back = windowOf(from, to);
    if (back && Math.abs(back[0] - t0) + Math.abs(back[1] - t1) <= tolerance) return [from, to];
  }
  return [format(new Date(roundTo(t0, 'day')), 'day'), format(new Date(Math.max(roundTo(t1, 'day'), roundTo(t0, 'day') + DAY) - DAY), 'day')];
}

function roundTo(t: number, unit: 'year' | 'month' | 'day'): number {
  const d = new Date(t);
  if (unit === 'day') return Math.round(t / DAY) * DAY;
  const y = d.getUTCFullYear();
  if (unit === 'year') {
    const a = Date.UTC(y, 0, 1);
    const b = Date.UTC(y + 1, 0, 1);
    return t - a < b - t ? a : b;
  }
  const a = Date.UTC(y, d.getUTCMonth(), 1);
  const b = Date.UTC(y, d.getUTCMonth() + 1, 1);
  return t - a < b - t ? a : b;
}

function format(d: Date, unit: 'year' | 'month' | 'day'): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return unit === 'year' ? y : unit === 'month' ? `${y}-${m}` : `${y}-${m}-${day}`;
}
