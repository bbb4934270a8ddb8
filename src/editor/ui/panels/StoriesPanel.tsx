/**
 * The stories: the list, a new story, and the chosen story's form (StoryForm). What the panel
 * did is said in a polite status line (a step moved, added, removed; a story deleted, with
 * Undo beside it). Leaving the panel ends any story playing in the preview, so that its steps
 * no longer select events there.
 */
import { useCallback, useEffect, useState } from 'react';
import { listOf, textOf, type EditableStore } from '../../document';
import { newStory } from '../../storyEdits';
import { useEdit, useEditor, useSession, useStore, useText } from '../context';
import { ItemList } from './ItemList';
import { StoryForm } from './StoryForm';

/** A story just deleted: its title, its index and the store right after, while Undo can bring it back. */
interface Deleted {
  title: string;
  index: number;
  after: EditableStore;
}

/** The Stories panel. */
export function StoriesPanel() {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const { app, place, go } = useEditor();
  const present = useSession((s) => s.history.present);
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const stories = listOf(store, 'stories');
  const rows = stories.map((story, index) => ({
    index,
    title: textOf(story.title) || t('stories.untitled'),
    detail: t('stories.stepCount', { count: listOf(story, 'steps').length }),
    search: `${textOf(story.title)} ${textOf(story.id)} ${textOf(story.summary)}`,
  }));
  const chosen = place.index !== null && place.index < stories.length ? place.index : null;

  useEffect(() => () => app.preview.actions.exitStory(), [app]);
  const announce = useCallback((message: string) => {
    setDeleted(null);
    setStatus(message);
  }, []);

  const add = () => {
    edit.apply((s) => newStory(s).store);
    edit.seal();
    setStatus('');
    go({ panel: 'stories', index: stories.length }, ['stories', stories.length, 'title']);
  };
  const onDeleted = (title: string, index: number) => {
    setDeleted({ title, index, after: app.session.get().history.present });
    setStatus(t('stories.deleted', { title }));
    go({ panel: 'stories', index: null }, ['stories-list']);
  };
  const undoDelete = () => {
    if (!deleted) return;
    app.session.undo();
    setDeleted(null);
    setStatus('');
    go({ panel: 'stories', index: deleted.index }, ['stories', deleted.index, 'title']);
  };

  return (
    <div className="list-panel stories-panel">
      <div>
        <button type="button" onClick={add}>{t('stories.add')}</button>
        <ItemList list="stories" rows={rows} label={t('stories.list')} empty={t('stories.none')} find={t('stories.find')} />
      </div>
      <div className="story-status">
        <p role="status">{status}</p>
        {deleted && deleted.after === present && <button type="button" onClick={undoDelete}>{t('editor.undo')}</button>}
      </div>
      {chosen !== null ? (
        <StoryForm key={chosen} index={chosen} announce={announce} onDeleted={onDeleted} />
      ) : (
        <p className="muted pick">{t('stories.pick')}</p>
      )}
    </div>
  );
}
