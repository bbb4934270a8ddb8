/**
 * The chart's slot in the page. React renders an empty div and hands it to the renderer, which
 * owns everything inside; React never renders children into it.
 */
import { useEffect, useRef } from 'react';
import { createTimelineRenderer } from '../render/createTimelineRenderer';
import { useLocale, useStore } from './context';
import { prefersReducedMotion } from './media';

/** Props of TimelineView. */
export interface TimelineViewProps {
  /** Plain wheel scrolls the host page unless Ctrl/⌘ or a click first (embeds). */
  wheelNeedsModifier?: boolean;
  /** Called when a plain wheel passed through, to show a hint. */
  onWheelHint?: () => void;
  /** The compact overview for phones. */
  compact?: boolean;
}

/** The zoomable timeline. */
export function TimelineView({ wheelNeedsModifier = false, onWheelHint, compact = false }: TimelineViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useStore();
  const { t, locale, rtl } = useLocale();
  const hint = useRef(onWheelHint);
  hint.current = onWheelHint;

  useEffect(() => {
    const renderer = createTimelineRenderer(ref.current!, store, {
      t,
      locale,
      rtl,
      wheelNeedsModifier,
      onWheelHint: () => hint.current?.(),
      reducedMotion: prefersReducedMotion,
      compact,
    });
    return () => renderer.destroy();
  }, [store, t, locale, rtl, wheelNeedsModifier, compact]);

  return <div ref={ref} className="tl-viewport" dir="ltr" />;
}
