/**
 * The bar above the chart: one button that opens the filter panel (and says how many events
 * are shown), the search box, and the zoom controls. One row of fixed height, so the chart
 * below never moves: the panel opens over the chart, not above it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useActions, useAppState, useLocale } from './context';
import { Filters } from './Filters';
import { ZoomControls } from './ZoomControls';
import { selectFilteredEvents } from '../state/selectors';
import { isUnfiltered } from '../model/filters';
import type { Timeline } from '../model/types';

/** Props of ChartToolbar. */
export interface ChartToolbarProps {
  /** The loaded timeline. */
  timeline: Timeline;
  /** Narrow: the search moves into the panel and the lane choice goes (one overview band). */
  compact: boolean;
  /** Show the filter button and panel (the embed's `controls=minimal` leaves them out). */
  filters?: boolean;
}

/** The toolbar. */
export function ChartToolbar({ timeline, compact, filters = true }: ChartToolbarProps) {
  const { t } = useLocale();
  const shown = useAppState((s) => selectFilteredEvents(s).length);
  const filtered = useAppState((s) => !isUnfiltered(s.filters));
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const count = t('filters.count', { shown, count: timeline.events.length });

  // Escape or a click elsewhere closes the panel; Escape puts focus back on its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="chart-toolbar-row">
      {filters && (
        <button ref={button} type="button" className={filtered ? 'menu-button filtered' : 'menu-button'} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {t('filters.label')} <span className="menu-count">· {count}</span>
        </button>
      )}
      {filters && !compact && <SearchBox />}
      <p className="visually-hidden" role="status" aria-live="polite">{count}</p>
      <ZoomControls lanes={!compact} />
      {filters && (
        <div ref={panel} id={panelId} className="filters-panel" hidden={!open}>
          {compact && <SearchBox />}
          <Filters timeline={timeline} />
        </div>
      )}
    </div>
  );
}

/** Search over titles, summaries and quotes. */
export function SearchBox() {
  const actions = useActions();
  const { t } = useLocale();
  const query = useAppState((s) => s.filters.query);
  return (
    <input className="search" type="search" value={query} aria-label={t('filters.search')} placeholder={`${t('filters.search')}: ${t('filters.searchPlaceholder')}`}
      onChange={(e) => actions.setFilters({ query: e.currentTarget.value })} />
  );
}
