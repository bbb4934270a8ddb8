/**
 * The selected event in full: title, date at its precision, category, actors, certainty, value
 * with its kind, the summary, every citation with its quote and link, and a "sources disagree"
 * block wherever a citation claims something other than the record. Previous / next walk the
 * filtered events in time order. All data is rendered as text; only http(s) URLs become links.
 */
import { Fragment, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useActions, useAppState, useLocale } from './context';
import { selectFilteredEvents, selectSelectedEvent } from '../state/selectors';
import { formatEventDate, formatPartialDate, formatValue } from '../model/format';
import { DisagreementTable } from './DisagreementTable';
import { parsePartialDate } from '../model/dates';
import { disagreementsOf, type Disagreement } from '../model/disagreements';
import type { Citation, Timeline } from '../model/types';
import { SafeLink } from './SafeLink';
import { neighboursOf } from '../model/navigation';

/** Props of DetailsPanel. */
export interface DetailsPanelProps {
  /** The loaded timeline. */
  timeline: Timeline;
  /**
   * Where the details go: a column beside or below the chart, an overlay inside an embed's
   * frame, or a modal sheet over everything (phones: focus stays inside until it closes).
   */
  variant: 'column' | 'overlay' | 'sheet';
  /** With nothing selected, say how to select (the main page's side column) instead of nothing. */
  hint?: boolean;
  /** Closing hides the panel without closing the selection (a story's step keeps its event). */
  onClose?: () => void;
}

/** The details panel; renders nothing (or the hint) when no event is selected. */
export function DetailsPanel({ timeline, variant, hint = false, onClose }: DetailsPanelProps) {
  const actions = useActions();
  const { t, locale } = useLocale();
  const event = useAppState(selectSelectedEvent);
  const events = useAppState(selectFilteredEvents);
  const heading = useRef<HTMLHeadingElement>(null);
  const sheet = useRef<HTMLDialogElement>(null);

  // Focus follows the reader into the panel when they chose an event (from a mark or a list
  // row), but a page that opens on a deep link, or a host's goto message, must not steal focus;
  // nor may a story's step, whose reader is stepping through the story with its own controls.
  useEffect(() => {
    const active = document.activeElement;
    if (event && heading.current && active && active !== document.body && !active.closest('.details, .story-player')) heading.current.focus({ preventScroll: variant === 'column' });
  }, [event, variant]);

  if (!event) return hint ? <p className="details-empty">{t('details.empty')}</p> : null;
  const i = events.indexOf(event);
  const { previous, next } = neighboursOf(events, event);
  const category = timeline.categories.find((c) => c.id === event.category);
  const close = () => {
    // A modal sheet leaves the rest of the page inert until it is closed: close it first, so
    // that focus can go back to the mark.
    sheet.current?.close();
    if (onClose) return onClose();
    actions.select(null);
    actions.focusMark(event.id);
  };

  const body = (
    <>
      <div className="details-nav">
        <button type="button" disabled={!previous} onClick={() => actions.step('previous')}>
          <span aria-hidden="true">{'‹ '}</span>{t('details.previous')}
        </button>
        <span className="details-position">{i >= 0 ? t('details.position', { n: i + 1, count: events.length }) : ''}</span>
        <button type="button" disabled={!next} onClick={() => actions.step('next')}>
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
            <dd><bdi>{formatValue(event.value, locale, t)}</bdi></dd>
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
    </>
  );
  if (variant === 'sheet') return <DetailsSheet dialog={sheet} onClose={close}>{body}</DetailsSheet>;
  return (
    <aside className={`details ${variant}`} aria-labelledby="details-title" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
      {body}
    </aside>
  );
}

/**
 * The details as a modal sheet: a native <dialog> opened with showModal, so the page behind is
 * inert (Tab cannot wander under the sheet), Escape closes it, and focus goes back to the mark.
 */
function DetailsSheet({ dialog, onClose, children }: { dialog: RefObject<HTMLDialogElement | null>; onClose: () => void; children: ReactNode }) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const node = dialog.current!;
    if (!node.open) node.showModal();
    node.querySelector<HTMLElement>('#details-title')?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      close.current();
    };
    node.addEventListener('cancel', onCancel);
    return () => node.removeEventListener('cancel', onCancel);
  }, []);
  return (
    <dialog ref={dialog} className="details sheet" aria-labelledby="details-title">
      {children}
    </dialog>
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
      <DisagreementTable disagreements={disagreements} sourceName={source?.publisher ?? citation.source} />
      {source && <SafeLink href={source.url}>{t('details.open')}</SafeLink>}
    </li>
  );
}
