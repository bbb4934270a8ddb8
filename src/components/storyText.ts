/**
 * A story step in words: its heading (the step's own title, else its event's, else its
 * window's dates) and what a screen reader hears when the story moves. Pure.
 */
import type { LocaleContext } from '../state/selectors';
import type { Story, StoryStep } from '../model/stories';
import type { Timeline } from '../model/types';
import { formatPartialDate } from '../model/format';
import { parsePartialDate } from '../model/dates';

/** The dates a window step shows, as the reader's language writes them. */
export function windowText(step: StoryStep, { locale, t }: LocaleContext): string {
  const [from, to] = [step.from!, step.to!].map((d) => formatPartialDate(parsePartialDate(d)!, locale));
  return t('date.range', { start: from, end: to });
}

/** A step's heading. */
export function stepHeading(step: StoryStep, timeline: Timeline, locale: LocaleContext): string {
  if (step.title) return step.title;
  if (step.event !== undefined) return timeline.byId.get(step.event)?.title ?? step.event;
  return windowText(step, locale);
}

/** What is announced, politely, when the story reaches a step (0: its title card). */
export function stepAnnouncement(story: Story, step: number, timeline: Timeline, locale: LocaleContext): string {
  const { t } = locale;
  const count = story.steps.length;
  if (step === 0) return t('story.announceCard', { title: story.title, intro: t('story.intro', { count }) });
  const s = story.steps[step - 1];
  return t('story.announce', { n: step, count, title: stepHeading(s, timeline, locale), caption: s.caption });
}
