/**
 * The full page: title, settings, filters, the zoomable timeline, the list and the details
 * panel. The element with data-status tells tests and tools whether it is loading, ready or
 * failed.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useAppState, useLocale, useStore } from './context';
import { Filters } from './Filters';
import { TimelineView } from './TimelineView';
import { EventList } from './EventList';
import { DetailsPanel } from './DetailsPanel';
import { ErrorPanel } from './ErrorPanel';
import { LoadingStatus } from './LoadingStatus';
import { Notices } from './Notices';
import { ZoomControls } from './ZoomControls';
import { PageSettings, useThemeAttribute } from './PageSettings';
import { OriginNotice } from './OriginNotice';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { PrintList, usePrinting } from './PrintList';
import type { ViewConfig } from '../state/urlConfig';
import { NARROW_QUERY, matchesMedia, subscribeMedia } from './media';
import { selectFilteredEvents } from '../state/selectors';

const subscribeNarrow = subscribeMedia(NARROW_QUERY);

// The embed dialog is code-split: the first paint does not need it.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** The main page. */
export function MainPage({ config }: { config: ViewConfig }) {
  const hasCustomData = config.data !== null;
  const store = useStore();
  const { t } = useLocale();
  const load = useAppState((s) => s.load);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const narrow = useSyncExternalStore(subscribeNarrow, () => matchesMedia(NARROW_QUERY));
  const shown = useAppState((s) => selectFilteredEvents(s).length);
  const printing = usePrinting();
  useThemeAttribute();
  const refocus = useCallback((id: string) => store.requestView({ kind: 'focus', id }), [store]);

  const timeline = load.status === 'ready' ? load.timeline : null;
  // The tab and the history list name the relationship, not just the app.
  useEffect(() => {
    document.title = timeline ? `${timeline.title} — ${t('app.name')}` : t('app.name');
  }, [timeline, t]);
  return (
    <div className="page" id="timeline-root" data-status={load.status}>
      {timeline && <a className="skip-link" href="#event-list">{t('app.skip')}</a>}
      <header className="page-header">
        <div className="titles">
          <h1 dir="auto">{timeline?.title ?? t('app.name')}</h1>
          {timeline && <p className="description" dir="auto">{timeline.description}</p>}
          <OriginNotice />
        </div>
        <div className="header-actions">
          <PageSettings />
          {timeline && <button ref={embedButton} type="button" className="embed-button" onClick={() => setEmbedOpen(true)}>{t('toolbar.embed')}</button>}
        </div>
      </header>
      <Notices />
      {load.status === 'loading' && <main><LoadingStatus /></main>}
      {load.status === 'error' && <main><ErrorPanel failure={load.failure} url={load.url} problems={load.problems} offerDefault={hasCustomData} /></main>}
      {timeline && (
        <main className="layout">
          <section className="chart" aria-label={t('timeline.label', { title: timeline.title })}>
            {narrow ? (
              <details className="filters-disclosure">
                <summary>{t('filters.label')} · {t('filters.count', { shown, count: timeline.events.length })}</summary>
                <Filters timeline={timeline} />
              </details>
            ) : (
              <Filters timeline={timeline} />
            )}
            <ZoomControls compact={narrow} />
            <TimelineView compact={narrow} />
          </section>
          <section className="list" id="event-list" tabIndex={-1} aria-label={t('list.label')}>
            <EventList timeline={timeline} />
          </section>
          <SelectionAnnouncer />
          <DetailsPanel timeline={timeline} onClose={refocus} hint />
          {printing && <PrintList timeline={timeline} />}
        </main>
      )}
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog config={config} onClose={() => {
            setEmbedOpen(false);
            // Browsers restore focus only if it was inside the dialog when it closed; be sure.
            embedButton.current?.focus();
          }} />
        </Suspense>
      )}
    </div>
  );
}
