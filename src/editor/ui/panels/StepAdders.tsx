/**
 * The ways to add a step to a story: pick an event on the preview (armed by a toggle, which
 * puts focus on the preview's marks: the next event clicked, or chosen with Enter, on the
 * preview becomes a step; Escape disarms and comes back), take the
 * preview's view (its window, filters and lanes), or choose an event from a filterable list.
 * A new step goes at the end, is announced, and its caption gets focus, since that is what is
 * left to write.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Store } from '../../../state/store';
import { listOf, textOf } from '../../document';
import { addEventStep, addViewStep, type PreviewView } from '../../storyEdits';
import { viewStep } from '../../../model/stories';
import { useEdit, useEditor, useStore, useText } from '../context';
import { stepViewText } from './stepViewText';

/** What the preview shows now, or null before it is drawn. */
export function previewViewNow(store: Store): PreviewView | null {
  const { view, filters, laneMode } = store.get();
  return view.window ? { window: view.window, filters, lanes: laneMode } : null;
}

/** Whether the preview has been drawn (so it has a view to take). */
export function useHasPreviewView(): boolean {
  const { store } = useEditor().app.preview;
  return useSyncExternalStore(store.subscribe, () => store.get().view.window !== null);
}

/** The preview's view in words, kept current. */
function usePreviewViewText(): string | null {
  const store = useStore();
  const { t, locale } = useText();
  const { preview } = useEditor().app;
  const state = useSyncExternalStore(preview.store.subscribe, () => preview.store.get());
  const view = state.view.window ? { window: state.view.window, filters: state.filters, lanes: state.laneMode } : null;
  return view ? stepViewText(viewStep(view.window, view.filters, view.lanes, ''), store, t, locale) : null;
}

/** Props of StepAdders. */
export interface StepAddersProps {
  /** The story's index. */
  index: number;
  /** Says what an edit did. */
  announce: (message: string) => void;
}

/** The step adders of the story at `index`. */
export function StepAdders({ index, announce }: StepAddersProps) {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const { app, go, place } = useEditor();
  const headingId = useId();
  const findId = useId();
  const [armed, setArmed] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const [query, setQuery] = useState('');
  const viewText = usePreviewViewText();
  const events = listOf(store, 'events');

  /** Adds a step with `change` and sends focus to its caption. */
  const added = (change: Parameters<typeof edit.apply>[0], title: string) => {
    const n = listOf(listOf(app.session.get().history.present, 'stories')[index] ?? {}, 'steps').length;
    edit.apply(change);
    edit.seal();
    announce(t('stories.added', { n: n + 1, title }));
    go(place, ['stories', index, 'steps', n, 'caption']);
  };
  const addEvent = (id: string) => {
    const event = listOf(app.session.get().history.present, 'events').find((e) => e.id === id);
    added((s) => addEventStep(s, index, id), textOf(event?.title) || id);
  };
  const addView = () => {
    const view = previewViewNow(app.preview.store);
    if (view && viewText) added((s) => addViewStep(s, index, view), viewText);
  };

  // While armed, the next event selected on the preview (a click, or Enter on a mark) is added.
  const pick = useRef(addEvent);
  pick.current = addEvent;
  useEffect(() => {
    if (!armed) return;
    const { store: preview, actions } = app.preview;
    actions.exitStory();
    actions.select(null);
    const stop = preview.subscribe((state, previous) => {
      const id = state.selectedId;
      if (!id || id === previous.selectedId || state.story) return;
      setArmed(false);
      pick.current(id);
    });
    // Focus goes to the preview's mark that takes Tab (its arrow keys then move between marks),
    // and comes back here on Escape.
    document.querySelector<HTMLElement>('.preview-chart [tabindex="0"]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setArmed(false);
      if (document.activeElement?.closest('.preview-chart')) toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      stop();
      document.removeEventListener('keydown', onKey);
    };
  }, [armed, app]);

  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = events.filter((e) => terms.every((term) => `${textOf(e.title)} ${textOf(e.id)} ${textOf(e.start)}`.toLowerCase().includes(term)));

  return (
    <section className="step-adders" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('stories.addTitle')}</h3>
      <div className="button-row">
        <button ref={toggle} type="button" aria-pressed={armed} onClick={() => setArmed(!armed)}>{t('stories.pickOnPreview')}</button>
        <button type="button" disabled={!viewText} onClick={addView}>{t('stories.addView')}</button>
      </div>
      <p className="muted step-view" dir="auto">{armed ? t('stories.picking') : viewText ? t('stories.viewNow', { view: viewText }) : ''}</p>
      <div className="item-list step-events">
        <label htmlFor={findId}>{t('stories.addEvent')}</label>
        <input id={findId} type="search" placeholder={t('events.find')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <ul aria-label={t('stories.eventsToAdd')}>
          {shown.map((event, i) => (
            <li key={i}>
              <button type="button" onClick={() => addEvent(textOf(event.id))}>
                <span className="item-title" dir="auto">{textOf(event.title) || textOf(event.id)}</span>
                <span className="item-detail" dir="auto">{textOf(event.start)}</span>
              </button>
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p className="muted">{t('events.noMatch')}</p>}
      </div>
    </section>
  );
}
