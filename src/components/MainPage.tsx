/**
 * The full page's chrome, rendered into the slots index.html reserves around the chart (which
 * is drawn before React arrives): the header, the toolbar, the story player (over the chart),
 * the details, the list, notices, the error panel and the embed dialog. Each slot has its size
 * before React fills it, so the chart never moves when the chrome appears. While a story is
 * told on a phone, the details sheet waits until the reader asks for it (it would cover the
 * story).
 */
import { lazy, Suspense, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useAppState, useConfig, useLocale, useTimeline } from './context';
import { ChartToolbar } from './ChartToolbar';
import { EventList } from './EventList';
import { DetailsPanel } from './DetailsPanel';
import { ErrorPanel } from './ErrorPanel';
import { LoadingStatus } from './LoadingStatus';
import { Notices } from './Notices';
import { PageSettings } from './PageSettings';
import { DownloadMenu } from './DownloadMenu';
import { OriginNotice } from './OriginNotice';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { PrintList, usePrinting } from './PrintList';
import { PrintStory } from './PrintStory';
import { StoryPlayer } from './StoryPlayer';
import { StoryLauncher } from './StoryLauncher';
import { StoryAnnouncer } from './StoryAnnouncer';
import { useStoryChrome } from './useStoryChrome';
import { selectStory } from '../state/selectors';
import { NARROW_QUERY, matchesMedia, subscribeMedia } from '../render/media';

const subscribeNarrow = subscribeMedia(NARROW_QUERY);

// The embed dialog is code-split: reading the timeline does not need it.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** Renders `children` into the element with this id, if the page has one. */
function Slot({ id, children }: { id: string; children: ReactNode }) {
  const node = document.getElementById(id);
  return node ? createPortal(children, node) : null;
}

/** The main page's chrome. */
export function MainPage() {
  const { t } = useLocale();
  const config = useConfig();
  const load = useAppState((s) => s.load);
  const timeline = useTimeline();
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const narrow = useSyncExternalStore(subscribeNarrow, () => matchesMedia(NARROW_QUERY));
  const printing = usePrinting();
  const story = useAppState(selectStory);
  // On a phone the details of a story's event open only when asked (the sheet would cover it).
  const storyChrome = useStoryChrome(narrow);

  // One launcher: in the header's actions on wide screens, beside the title on phones.
  const storyLauncher = <StoryLauncher ref={storyChrome.launcher} onOpen={storyChrome.onOpen} />;
  const settings = (
    <div className="header-actions">
      {!narrow && storyLauncher}
      <PageSettings />
      {timeline && <DownloadMenu />}
      {timeline && <button ref={embedButton} type="button" className="embed-button" onClick={() => setEmbedOpen(true)}>{t('toolbar.embed')}</button>}
    </div>
  );
  return (
    <>
      <Slot id="slot-header">
        {timeline && <a className="skip-link" href="#event-list">{t('app.skip')}</a>}
        <div className="titles">
          <h1 dir="auto">{timeline?.title ?? t('app.name')}</h1>
          <OriginNotice />
          {timeline && <p className="description" dir="auto" title={timeline.description}>{timeline.description}</p>}
        </div>
        {narrow ? storyLauncher : settings}
      </Slot>
      <Slot id="slot-toolbar">{timeline && <ChartToolbar timeline={timeline} compact={narrow} />}</Slot>
      <Slot id="slot-story">
        <StoryPlayer {...storyChrome.player} />
      </Slot>
      <Slot id="slot-status">
        {load.status === 'loading' && <LoadingStatus />}
        {load.status === 'error' && <ErrorPanel failure={load.failure} url={load.url} problems={load.problems} offerDefault={config.data !== null} />}
      </Slot>
      <Slot id="slot-details">
        {timeline && storyChrome.detailsShown && (
          <DetailsPanel timeline={timeline} variant={narrow ? 'sheet' : 'column'} hint={!narrow} onClose={storyChrome.closeDetails} />
        )}
      </Slot>
      <Slot id="event-list">
        {timeline && (
          <section aria-label={t('list.label')}>
            <EventList timeline={timeline} />
          </section>
        )}
      </Slot>
      <Slot id="slot-footer">{narrow && settings}</Slot>
      <Slot id="slot-notices">
        <Notices />
        <SelectionAnnouncer />
        <StoryAnnouncer />
      </Slot>
      {timeline && printing && <Slot id="slot-print">{story ? <PrintStory story={story} timeline={timeline} /> : <PrintList timeline={timeline} />}</Slot>}
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => {
            setEmbedOpen(false);
            // Browsers restore focus only if it was inside the dialog when it closed; be sure.
            embedButton.current?.focus();
          }} />
        </Suspense>
      )}
    </>
  );
}
