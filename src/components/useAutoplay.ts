/**
 * Autoplay for a story: off until the reader asks, never offered to readers who prefer less
 * motion. Each step stays for the time it takes to read (readingTime), counted from when the
 * chart has settled on it, then the story moves on; it stops by itself on the last step.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { readingTime, type Story } from '../model/stories';
import { matchesMedia, subscribeMedia } from '../render/media';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const subscribeReduced = subscribeMedia(REDUCED_MOTION);

/** What the player needs to offer autoplay. */
export interface Autoplay {
  /** Whether autoplay may be offered at all (not under reduced motion). */
  available: boolean;
  /** Whether it is playing. */
  playing: boolean;
  /** Starts or pauses it. */
  toggle(): void;
}

/** Autoplay over a story at `step`; `settled` says the chart has stopped moving; `go` moves on. */
export function useAutoplay(story: Story, step: number, settled: boolean, go: (step: number) => void): Autoplay {
  const reduced = useSyncExternalStore(subscribeReduced, () => matchesMedia(REDUCED_MOTION), () => false);
  const [playing, setPlaying] = useState(false);
  const last = step >= story.steps.length;
  const on = playing && !reduced;

  useEffect(() => {
    if (!on || !settled || step < 1) return;
    const timer = setTimeout(() => (last ? setPlaying(false) : go(step + 1)), readingTime(story.steps[step - 1]));
    return () => clearTimeout(timer);
  }, [on, settled, step, last, story, go]);

  return { available: !reduced, playing: on, toggle: () => setPlaying(!on) };
}
