/**
 * The full page: title, settings, filters, the zoomable timeline, the list and the details
 * panel. The element with data-status tells tests and tools whether it is loading, ready or
 * failed.
 */
import { useCallback } from 'react';
import { useAppState, useLocale, useStore } from './context';
import { Filters } from './Filters';
import { TimelineView } from './TimelineView';
import { EventList } from './EventList';
import { DetailsPanel } from './DetailsPanel';
import { ErrorPanel } from './ErrorPanel';
import { Notices } from './Notices';
import { ZoomControls } from './ZoomControls';
import { PageSettings, useThemeAttribute } from './PageSettings';
import { OriginNotice } from './OriginNotice';

/** The main page. */
export function MainPage({ hasCustomData }: { hasCustomData: boolean }) {
  const store = useStore();
  const { t } = useLocale();
  const load = useAppState((s) => s.load);
  useThemeAttribute();
  const refocus = useCallback((id: string) => store.requestView({ kind: 'focus', id }), [store]);

  const timeline = load.status === 'ready' ? load.timeline : null;
  return (
    <div className="page" id="timeline-root" data-status={load.status}>
      <a className="skip-link" href="#event-list">{t('app.skip')}</a>
      <header className="page-header">
        <div className="titles">
          <h1>{timeline?.title ?? '\u00a0'}</h1>
          {timeline && <p className="description">{timeline.description}</p>}
          <OriginNotice />
        </div>
        <div className="header-actions">
          <PageSettings />
        </div>
      </header>
      <Notices />
      {load.status === 'loading' && <p className="loading" role="status">{t('app.loading')}</p>}
      {load.status === 'error' && <ErrorPanel failure={load.failure} url={load.url} problems={load.problems} offerDefault={hasCustomData} />}
      {timeline && (
        <main className="layout">
          <section className="chart" aria-label={t('timeline.label', { title: timeline.title })}>
            <Filters timeline={timeline} />
            <ZoomControls />
            <TimelineView />
          </section>
          <section className="list" id="event-list" tabIndex={-1} aria-label={t('list.label')}>
            <EventList timeline={timeline} />
          </section>
          <DetailsPanel timeline={timeline} onClose={refocus} />
        </main>
      )}
    </div>
  );
}
