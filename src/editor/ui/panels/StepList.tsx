/**
 * A story's steps in order, each a StepCard, reordered three ways: dragged by its handle with
 * the mouse (a line shows where it will land: before the step under the pointer's upper half,
 * after it under the lower half), with Move up / Move down, or with Alt+↑ / Alt+↓ anywhere in a
 * step (except in its caption and its selects, where Alt and the arrows already mean something).
 * Every move is one undo step and is announced ("Step 3 moved to position 2"); after a move by
 * keyboard, focus stays on the same control of the moved step.
 */
import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { formatPath } from '../../../data/problems';
import { getIn, listOf, type Item, type Path } from '../../document';
import { dropIndex, moveStoryStep } from '../../storyEdits';
import { ProblemList } from '../fields';
import { useEdit, useProblems, useStore, useText } from '../context';
import { StepCard } from './StepCard';

/** Where a dragged step is: its index, and the step and half it is over. */
interface Drag {
  from: number;
  over: number | null;
  after: boolean;
}

const STEP_TYPE = 'application/x-story-step';

/** Props of StepList. */
export interface StepListProps {
  /** The story's index. */
  index: number;
  /** Says what an edit did. */
  announce: (message: string) => void;
  /** Whether the preview can play the story. */
  playable: boolean;
  /** Plays the story in the preview from a step. */
  preview: (step: number, from: HTMLElement) => void;
}

/** The steps of the story at `index`. */
export function StepList({ index, announce, playable, preview }: StepListProps) {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const problems = useProblems();
  const list = useRef<HTMLOListElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [refocus, setRefocus] = useState<{ wanted: string | null; step: number } | null>(null);
  const stepsPath: Path = ['stories', index, 'steps'];
  const steps = listOf((getIn(store, ['stories', index]) ?? {}) as Item, 'steps');
  const count = steps.length;

  useLayoutEffect(() => {
    if (refocus === null) return;
    setRefocus(null);
    const find = (selector: string | null) => (selector ? list.current?.querySelector<HTMLElement>(selector) : null);
    (find(refocus.wanted) ?? find(`[data-step="${refocus.step}"]`))?.focus();
  }, [refocus]);

  /** Moves step `from` to index `to`; `focused` is the control to keep focus on (by its path or part). */
  const move = (from: number, to: number, focused: HTMLElement | null) => {
    if (to < 0 || to >= count || to === from) return;
    edit.apply((s) => moveStoryStep(s, index, from, to));
    edit.seal();
    announce(t('stories.moved', { from: from + 1, to: to + 1 }));
    if (!focused) return;
    const own = formatPath([...stepsPath, from]);
    const path = focused.getAttribute('data-path');
    const part = focused.getAttribute('data-part');
    const target = formatPath([...stepsPath, to]);
    // The same field or button of the moved step; the step itself when that button is now off.
    const wanted = path?.startsWith(own) ? `[data-path="${CSS.escape(target + path.slice(own.length))}"]` : part ? `[data-step="${to}"] [data-part="${part}"]:not(:disabled)` : null;
    setRefocus({ wanted, step: to });
  };

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return;
    e.preventDefault();
    move(i, e.key === 'ArrowUp' ? i - 1 : i + 1, target);
  };

  const dragHandlers = (i: number) => ({
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.setData(STEP_TYPE, String(i));
      e.dataTransfer.effectAllowed = 'move';
      setDrag({ from: i, over: null, after: false });
    },
    onDragEnd: () => setDrag(null),
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!drag || !e.dataTransfer.types.includes(STEP_TYPE)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const box = e.currentTarget.getBoundingClientRect();
      const after = e.clientY > box.top + box.height / 2;
      if (drag.over !== i || drag.after !== after) setDrag({ ...drag, over: i, after });
    },
    onDrop: (e: DragEvent) => {
      if (!drag) return;
      e.preventDefault();
      move(drag.from, dropIndex(drag.from, i, drag.over === i ? drag.after : false), null);
      setDrag(null);
    },
  });

  return (
    <section className="story-steps" aria-labelledby={`steps-${index}`}>
      <h3 id={`steps-${index}`}>{t('stories.steps')}</h3>
      <p className="field-help">{t('stories.keysHelp')}</p>
      <ProblemList problems={problems.at(stepsPath)} />
      <ol ref={list} className="story-step-list" data-path={formatPath(stepsPath)} tabIndex={-1}>
        {steps.map((_, i) => (
          <StepCard
            key={i}
            story={index}
            index={i}
            count={count}
            drop={drag?.over === i && drag.from !== i ? (drag.after ? 'after' : 'before') : drag?.from === i ? 'dragged' : null}
            onMove={(to, focused) => move(i, to, focused)}
            onKeyDown={(e) => onKeyDown(e, i)}
            drag={dragHandlers(i)}
            announce={announce}
            playable={playable}
            preview={preview}
          />
        ))}
      </ol>
      {count === 0 && <p className="muted">{t('stories.noSteps')}</p>}
    </section>
  );
}
