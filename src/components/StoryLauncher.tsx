/**
 * Where a reader starts a story told by the data: a button for one story, a menu for several.
 * Nothing when the data tells none.
 */
import { forwardRef, type Ref } from 'react';
import { useActions, useAppState, useLocale } from './context';
import { selectStories } from '../state/selectors';

/** Props of StoryLauncher. */
export interface StoryLauncherProps {
  /** Called once a story is open (the page moves focus into the player). */
  onOpen: () => void;
}

/** The launcher; its ref is the control focus returns to when the reader leaves a story. */
export const StoryLauncher = forwardRef<HTMLElement, StoryLauncherProps>(function StoryLauncher({ onOpen }, ref) {
  const actions = useActions();
  const { t } = useLocale();
  const stories = useAppState(selectStories);
  const open = (id: string) => actions.openStory(id) === 'opened' && onOpen();
  if (stories.length === 0) return null;
  if (stories.length === 1) {
    const [story] = stories;
    return (
      <button ref={ref as Ref<HTMLButtonElement>} type="button" className="story-open" title={t('story.openNamed', { title: story.title })} onClick={() => open(story.id)}>
        <span aria-hidden="true">▶ </span>{t('story.open')}
      </button>
    );
  }
  return (
    <select ref={ref as Ref<HTMLSelectElement>} className="story-open" aria-label={t('story.choose')} value="" onChange={(e) => open(e.currentTarget.value)}>
      <option value="" disabled>{t('story.choose')}</option>
      {stories.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
    </select>
  );
});
