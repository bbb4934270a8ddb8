/**
 * One step of a story: its handle for dragging, its number and heading, Move up / Move down,
 * a preview from it and its removal; then what it shows (an event, chosen from the store's
 * events, or a window with its dates, filters and lanes, which can be re-taken from the
 * preview), its caption with a count of characters, and its optional title. Each problem sits
 * beside its field; the step's other problems (a window that shows none of the data, a filter
 * naming an unknown category) at its top.
 */
import { useId, type DragEvent, type KeyboardEvent } from 'react';
import { formatPath } from '../../../data/problems';
import { MAX_CAPTION_LENGTH } from '../../../data/schema';
import { removeStep, replaceStep } from '../../../model/stories';
import { getIn, listOf, textOf, type Item, type Path } from '../../document';
import { retakeView, updateStory } from '../../storyEdits';
import { problemsNotShown } from '../../problemIndex';
import { ProblemList, SelectField, TextField } from '../fields';
import { DateField } from '../DateField';
import { useEdit, useEditor, useProblems, useStore, useText } from '../context';
import { stepDatesText, stepViewText } from './stepViewText';
import { previewViewNow, useHasPreviewView } from './StepAdders';

const SHOWN = ['title', 'caption', 'event', 'from', 'to'];

/** Props of StepCard. */
export interface StepCardProps {
  /** The story's index. */
  story: number;
  /** The step's index (0-based). */
  index: number;
  /** How many steps the story has. */
  count: number;
  /** Where a dragged step would land relative to this one, or this is the one dragged. */
  drop: 'before' | 'after' | 'dragged' | null;
  /** Moves this step to index `to`, keeping focus on `focused`. */
  onMove: (to: number, focused: HTMLElement | null) => void;
  /** Keys within the step (Alt+↑ / Alt+↓). */
  onKeyDown: (e: KeyboardEvent) => void;
  /** Drag and drop handlers. */
  drag: {
    onDragStart: (e: DragEvent) => void;
    onDragEnd: () => void;
    onDragOver: (e: DragEvent<HTMLElement>) => void;
    onDrop: (e: DragEvent) => void;
  };
  /** Says what an edit did. */
  announce: (message: string) => void;
  /** Whether the preview can play the story. */
  playable: boolean;
  /** Plays the story in the preview from a step. */
  preview: (step: number, from: HTMLElement) => void;
}

/** One step's card. */
export function StepCard({ story, index, count, drop, onMove, onKeyDown, drag, announce, playable, preview }: StepCardProps) {
  const store = useStore();
  const edit = useEdit();
  const { t, locale } = useText();
  const problems = useProblems();
  const headId = useId();
  const { app, go, place } = useEditor();
  const hasView = useHasPreviewView();
  const at = (...rest: (string | number)[]): Path => ['stories', story, 'steps', index, ...rest];
  const step = (getIn(store, at()) ?? {}) as Item;
  const events = listOf(store, 'events');
  const isWindow = step.event === undefined && (step.from !== undefined || step.to !== undefined);
  const heading = textOf(step.title) || (isWindow ? stepDatesText(step, t, locale) : textOf(events.find((e) => e.id === step.event)?.title) || textOf(step.event));
  const options = events.map((e) => ({ value: textOf(e.id), label: `${textOf(e.title) || textOf(e.id)} (${textOf(e.start)})` }));
  const act = (change: Parameters<typeof edit.apply>[0]) => (edit.apply(change), edit.seal());
  const caption = textOf(step.caption);

  return (
    <li
      data-step={index}
      data-path={formatPath(at())}
      tabIndex={-1}
      aria-labelledby={headId}
      className={`story-step${drop ? ` drop-${drop}` : ''}`}
      onKeyDown={onKeyDown}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
    >
      <div className="step-head">
        <span className="step-grip" draggable onDragStart={drag.onDragStart} onDragEnd={drag.onDragEnd} title={t('stories.drag')} aria-hidden="true">⠿</span>
        <h4 id={headId} dir="auto">{t('stories.stepOf', { n: index + 1, title: heading })}</h4>
      </div>
      {/* Each button is described by the step's heading: a list of buttons then says which step each moves. */}
      <div className="row-actions">
        <button type="button" data-part="up" aria-describedby={headId} disabled={index === 0} onClick={(e) => onMove(index - 1, e.currentTarget)}>{t('item.up')}</button>
        <button type="button" data-part="down" aria-describedby={headId} disabled={index === count - 1} onClick={(e) => onMove(index + 1, e.currentTarget)}>{t('item.down')}</button>
        <button type="button" data-part="preview" aria-describedby={headId} disabled={!playable} onClick={(e) => preview(index + 1, e.currentTarget)}>{t('stories.previewStep')}</button>
        <button
          type="button"
          className="danger"
          aria-describedby={headId}
          onClick={() => {
            act((s) => updateStory(s, story, (st) => removeStep(st, index)));
            announce(t('stories.removed', { n: index + 1 }));
            // Focus goes to the step that takes its place (the one before, for the last), or the list.
            go(place, count > 1 ? ['stories', story, 'steps', Math.min(index, count - 2)] : ['stories', story, 'steps']);
          }}
        >
          {t('stories.removeStep')}
        </button>
      </div>
      <ProblemList problems={problemsNotShown(problems, at(), SHOWN.map((f) => at(f)))} />
      {isWindow ? (
        <>
          <div className="field-row">
            <DateField path={at('from')} label={t('stories.from')} />
            <DateField path={at('to')} label={t('stories.to')} />
          </div>
          <div className="field-row with-button">
            <p className="muted step-view" dir="auto">{t('stories.shows', { view: stepViewText(step, store, t, locale) })}</p>
            <button
              type="button"
              data-part="retake"
              disabled={!hasView}
              onClick={() => {
                const view = previewViewNow(app.preview.store);
                if (!view) return;
                const next = retakeView(step, view);
                act((s) => updateStory(s, story, (st) => replaceStep(st, index, next)));
                announce(t('stories.retaken', { n: index + 1, view: stepViewText(next, store, t, locale) }));
              }}
            >
              {t('stories.retake')}
            </button>
          </div>
        </>
      ) : (
        <SelectField path={at('event')} label={t('stories.event')} options={options} />
      )}
      <TextField path={at('caption')} label={t('stories.caption')} help={t('stories.captionHelp', { count: caption.length, max: MAX_CAPTION_LENGTH })} multiline />
      <TextField path={at('title')} label={t('stories.stepTitle')} help={t('stories.stepTitleHelp')} optional />
    </li>
  );
}

