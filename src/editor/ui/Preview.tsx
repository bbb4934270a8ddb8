/**
 * The live preview: the reader's own chart (createChart on the preview's store, view and
 * actions, as src/mountChart.ts mounts it) drawing the store as it is edited. A new store is
 * shown whole; an edit keeps the window (setDataset 'keep'). Updates are coalesced to one per
 * animation frame. What cannot be drawn yet is left out and said (see preview.ts). Stories play
 * over it in the reader's player, and while they are written it has the reader's view controls
 * (PreviewStory.tsx).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createChart, type Chart } from '../../render/createChart';
import { NARROW_QUERY, matchesMedia, prefersReducedMotion } from '../../render/media';
import { previewOf } from '../preview';
import type { EditableStore } from '../document';
import { useEditor, useText } from './context';
import { PreviewStoryPlayer, PreviewViewBar } from './PreviewStory';

/** The preview section. */
export function Preview() {
  const { app, place } = useEditor();
  const stories = place.panel === 'stories';
  const { t } = useText();
  const container = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [info, setInfo] = useState<{ hidden: number; drawn: boolean; stale: boolean }>({ hidden: 0, drawn: false, stale: false });

  useEffect(() => {
    const { session, preview } = app;
    let chart: Chart | null = null;
    let frame = 0;
    let lastStore: EditableStore | null = null;
    let shownOpen = -1; // the `opened` count of the store last drawn whole
    const update = () => {
      frame = 0;
      const state = session.get();
      if (!state.open || state.history.present === lastStore) return;
      lastStore = state.history.present;
      const drawable = previewOf(lastStore);
      const fresh = state.opened !== shownOpen;
      if (drawable) {
        preview.actions.setDataset(drawable.dataset, fresh ? 'fit' : 'keep');
        shownOpen = state.opened;
        chart ??= createChart(container.current!, preview.store, preview.view, preview.actions, {
          wheelNeedsModifier: false,
          reducedMotion: prefersReducedMotion,
          overview: matchesMedia(NARROW_QUERY),
          fill: true,
        });
      } else if (fresh && chart) {
        // A newly opened store that cannot be drawn must not leave the previous one on screen.
        chart.destroy();
        chart = null;
      }
      setInfo({ hidden: drawable?.hiddenEvents ?? 0, drawn: chart !== null, stale: drawable === null });
    };
    const schedule = () => void (frame ||= requestAnimationFrame(update));
    const unsubscribe = session.subscribe(schedule);
    schedule();
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      chart?.destroy();
    };
  }, [app]);

  return (
    <section className="editor-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('preview.title')}</h2>
      <p className="muted preview-note" role="status">
        {info.stale ? t('preview.stale') : info.hidden > 0 ? t('preview.hidden', { count: info.hidden }) : info.drawn ? t(stories ? 'stories.previewHelp' : 'preview.help') : ''}
      </p>
      {stories && <PreviewViewBar />}
      <div className="chart-stage">
        <div ref={container} className="tl-viewport preview-chart" dir="ltr" data-drawn={info.drawn} />
        <PreviewStoryPlayer />
      </div>
    </section>
  );
}
