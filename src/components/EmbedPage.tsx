/**
 * The embed's chrome, rendered into the slots embed.html reserves around the chart: a one-line
 * title, the toolbar, the details, the story player and the error over the chart (inside the
 * frame, where they can be read), and a footer with the source, the story launcher, the
 * Download menu (with `controls=full`) and a link to the full timeline at this view. While a
 * story is told the details open only when the reader asks (over the chart they would hide it).
 */
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { NARROW_QUERY, matchesMedia, subscribeMedia } from '../render/media';
import { useAppState, useConfig, useLocale, useTimeline } from './context';
import { DetailsPanel } from './DetailsPanel';
import { ErrorPanel } from './ErrorPanel';
import { ChartToolbar } from './ChartToolbar';
import { DownloadMenu } from './DownloadMenu';
import { Notices } from './Notices';
import { LoadingStatus } from './LoadingStatus';
import { isolate } from '../i18n/isolate';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { openExternal } from './openExternal';
import { fullPageUrl } from '../embed/fullPageUrl';
import { StoryPlayer } from './StoryPlayer';
import { StoryLauncher } from './StoryLauncher';
import { StoryAnnouncer } from './StoryAnnouncer';
import { useStoryChrome } from './useStoryChrome';

const subscribeNarrow = subscribeMedia(NARROW_QUERY);

function Slot({ id, children }: { id: string; children: ReactNode }) {
  const node = document.getElementById(id);
  return node ? createPortal(children, node) : null;
}

/** The embed page's chrome. */
export function EmbedPage() {
  const { t } = useLocale();
  const config = useConfig();
  const load = useAppState((s) => s.load);
  const origin = useAppState((s) => s.dataOrigin);
  const timeline = useTimeline();
  const narrow = useSyncExternalStore(subscribeNarrow, () => matchesMedia(NARROW_QUERY));
  // Over the chart the details would hide the story: during one they open when asked.
  const storyChrome = useStoryChrome(true);

  return (
    <>
      <Slot id="slot-title">{timeline && config.title && <h1 className="embed-title" dir="auto" title={timeline.title}>{timeline.title}</h1>}</Slot>
      <Slot id="slot-toolbar">{timeline && config.controls !== 'none' && <ChartToolbar timeline={timeline} compact={narrow} filters={config.controls === 'full'} />}</Slot>
      <Slot id="slot-stage">
        {load.status === 'loading' && <LoadingStatus />}
        {load.status === 'error' && <ErrorPanel failure={load.failure} url={load.url} problems={load.problems} offerDefault={false} />}
        {timeline && storyChrome.detailsShown && <DetailsPanel timeline={timeline} variant="overlay" onClose={storyChrome.closeDetails} />}
      </Slot>
      <Slot id="slot-story">
        <StoryPlayer {...storyChrome.player} />
      </Slot>
      <Slot id="slot-footer">
        {origin ? <span className="origin-notice" role="note">{t('origin.notice', { origin })}</span> : timeline && <span className="embed-source">{t('embed.source', { title: isolate(timeline.title) })}</span>}
        <StoryLauncher ref={storyChrome.launcher} onOpen={storyChrome.onOpen} />
        {/* The toolbar has no room to spare at some widths; the footer, with the way out to the full timeline, has. */}
        {timeline && config.controls === 'full' && <DownloadMenu compact />}
        <FullTimelineLink />
      </Slot>
      <Slot id="slot-notices">
        <Notices />
        <SelectionAnnouncer />
        <StoryAnnouncer />
      </Slot>
    </>
  );
}

/**
 * "Open the full timeline" at the current view. Its own component, so that following the view
 * re-renders this link and nothing else.
 */
function FullTimelineLink() {
  const { t } = useLocale();
  const config = useConfig();
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
