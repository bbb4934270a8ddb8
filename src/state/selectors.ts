/**
 * Values derived from the state, computed once per change of their inputs (not per render).
 */
import { applyFilters } from '../model/filters';
import type { TimelineEvent } from '../model/types';
import type { AppState } from './store';

let lastEvents: readonly TimelineEvent[] | null = null;
let lastFilters: AppState['filters'] | null = null;
let lastResult: TimelineEvent[] = [];

/** The events that pass the filters, in time order. Memoised on (events, filters): O(n) per change. */
export function selectFilteredEvents(state: AppState): TimelineEvent[] {
  if (state.load.status !== 'ready') return [];
  const events = state.load.timeline.events;
  if (events !== lastEvents || state.filters !== lastFilters) {
    lastEvents = events;
    lastFilters = state.filters;
    lastResult = applyFilters(events, state.filters);
  }
  return lastResult;
}

/** The selected event, if it is loaded. */
export function selectSelectedEvent(state: AppState): TimelineEvent | null {
  if (state.load.status !== 'ready' || !state.selectedId) return null;
  return state.load.timeline.byId.get(state.selectedId) ?? null;
}
