// @vitest-environment node
/**
 * Telling a story through the actions: each step moves the chart and the selection, as one
 * change; leaving keeps what the reader sees.
 */
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../model/filters';
import { windowOf } from '../model/windowText';
import { appOf, datasetOf, fixtureTimeline, readyStore, storyDataset, timelineOf } from '../../test/unit/helpers/timeline';

const base = datasetOf(fixtureTimeline());
const withStory = storyDataset();
const timeline = timelineOf(withStory);

/** A loaded app whose chart is 1000 px wide (so the view controller moves at once). */
function start() {
  const store = readyStore(timeline);
  const app = appOf(store);
  app.view.setWidth(1000);
  return app;
}

describe('story actions', () => {
  it('opens the title card: the whole timeline, nothing selected or filtered', () => {
    const { store, actions, view } = start();
    store.set({ filters: { ...NO_FILTERS, categories: new Set(['arms']) }, selectedId: 'arms-deal-2012', laneMode: 'actor' });
    expect(actions.openStory('tour')).toBe('opened');
    const state = store.get();
    expect(state.story).toEqual({ id: 'tour', step: 0 });
    expect([state.selectedId, state.filters, state.laneMode]).toEqual([null, NO_FILTERS, 'category']);
    expect(state.view.fitted).toBe(true);
    expect(view.window()).not.toBeNull();
  });

  it('an event step selects its event and shows a window around it', () => {
    const { store, actions, view } = start();
    actions.openStory('tour', 1, { animate: false });
    expect(store.get().story).toEqual({ id: 'tour', step: 1 });
    expect(store.get().selectedId).toBe('recognition');
    const event = timeline.byId.get('recognition')!;
    const [t0, t1] = view.window()!;
    expect(t0).toBeLessThan(event.t0);
    expect(t1).toBeGreaterThan(event.t1);
    expect(store.get().view.fitted).toBe(false);
  });

  it('a window step shows its window with its filters and lanes, and closes the details', () => {
    const { store, actions, view } = start();
    actions.openStory('tour', 1, { animate: false });
    actions.goToStep(2, { animate: false });
    const state = store.get();
    expect(state.story).toEqual({ id: 'tour', step: 2 });
    expect(state.selectedId).toBeNull();
    expect(state.filters.categories).toEqual(new Set(['arms']));
    expect(state.laneMode).toBe('actor');
    const [t0, t1] = windowOf('2011', '2014')!;
    const [w0, w1] = view.window()!;
    expect(Math.abs(w0 - t0) + Math.abs(w1 - t1)).toBeLessThan(86_400_000);
  });

  it('moving to a step is one change for listeners (one history entry)', () => {
    const { store, actions } = start();
    actions.openStory('tour', 0);
    const listener = vi.fn();
    store.subscribe(listener);
    actions.goToStep(2);
    expect(listener).toHaveBeenCalledTimes(1);
    const [state, previous] = listener.mock.calls[0];
    expect(previous.story).toEqual({ id: 'tour', step: 0 });
    expect(state.story).toEqual({ id: 'tour', step: 2 });
    expect(state.laneMode).toBe('actor');
  });

  it.each([
    ['an unknown story', 'nowhere', 0],
    ['a step past the end', 'tour', 4],
    ['a negative step', 'tour', -1],
  ])('refuses %s and changes nothing', (_, id, step) => {
    const { store, actions } = start();
    const before = store.get();
    expect(actions.openStory(id, step)).toBe('unknown');
    expect(store.get()).toBe(before);
  });

  it('goToStep keeps within the story and does nothing outside one', () => {
    const { store, actions } = start();
    actions.goToStep(1);
    expect(store.get().story).toBeNull();
    actions.openStory('tour', 3);
    actions.goToStep(4);
    expect(store.get().story).toEqual({ id: 'tour', step: 3 });
  });

  it('leaving keeps the view, the filters and the selection', () => {
    const { store, actions, view } = start();
    actions.openStory('tour', 1, { animate: false });
    const window = view.window();
    actions.exitStory();
    expect(store.get().story).toBeNull();
    expect(store.get().selectedId).toBe('recognition');
    expect(view.window()).toEqual(window);
  });

  it('new data without the story, or with fewer steps, leaves it; resetAll leaves it too', () => {
    const { store, actions } = start();
    actions.openStory('tour', 2);
    actions.setDataset({ ...withStory, stories: [{ ...withStory.stories![0], steps: withStory.stories![0].steps.slice(0, 1) }] }, 'keep');
    expect(store.get().story).toBeNull();
    actions.openStory('tour', 1);
    actions.setDataset(base, 'keep');
    expect(store.get().story).toBeNull();
    actions.setDataset(withStory, 'keep');
    actions.openStory('tour', 1);
    actions.resetAll();
    expect(store.get().story).toBeNull();
  });
});
