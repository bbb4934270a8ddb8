/**
 * A story's progress bar: one segment per step, filled up to the current one, each a button
 * that goes to its step. One tab stop (the current step's segment); ← / → on the player move
 * between steps and the focus follows to the new current segment.
 */
import type { Story } from '../model/stories';
import type { Timeline } from '../model/types';
import { useLocale } from './context';
import { stepHeading } from './storyText';

/** Props of StoryProgress. */
export interface StoryProgressProps {
  /** The story. */
  story: Story;
  /** The current step (1 … n). */
  step: number;
  /** The loaded timeline (for the steps' headings). */
  timeline: Timeline;
  /** Goes to a step. */
  onGo: (step: number) => void;
}

/** The progress bar. */
export function StoryProgress({ story, step, timeline, onGo }: StoryProgressProps) {
  const locale = useLocale();
  return (
    <ol className="story-progress" aria-label={locale.t('story.progress')}>
      {story.steps.map((s, i) => {
        const n = i + 1;
        return (
          <li key={i}>
            <button type="button" className={n < step ? 'done' : n === step ? 'current' : undefined} tabIndex={n === step ? 0 : -1}
              aria-current={n === step ? 'step' : undefined} onClick={() => onGo(n)}>
              <span className="visually-hidden" dir="auto">{locale.t('story.goTo', { n, title: stepHeading(s, timeline, locale) })}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
