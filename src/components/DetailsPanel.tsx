/**
 * The selected event in full: title, date at its precision, category, actors, certainty, value
 * with its kind, the summary, every citation with its quote and link, and a "sources disagree"
 * block wherever a citation claims something other than the record. Previous / next walk the
 * filtered events in time order. All data is rendered as text; only http(s) URLs become links.
 */
import { Fragment, useEffect, useRef } from 'react';
import { useAppState, useLocale, useStore } from './context';
import { selectFilteredEvents, selectSelectedEvent } from '../state/selectors';
import { formatEventDate, formatPartialDate, formatValue } from '../model/format';
import { parsePartialDate } from '../model/dates';
import { disagreementsOf, type Disagreement } from '../model/disagreements';
import type { Citation, Timeline, Value } from '../model/types';
import { SafeLink } from './SafeLink';
import { isolate } from '../i18n/isolate';

/** Props of DetailsPanel. */
export interface DetailsPanelProps {
  /** The loaded timeline. */
  timeline: Timeline;
  /** Called after the panel closes, to put focus back on the event's mark. */
  onClose?: (id: string) => void;
  /** With nothing selected, say how to select (the main page's side column) instead of nothing. */
  hint?: boolean;
}

/** The details panel; renders nothing when no event is selected. */
export function DetailsPanel({ timeline, onClose, hint = false }: DetailsPanelProps) {
  const store = useStore();
  const { t, locale } = useLocale();
  const event = useAppState(selectSelectedEvent);
  const events = useAppState(selectFilteredEvents);
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus follows the reader into the panel when they chose an event (from a mark or a list
  // row), but a page that opens on a deep link, or a host's goto message, must not steal focus.
  useEffect(() => {
    const active = document.activeElement;
    if (event && heading.current && active && active !== document.body && !active.closest('.details')) heading.current.focus({ preventScroll: true });
  }, [event]);

  if (!event) return hint ? <p className="details-empty">{t('details.empty')}</p> : null;
  const i = events.indexOf(event);
  const previous = i > 0 ? events[i - 1] : null;
  const next = i >= 0 && i < events.length - 1 ? events[i + 1] : null;
  const category = timeline.categories.find((c) => c.id === event.category);
  const close = () => {
    store.set({ selectedId: null });
    onClose?.(event.id);
  };

  return (
    <aside className="details" aria-labelledby="details-title" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
      <div className="details-nav">
        <button type="button" disabled={!previous} onClick={() => previous && store.set({ selectedId: previous.id })}>
          <span aria-hidden="true">{'‹ '}</span>{t('details.previous')}
        </button>
        <button type="button" disabled={!next} onClick={() => next && store.set({ selectedId: next.id })}>
          {t('details.next')}<span aria-hidden="true">{' ›'}</span>
        </button>
        <button type="button" className="close" onClick={close} aria-label={t('details.close')}>×</button>
      </div>
      <h2 id="details-title" tabIndex={-1} ref={heading} dir="auto">{event.title}</h2>
      <p className="details-date">{formatEventDate(event, locale, t)}</p>
      <dl className="details-facts">
        <dt>{t('details.category')}</dt>
        <dd><bdi>{category?.label ?? event.category}</bdi></dd>
        <dt>{t('details.actors')}</dt>
        <dd>{event.actors.map((id, i) => <Fragment key={i}>{i > 0 && ', '}<bdi>{timeline.actors.find((a) => a.id === id)?.name ?? id}</bdi></Fragment>)}</dd>
        <dt>{t('details.certainty')}</dt>
        <dd className={`cert-text cert-${event.certainty}`}>{t(`certainty.${event.certainty}`)}</dd>
        {event.value && (
          <>
            <dt>{t('details.value')}</dt>
            <dd>{formatValue(event.value, locale, t)}</dd>
          </>
        )}
      </dl>
      <p className="details-summary" dir="auto">{event.summary}</p>
      <h3>{t('details.sources')}</h3>
      <ol className="citations">
        {event.sources.map((citation, j) => (
          <CitationItem key={j} citation={citation} timeline={timeline} disagreements={disagreementsOf(event, citation)} />
        ))}
      </ol>
    </aside>
  );
}

function CitationItem({ citation, timeline, disagreements }: { citation: Citation; timeline: Timeline; disagreements: Disagreement[] }) {
  const { t, locale } = useLocale();
  const source = timeline.sources.get(citation.source);
  const published = source?.published ? parsePartialDate(source.published) : null;
  return (
    <li className="citation">
      <p className="citation-source">
        <cite dir="auto">{source?.title ?? citation.source}</cite>
        {source && <> — <bdi>{source.publisher}</bdi>{published && `, ${t('details.published', { date: formatPartialDate(published, locale) })}`}</>}
      </p>
      <blockquote dir="auto">{citation.quote}</blockquote>
      {citation.note && <p className="citation-note" dir="auto"><strong>{t('details.note')}:</strong> {citation.note}</p>}
      {disagreements.length > 0 && (
        <div className="disagree" role="note">
          <p className="disagree-title">{t('details.disagree')}</p>
          <table>
            <thead>
              <tr><td /><th scope="col">{t('details.record')}</th><th scope="col">{t('details.sourceSays', { source: isolate(source?.publisher ?? citation.source) })}</th></tr>
            </thead>
            <tbody>
              {disagreements.map((d) => (
                <tr key={d.field}>
                  <th scope="row">{t(`field.${d.field}`)}</th>
                  <td data-label={t('details.record')}>{show(d.record, d.field)}</td>
                  <td data-label={t('details.sourceSays', { source: isolate(source?.publisher ?? citation.source) })}>{show(d.claimed, d.field)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {source && <SafeLink href={source.url}>{t('details.open')}</SafeLink>}
    </li>
  );

  function show(value: string | Value | null, field: Disagreement['field']): string {
    if (value === null) return '—';
    if (typeof value !== 'string') return formatValue(value, locale, t);
    if (field === 'start' || field === 'end') {
      const date = parsePartialDate(value);
      return date ? formatPartialDate(date, locale) : value;
    }
    if (field === 'certainty') return t(`certainty.${value as 'confirmed'}`);
    return value;
  }
}
