/**
 * The filter panel: the legend is the category toggle (each chip shows its category's shape
 * and colour); countries and parties narrow the events to those that involve the ones chosen;
 * certainty; and one control that resets everything (filters, selection and view).
 */
import { useActions, useAppState, useLocale } from './context';
import { toggleInFilter, toggleInclusion } from '../model/filters';
import { CERTAINTIES } from '../data/schema';
import { shapePath } from '../render/drawScene';
import type { Timeline } from '../model/types';

/** Props of Filters. */
export interface FiltersProps {
  /** The loaded timeline. */
  timeline: Timeline;
}

/** The filter chips. */
export function Filters({ timeline }: FiltersProps) {
  const actions = useActions();
  const { t } = useLocale();
  const filters = useAppState((s) => s.filters);
  const categoryIds = timeline.categories.map((c) => c.id);

  return (
    <div className="filters" role="group" aria-label={t('filters.label')}>
      <fieldset className="legend">
        <legend>{t('filters.categories')}</legend>
        {timeline.categories.map((c, i) => {
          const on = !filters.categories || filters.categories.has(c.id);
          return (
            <button key={c.id} type="button" className={`chip cat-${i % 8}`} aria-pressed={on}
              onClick={() => actions.setFilters({ categories: toggleInFilter(filters.categories, c.id, categoryIds) })}>
              <svg className="chip-shape" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d={shapePath(i)} /></svg>
              <bdi>{c.label}</bdi>
            </button>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('filters.actors')}</legend>
        <button type="button" className="chip" aria-pressed={!filters.actors} onClick={() => actions.setFilters({ actors: null })}>
          {t('filters.anyActor')}
        </button>
        {timeline.actors.map((a) => (
          <button key={a.id} type="button" className="chip" aria-pressed={!!filters.actors?.has(a.id)}
            onClick={() => actions.setFilters({ actors: toggleInclusion(filters.actors, a.id) })}>
            <bdi>{a.name}</bdi>
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.certainty')}</legend>
        {CERTAINTIES.map((c) => (
          <button key={c} type="button" className={`chip cert-chip cert-${c}`} aria-pressed={!filters.certainties || filters.certainties.has(c)}
            onClick={() => actions.setFilters({ certainties: toggleInFilter(filters.certainties, c, CERTAINTIES) })}>
            <svg className={`cert-glyph cert-${c}`} width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d={shapePath(0)} /></svg>
            {t(`certainty.${c}`)}
          </button>
        ))}
      </fieldset>
      <button type="button" className="reset" onClick={() => actions.resetAll()}>{t('filters.reset')}</button>
    </div>
  );
}
