/**
 * One story's form: its title (its id follows until the story is saved), summary and id, a
 * preview from its title card in the preview's player, its steps (StepList) and the ways to
 * add one (StepAdders). A story plays in the preview only as it validates; until then the
 * preview buttons are off and say why.
 */
import { useId, useMemo, useSyncExternalStore } from 'react';
import { listOf, textOf, type Path } from '../../document';
import { removeStoryAt, setStoryTitle } from '../../storyEdits';
import { problemsNotShown } from '../../problemIndex';
import { findStory } from '../../../model/stories';
import { selectStories } from '../../../state/selectors';
import { ProblemList, TextField } from '../fields';
import { useEdit, useEditor, useProblems, useSession, useStore, useText } from '../context';
import { focusPreviewPlayer } from '../PreviewStory';
import { StepList } from './StepList';
import { StepAdders } from './StepAdders';

const OWN_FIELDS = ['id', 'title', 'summary', 'steps'];

/** Props of StoryForm. */
export interface StoryFormProps {
  /** The story's index in `stories`. */
  index: number;
  /** Says, politely, what an edit did. */
  announce: (message: string) => void;
  /** The story was deleted (its title and index), one undo step. */
  onDeleted: (title: string, index: number) => void;
}

/** Whether the preview can play the story with this id now (it validates, so the preview has it). */
export function usePlayable(id: string): boolean {
  const { store } = useEditor().app.preview;
  return useSyncExternalStore(store.subscribe, () => findStory(selectStories(store.get()), id) !== null);
}

/** Opens the story in the preview's player at `step` (0: its title card) and puts focus there. */
export function usePreviewStory(id: string): (step: number, from: HTMLElement) => void {
  const { actions } = useEditor().app.preview;
  return (step, from) => {
    if (actions.openStory(id, step) === 'opened') focusPreviewPlayer(from);
  };
}

/** The form of the story at `index`. */
export function StoryForm({ index, announce, onDeleted }: StoryFormProps) {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const problems = useProblems();
  const headingId = useId();
  const base = useSession((s) => s.open?.base ?? null);
  const savedIds = useMemo(() => new Set(base ? listOf(base, 'stories').map((s) => textOf(s.id)) : []), [base]);
  const story = listOf(store, 'stories')[index];
  const id = textOf(story?.id);
  const playable = usePlayable(id);
  const preview = usePreviewStory(id);
  if (!story) return null;
  const at = (...rest: (string | number)[]): Path => ['stories', index, ...rest];
  const title = textOf(story.title);

  return (
    <section className="item-form story-form" aria-labelledby={headingId}>
      <div className="item-form-head">
        <h2 id={headingId} dir="auto">{title || t('stories.untitled')}</h2>
        <button
          type="button"
          className="danger"
          onClick={() => {
            edit.apply((s) => removeStoryAt(s, index));
            edit.seal();
            onDeleted(title || id, index);
          }}
        >
          {t('stories.delete')}
        </button>
      </div>
      <ProblemList problems={problemsNotShown(problems, at(), OWN_FIELDS.map((f) => at(f)))} />
      <TextField path={at('title')} label={t('field.title')} change={(s, text) => setStoryTitle(s, index, text, savedIds)} />
      <TextField path={at('summary')} label={t('field.summary')} help={t('stories.summaryHelp')} multiline optional />
      <TextField path={at('id')} label={t('field.id')} help={t('stories.idHelp', { id: id || '…' })} />
      <div className="button-row">
        <button type="button" disabled={!playable} onClick={(e) => preview(0, e.currentTarget)}>{t('stories.previewCard')}</button>
        {!playable && <span className="muted">{t('stories.notPlayable')}</span>}
      </div>
      <StepList index={index} announce={announce} playable={playable} preview={preview} />
      <StepAdders index={index} announce={announce} />
    </section>
  );
}
