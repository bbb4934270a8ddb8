/**
 * The reader's own story chrome inside the editor's preview, on the preview's store and
 * actions: the page's story player (title card, steps, Previous / Next, progress, leaving) with
 * its polite announcements, and, while stories are being written, the reader's zoom, lane and
 * filter controls, with which an author sets up a view to take as a step. The same components
 * as the page, so what the author previews is what readers get.
 */
import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { AppContext, type ChromeApp } from '../../components/context';
import { StoryPlayer } from '../../components/StoryPlayer';
import { StoryAnnouncer } from '../../components/StoryAnnouncer';
import { ZoomControls } from '../../components/ZoomControls';
import { Filters } from '../../components/Filters';
import { selectTimeline } from '../../state/selectors';
import { DEFAULT_CONFIG } from '../../state/urlConfig';
import { useEditor, useText } from './context';
import { Disclosure } from './Disclosure';

// Requests for focus in the player: a Preview button asks, and gets focus back when the author
// leaves the story. One editor per page, so one channel.
const focusRequests = { count: 0, returnTo: null as HTMLElement | null, listeners: new Set<() => void>() };

/** Puts focus in the preview's story player once it shows; `returnTo` gets it back when the author leaves the story. */
export function focusPreviewPlayer(returnTo: HTMLElement | null): void {
  focusRequests.count++;
  focusRequests.returnTo = returnTo;
  for (const listener of focusRequests.listeners) listener();
}

const subscribeFocus = (listener: () => void) => {
  focusRequests.listeners.add(listener);
  return () => void focusRequests.listeners.delete(listener);
};

/** The reader's context over the preview's machinery. */
function PreviewReader({ children }: { children: ReactNode }) {
  const { preview } = useEditor().app;
  const value = useMemo<ChromeApp>(() => ({ store: preview.store, actions: preview.actions, view: preview.view, config: DEFAULT_CONFIG }), [preview]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

/** The story player over the preview chart, and its announcements; nothing while no story is told. */
export function PreviewStoryPlayer() {
  const request = useSyncExternalStore(subscribeFocus, () => focusRequests.count);
  return (
    <PreviewReader>
      <StoryPlayer focusRequest={request} onLeave={() => focusRequests.returnTo?.isConnected && focusRequests.returnTo.focus()} />
      <StoryAnnouncer />
    </PreviewReader>
  );
}

/** The reader's zoom, lane and filter controls for the preview. */
export function PreviewViewBar() {
  const { t } = useText();
  const { store } = useEditor().app.preview;
  const timeline = useSyncExternalStore(store.subscribe, () => selectTimeline(store.get()));
  if (!timeline) return null;
  return (
    <PreviewReader>
      <div className="preview-view-bar" role="group" aria-label={t('stories.viewControls')}>
        <ZoomControls />
        <Disclosure summary={t('filters.label')} initiallyOpen={false} className="preview-filters">
          <Filters timeline={timeline} />
        </Disclosure>
      </div>
    </PreviewReader>
  );
}
