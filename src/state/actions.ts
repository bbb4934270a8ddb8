/**
 * Everything input can ask of the app, in one place: the chrome, the chart, the URL, the
 * embed's host and the editor call these instead of patching the store. Each keeps its promise
 * whatever the state: selecting an event the filters hide shows it (relaxing the filters and
 * saying so), moving the view goes through the view controller, which refuses what it cannot
 * show.
 */
import type { Dataset } from '../data/schema';
import { NO_FILTERS, passes, relaxToShow, type Filters } from '../model/filters';
import type { TimelineEvent } from '../model/types';
import { neighboursOf } from '../model/navigation';
import type { ShowOutcome, ViewController, ViewTarget } from '../render/viewController';
import { loadCatalog } from '../i18n/loadCatalog';
import type { Lang } from '../i18n/languages';
import { INTL_LOCALE, resolveLang } from '../i18n/languages';
import { registerFallback } from '../i18n/intlFallback';
import { rememberTimeline, selectFilteredEvents, selectStories, selectStory, selectTimeline } from './selectors';
import { findStory, isStepOf, stepView, type Story } from '../model/stories';
import type { Notice, Store } from './store';
import type { Theme } from './urlConfig';
import type { Timeline } from '../model/types';

/** The app's actions. */
export interface Actions {
  /** Selects an event (null closes the details) and brings its mark into view. */
  select(id: string | null, options?: { animate?: boolean }): SelectOutcome;
  /** Selects the previous or next event among those shown. */
  step(direction: 'previous' | 'next'): void;
  /** Changes some filters; the selection stays, even when the filters now hide it. */
  setFilters(patch: Partial<Filters>): void;
  /** Clears filters and selection, leaves any story, and shows everything. */
  resetAll(): void;
  /** Lanes by category or by actor. */
  setLaneMode(mode: 'category' | 'actor'): void;
  /** Colour theme. */
  setTheme(theme: Theme): void;
  /** Interface language (null follows the browser); resolves once its messages are in. */
  setLang(lang: Lang | null): Promise<void>;
  /** Moves the view. */
  setView(target: Exclude<ViewTarget, { kind: 'event' }>, options?: { animate?: boolean }): ShowOutcome;
  /** Puts a dataset in the store: keep the reader's window across an edit, or fit new data. */
  setDataset(dataset: Dataset, view: 'keep' | 'fit', timeline?: Timeline): void;
  /** Adds notices. */
  notify(...notices: Notice[]): void;
  /** Clears the notices. */
  dismissNotices(): void;
  /**
   * Opens a story at a step (0, the default, is its title card) and moves the chart there;
   * 'unknown' (and nothing changes) when the data has no such story or the story no such step.
   */
  openStory(id: string, step?: number, options?: { animate?: boolean }): 'opened' | 'unknown';
  /** Moves the open story to a step (0 … n); does nothing outside a story or past its ends. */
  goToStep(step: number, options?: { animate?: boolean }): void;
  /** Leaves the story for free exploration: the view, filters and selection stay as they are. */
  exitStory(): void;
  /** Puts keyboard focus on an event's mark (after the details close); false when the chart cannot. */
  focusMark(id: string): boolean;
  /** The chart says how it focuses a mark (null when it goes away). */
  setMarkFocuser(focuser: ((id: string) => boolean) | null): void;
}

/** What select() did. */
export type SelectOutcome = 'selected' | 'relaxed' | 'cleared' | 'unknown';

/** Creates the actions over a store and the view controller. */
export function createActions(store: Store, view: ViewController): Actions {
  const timeline = () => selectTimeline(store.get());
  let focuser: ((id: string) => boolean) | null = null;

  function showEvent(event: TimelineEvent, animate: boolean) {
    view.show({ kind: 'event', id: event.id, t0: event.t0, t1: event.t1 }, { animate });
  }

  /**
   * Shows a story's step through the same actions as any other input, told to listeners as one
   * change (one history entry): the title card shows everything; an event step selects its
   * event in a window around it; a window step shows its window with its filters and lanes.
   */
  function showStep(story: Story, step: number, animate: boolean) {
    const target = stepView(story, step, timeline()!);
    store.batch(() => {
      store.set({ story: { id: story.id, step } });
      actions.setFilters(target.kind === 'window' ? target.filters : NO_FILTERS);
      actions.setLaneMode(target.kind === 'window' ? target.lanes : 'category');
      if (target.kind === 'event') actions.select(target.id, { animate });
      else actions.select(null);
      if (target.kind === 'overview') actions.setView({ kind: 'fit' }, { animate });
      else actions.setView({ kind: 'window', t0: target.window[0], t1: target.window[1] }, { animate });
    });
  }

  const actions: Actions = {
    select(id, { animate = true } = {}) {
      if (id === null) {
        store.set({ selectedId: null });
        return 'cleared';
      }
      const event = timeline()?.byId.get(id);
      if (!event) return 'unknown';
      const state = store.get();
      let outcome: SelectOutcome = 'selected';
      if (!passes(event, state.filters)) {
        // The reader asked for this event: show it rather than open details with no mark.
        store.set({ filters: relaxToShow(state.filters, event), notices: [...state.notices, { kind: 'filtersRelaxed', title: event.title }] });
        outcome = 'relaxed';
      }
      store.set({ selectedId: id });
      showEvent(event, animate);
      return outcome;
    },
    step(direction) {
      const state = store.get();
      const current = state.selectedId ? timeline()?.byId.get(state.selectedId) : undefined;
      if (!current) return;
      const next = neighboursOf(selectFilteredEvents(state), current)[direction];
      if (next) actions.select(next.id);
    },
    setFilters(patch) {
      store.set((s) => ({ filters: { ...s.filters, ...patch } }));
    },
    resetAll() {
      store.set({ filters: NO_FILTERS, selectedId: null, story: null });
      view.show({ kind: 'fit' });
    },
    setLaneMode(mode) {
      store.set({ laneMode: mode });
    },
    setTheme(theme) {
      store.set({ theme });
    },
    async setLang(lang) {
      const resolved = resolveLang(lang);
      const catalog = await loadCatalog(resolved);
      registerFallback(INTL_LOCALE[resolved], catalog);
      store.set({ lang, locale: { lang: resolved, catalog } });
    },
    setView(target, options) {
      return view.show(target, options);
    },
    setDataset(dataset, mode, normalised) {
      if (normalised) rememberTimeline(dataset, normalised);
      const state = store.get();
      store.set({ dataset, load: { status: 'ready' } });
      const loaded = selectTimeline(store.get())!;
      // A selection whose event the new data lacks is closed rather than left pointing nowhere;
      // so is a story the new data lacks, or whose step it no longer has.
      if (state.selectedId && !loaded.byId.has(state.selectedId)) store.set({ selectedId: null });
      const story = state.story && findStory(dataset.stories, state.story.id);
      if (state.story && !(story && isStepOf(story, state.story.step))) store.set({ story: null });
      view.setExtent(loaded.extent, mode);
    },
    notify(...notices) {
      if (notices.length) store.set((s) => ({ notices: [...s.notices, ...notices] }));
    },
    dismissNotices() {
      store.set({ notices: [] });
    },
    openStory(id, step = 0, { animate = true } = {}) {
      const story = findStory(selectStories(store.get()), id);
      if (!story || !isStepOf(story, step)) return 'unknown';
      showStep(story, step, animate);
      return 'opened';
    },
    goToStep(step, { animate = true } = {}) {
      const story = selectStory(store.get());
      if (story && isStepOf(story, step) && step !== store.get().story!.step) showStep(story, step, animate);
    },
    exitStory() {
      store.set({ story: null });
    },
    focusMark: (id) => focuser?.(id) ?? false,
    setMarkFocuser(next) {
      focuser = next;
    },
  };
  return actions;
}
