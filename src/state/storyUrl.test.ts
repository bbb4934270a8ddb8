// @vitest-environment jsdom
/**
 * Stories in the URL: `?story=ID&step=N` read, written and walked with Back and Forward; the
 * story's step stands for the view, so the view's own keys are left out while it is told.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { parseConfig } from './urlConfig';
import { stateToQuery } from './urlState';
import { openUrlView } from './startApp';
import { syncUrl } from './urlSync';
import { DEFAULT_CONFIG } from './urlConfig';
import { appOf, readyStore, storyDataset, timelineOf, type TestApp } from '../../test/unit/helpers/timeline';

const withStory = storyDataset();
const timeline = timelineOf(withStory);

/** A loaded app with a 1000 px chart. */
function loaded(): TestApp {
  const app = appOf(readyStore(timeline));
  app.view.setWidth(1000);
  return app;
}

describe('story and step in the URL', () => {
  it.each([
    ['?story=tour', 'tour', 0, []],
    ['?story=tour&step=2', 'tour', 2, []],
    ['?story=tour&step=0', 'tour', 0, []],
    ['?story=tour&step=-1', 'tour', 0, [{ key: 'step', value: '-1' }]],
    ['?story=tour&step=two', 'tour', 0, [{ key: 'step', value: 'two' }]],
    ['?story=Tour!', null, 0, [{ key: 'story', value: 'Tour!' }]],
    ['?step=2', null, 0, [{ key: 'step', value: '2' }]],
  ])('%s reads as story %s, step %s', (search, story, step, warnings) => {
    const parsed = parseConfig(search);
    expect([parsed.config.story, parsed.config.step]).toEqual([story, step]);
    expect(parsed.warnings).toEqual(warnings);
  });

  it('writes the story and its step, and leaves the view keys out while the story is told', () => {
    const app = loaded();
    app.actions.openStory('tour', 2, { animate: false });
    app.store.set({ theme: 'dark' });
    expect(stateToQuery(app.store.get(), DEFAULT_CONFIG)).toBe('?story=tour&step=2&theme=dark');
    app.actions.goToStep(0);
    expect(stateToQuery(app.store.get(), DEFAULT_CONFIG)).toBe('?story=tour&theme=dark');
    app.actions.goToStep(1, { animate: false });
    app.actions.exitStory();
    expect(stateToQuery(app.store.get(), DEFAULT_CONFIG)).toMatch(/^\?event=recognition&from=\d{4}(-\d\d)?&to=\d{4}(-\d\d)?&theme=dark$/);
  });

  it.each([0, 1, 2])('step %s goes through the URL and back to the same state', (step) => {
    const told = loaded();
    told.actions.openStory('tour', step, { animate: false });
    const query = stateToQuery(told.store.get(), DEFAULT_CONFIG);
    const opened = loaded();
    openUrlView(opened.store, opened.actions, parseConfig(query).config);
    const [a, b] = [told.store.get(), opened.store.get()];
    expect(b.story).toEqual(a.story);
    expect([b.selectedId, b.laneMode, b.filters]).toEqual([a.selectedId, a.laneMode, a.filters]);
    expect(opened.view.window()).toEqual(told.view.window());
  });

  it.each([
    ['an unknown story: the link’s other keys still apply', '?story=gone&event=recognition', null, 'recognition', [{ kind: 'unknownStory', id: 'gone' }]],
    ['a step the story lacks: its title card', '?story=tour&step=7', { id: 'tour', step: 0 }, null, [{ kind: 'badValue', key: 'step', value: '7' }]],
    ['a story with other view keys: the story wins', '?story=tour&step=1&event=arms-deal-2012&categories=arms', { id: 'tour', step: 1 }, 'recognition', []],
  ])('opens %s', (_, search, story, selected, notices) => {
    const app = loaded();
    openUrlView(app.store, app.actions, parseConfig(search).config);
    expect(app.store.get().story).toEqual(story);
    expect(app.store.get().selectedId).toBe(selected);
    expect(app.store.get().notices).toEqual(notices);
  });
});

describe('walking a story in history', () => {
  let push: MockInstance<History['pushState']>;
  let replace: MockInstance<History['replaceState']>;
  let stop = () => {};

  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/timeline/');
    push = vi.spyOn(window.history, 'pushState');
    replace = vi.spyOn(window.history, 'replaceState');
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  function synced(replaceOnly = false): TestApp {
    const app = loaded();
    stop = syncUrl(app.store, app.actions, DEFAULT_CONFIG, { replaceOnly, win: window });
    vi.advanceTimersByTime(1000);
    push.mockClear();
    replace.mockClear();
    return app;
  }
  const urls = (spy: MockInstance<History['pushState']>) => spy.mock.calls.map((call) => call[2]);

  it('pushes one entry per step, and one on leaving', () => {
    const app = synced();
    app.actions.openStory('tour');
    app.actions.goToStep(1);
    app.actions.goToStep(2);
    app.actions.exitStory();
    expect(urls(push)).toEqual(['/timeline/?story=tour', '/timeline/?story=tour&step=1', '/timeline/?story=tour&step=2', '/timeline/?from=2011&to=2014&categories=arms&lanes=actor']);
  });

  it('Back returns to the previous step, and Forward from outside the story back into it', () => {
    const app = synced();
    app.actions.openStory('tour', 2, { animate: false });
    window.history.replaceState(null, '', '/timeline/?story=tour&step=1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(app.store.get().story).toEqual({ id: 'tour', step: 1 });
    expect(app.store.get().selectedId).toBe('recognition');
    expect(app.store.get().laneMode).toBe('category');
    window.history.replaceState(null, '', '/timeline/?event=arms-deal-2012');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(app.store.get().story).toBeNull();
    expect(app.store.get().selectedId).toBe('arms-deal-2012');
    window.history.replaceState(null, '', '/timeline/?story=tour&step=2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(app.store.get().story).toEqual({ id: 'tour', step: 2 });
    expect(app.view.window()).not.toBeNull();
    expect(app.store.get().view.fitted).toBe(false);
  });

  it('inside an embed, steps replace the entry', () => {
    const app = synced(true);
    app.actions.openStory('tour');
    app.actions.goToStep(1);
    expect(push).not.toHaveBeenCalled();
    expect(urls(replace)).toEqual(['/timeline/?story=tour', '/timeline/?story=tour&step=1']);
  });
});
