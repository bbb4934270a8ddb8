/**
 * Filters: the legend is the category toggle; then actors, certainty and search, the count
 * "N of M events", and one control that resets everything (filters, selection and view).
 */
import { useId } from 'react';
import { useAppState, useLocale, useStore } from './context';
import { selectFilteredEvents } from '../state/selectors';
import { toggleInFilter, NO_FILTERS } from '../model/filters';
import { CERTAINTIES } from '../data/schema';
import { shapePath } from '../render/drawScene';
import type { Timeline } from '../model/types';

/** Props of Filters. */
export interface FiltersProps {
  /** The loaded timeline. */
  timeline: Timeline;
  /** Compact: the embed's menu shows the same controls stacked. */
  compact?: boolean;
}

/** The filter bar. */
export function Filters({ timeline, compact = false }: FiltersProps) {
  const store = useStore();
  const { t } = useLocale();
  const filters = useAppState((s) => s.filters);
  const shown = useAppState((s) => selectFilteredEvents(s).length);
  const searchId = useId();
  const set = (patch: Partial<typeof filters>) => store.set({ filters: { ...filters, ...patch } });
  const categoryIds = timeline.categories.map((c) => c.id);
  const actorIds = timeline.actors.map((a) => a.id);

  return (
    <div className={compact ? 'filters compact' : 'filters'} role="group" aria-label={t('filters.label')}>
      <fieldset className="legend">
        <legend>{t('filters.categories')}</legend>
        {timeline.categories.map((c, i) => {
          const on = !filters.categories || filters.categories.has(c.id);
          return (
            <button key={c.id} type="button" className={`chip cat-${i % 8}`} aria-pressed={on}
              onClick={() => set({ categories: toggleInFilter(filters.categories, c.id, categoryIds) })}>
              <svg className="chip-shape" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d={shapePath(i)} /></svg>
              <bdi>{c.label}</bdi>
            </button>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('filters.actors')}</legend>
        {timeline.actors.map((a) => (
          <button key={a.id} type="button" className="chip" aria-pressed={!filters.actors || filters.actors.has(a.id)}
            onClick={() => set({ actors: toggleInFilter(filters.actors, a.id, actorIds) })}>
            <bdi>{a.name}</bdi>
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.certainty')}</legend>
        {CERTAINTIES.map((c) => (
          <button key={c} type="button" className={`chip cert-chip cert-${c}`} aria-pressed={!filters.certainties || filters.certainties.has(c)}
            onClick={() => set({ certainties: toggleInFilter(filters.certainties, c, CERTAINTIES) })}>
            <svg className={`cert-glyph cert-${c}`} width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d={shapePath(0)} /></svg>
            {t(`certainty.${c}`)}
          </button>
        ))}
      </fieldset>
      <div className="search">
        <label htmlFor={searchId}>{t('filters.search')}</label>
        <input id={searchId} type="search" value={filters.query} placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => set({ query: e.target.value })} />
      </div>
      <p className="count" role="status" aria-live="polite">{t('filters.count', { shown, count: timeline.events.length })}</p>
      <button type="button" className="reset"
        onClick={() => {
          store.set({ filters: NO_FILTERS, selectedId: null });
          store.requestView({ kind: 'fit' });
        }}>
        {t('filters.reset')}
      </button>
    </div>
  );
}
