/**
 * Tells screen readers, politely, where the story is whenever it moves (a click, a key, the
 * URL, Back, a host's message, autoplay): the title card's title, or the step's number, heading
 * and caption. Always mounted, so that the first change is heard too.
 */
import { useAppState, useLocale, useTimeline } from './context';
import { selectStory } from '../state/selectors';
import { stepAnnouncement } from './storyText';

/** A visually hidden live region for the story. */
export function StoryAnnouncer() {
  const locale = useLocale();
  const timeline = useTimeline();
  const story = useAppState(selectStory);
  const step = useAppState((s) => s.story?.step ?? 0);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {story && timeline ? stepAnnouncement(story, step, timeline, locale) : ''}
    </p>
  );
}
