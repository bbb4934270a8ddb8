/**
 * The events as a chronological list: a complete alternative to the chart, synced both ways
 * with the selection. Past VIRTUALIZE_ABOVE events only the rows in view are rendered (fixed
 * row height), so 100,000 events cost what a screenful does.
 */
import { useEffect, useRef, useState, type UIEvent } from 'react';
import { useAppState, useLocale, useStore } from './context';
import { selectFilteredEvents } from '../state/selectors';
import { formatEventDate, formatMoney } from '../model/format';
import type { Timeline, TimelineEvent } from '../model/types';

/** Below this many events every row is in the DOM (best for screen readers and find-in-page). */
export const VIRTUALIZE_ABOVE = 500;
const ROW_HEIGHT = 64;
const OVERSCAN = 8;

/** Props of EventList. */
export interface EventListProps {
  /** The loaded timeline (for category labels). */
  timeline: Timeline;
}

/** The list view. */
export function EventList({ timeline }: EventListProps) {
  const events = useAppState(selectFilteredEvents);
  const selectedId = useAppState((s) => s.selectedId);
  const { t } = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const virtual = events.length > VIRTUALIZE_ABOVE;

  useEffect(() => {
    const node = scroller.current;
    if (!node || !virtual) return;
    const observer = new ResizeObserver(() => setViewHeight(node.clientHeight || 600));
    observer.observe(node);
    return () => observer.disconnect();
  }, [virtual]);

  // Keep the selected row in view when the selection comes from the chart.
  useEffect(() => {
    if (!selectedId || !scroller.current) return;
    const i = events.findIndex((e) => e.id === selectedId);
    if (i < 0) return;
    // Scroll only the list, never the page: scrollIntoView would move the window too.
    const node = scroller.current;
    const row = virtual ? null : node.querySelector<HTMLElement>(`[data-id="${CSS.escape(selectedId)}"]`);
    const top = virtual ? i * ROW_HEIGHT : (row?.offsetTop ?? 0);
    const height = virtual ? ROW_HEIGHT : (row?.offsetHeight ?? 0);
    if (top < node.scrollTop || top + height > node.scrollTop + node.clientHeight) node.scrollTop = top - node.clientHeight / 3;
  }, [selectedId, events, virtual]);

  if (events.length === 0) return <p className="list-empty">{t('list.empty')}</p>;

  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual ? Math.min(events.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN) : events.length;
  const rows = events.slice(first, last);

  return (
    <div ref={scroller} className={virtual ? 'event-list virtual' : 'event-list'}
      onScroll={virtual ? (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop) : undefined}>
      <ol aria-label={t('list.label')} start={first + 1} style={virtual ? { height: events.length * ROW_HEIGHT } : undefined}>
        {rows.map((event, i) => (
          <Row key={event.id} event={event} timeline={timeline} selected={event.id === selectedId}
            top={virtual ? (first + i) * ROW_HEIGHT : undefined} />
        ))}
      </ol>
    </div>
  );
}

function Row({ event, timeline, selected, top }: { event: TimelineEvent; timeline: Timeline; selected: boolean; top?: number }) {
  const store = useStore();
  const { t, locale } = useLocale();
  const category = timeline.categories.findIndex((c) => c.id === event.category);
  return (
    <li data-id={event.id} className={selected ? 'selected' : undefined} style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}>
      <button type="button" aria-pressed={selected} onClick={() => store.set({ selectedId: event.id })}>
        <span className={`swatch cat-${category % 8}`} aria-hidden="true" />
        <span className="row-date">{formatEventDate(event, locale, t)}</span>
        <span className="row-title" dir="auto">{event.title}</span>
        <span className="row-meta">
          <bdi>{timeline.categories[category]?.label}</bdi> · {t(`certainty.${event.certainty}`)}
          {event.value ? ` · ${formatMoney(event.value, locale)}` : ''}
          {event.disputedBySources ? ` · ${t('list.disputed')}` : ''}
        </span>
      </button>
    </li>
  );
}
