/**
 * The embed: the same pipeline and renderer as the main page with compact chrome — a one-line
 * title, the timeline, details in a drawer, a compact filter menu, a source line, and a link
 * to the full timeline that carries the current view. A plain wheel scrolls the host page;
 * Ctrl/⌘ + wheel (or a click into the timeline first) zooms.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { NARROW_QUERY, matchesMedia, subscribeMedia } from './media';
import { useAppState, useLocale, useStore } from './context';
import { TimelineView } from './TimelineView';
import { DetailsPanel } from './DetailsPanel';
import { ErrorPanel } from './ErrorPanel';
import { LoadingStatus } from './LoadingStatus';
import { Filters } from './Filters';
import { ZoomControls } from './ZoomControls';
import { useThemeAttribute } from './PageSettings';
import { OriginNotice } from './OriginNotice';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { openExternal } from './openExternal';
import type { ViewConfig } from '../state/urlConfig';
import { selectFilteredEvents } from '../state/selectors';
import { fullPageUrl } from '../embed/fullPageUrl';
import { isolate } from '../i18n/isolate';

const subscribeNarrow = subscribeMedia(NARROW_QUERY);

/** Props of EmbedPage. */
export interface EmbedPageProps {
  /** The embed's URL options. */
  config: ViewConfig;
}

/** The embed page. */
export function EmbedPage({ config }: EmbedPageProps) {
  const store = useStore();
  const { t } = useLocale();
  const load = useAppState((s) => s.load);
  const shown = useAppState((s) => selectFilteredEvents(s).length);
  const [menuOpen, setMenuOpen] = useState(false);
  const narrow = useSyncExternalStore(subscribeNarrow, () => matchesMedia(NARROW_QUERY));
  const [hint, setHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useThemeAttribute();
  const refocus = useCallback((id: string) => store.requestView({ kind: 'focus', id }), [store]);
  const showHint = useCallback(() => {
    setHint(true);
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(false), 2500);
  }, []);
  useEffect(() => () => clearTimeout(hintTimer.current), []);

  const timeline = load.status === 'ready' ? load.timeline : null;
  return (
    <div className={`embed controls-${config.controls}`} id="timeline-root" data-status={load.status}>
      <OriginNotice />
      {load.status === 'loading' && <LoadingStatus />}
      {load.status === 'error' && <ErrorPanel failure={load.failure} url={load.url} problems={load.problems} offerDefault={false} />}
      {timeline && (
        <main aria-label={t('embed.label', { title: timeline.title })}>
          {config.title && <h1 className="embed-title" dir="auto">{timeline.title}</h1>}
          {config.controls !== 'none' && (
            <div className="embed-controls">
              {config.controls === 'full' && (
                <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="embed-filters" onClick={() => setMenuOpen(!menuOpen)}>
                  {t('embed.filters')} · {t('filters.count', { shown, count: timeline.events.length })}
                </button>
              )}
              <ZoomControls compact={narrow} />
            </div>
          )}
          {menuOpen && (
            <div id="embed-filters" className="embed-menu">
              <Filters timeline={timeline} compact />
            </div>
          )}
          <TimelineView wheelNeedsModifier onWheelHint={showHint} compact={narrow} />
          <p className="wheel-hint" aria-live="polite">{hint ? t('timeline.wheelHint') : ''}</p>
          <SelectionAnnouncer />
          <DetailsPanel timeline={timeline} onClose={refocus} />
        </main>
      )}
      <footer className="embed-footer">
        {timeline && <span>{t('embed.source', { title: isolate(timeline.title) })}</span>}
        <FullTimelineLink config={config} />
      </footer>
    </div>
  );
}

/**
 * "Open the full timeline" at the current view. Its own component, so that following the view
 * on every zoom frame re-renders this link and nothing else.
 */
function FullTimelineLink({ config }: { config: ViewConfig }) {
  const { t } = useLocale();
  const href = useAppState((s) => fullPageUrl(s, config, location.href));
  const [blocked, setBlocked] = useState<string | null>(null);
  return (
    <>
      <a href={href} target="_blank" rel="noopener"
        onClick={(e) => {
          e.preventDefault();
          setBlocked(openExternal(href) ? null : href);
        }}>
        {t('embed.openFull')} <span aria-hidden="true">↗</span>
      </a>
      {blocked && <p role="alert" className="blocked">{t('embed.popupBlocked', { url: blocked })}</p>}
    </>
  );
}
