// @vitest-environment jsdom
/**
 * The story player as a reader meets it: the title card, steps by buttons, progress and keys
 * (mirrored right to left), leaving, autoplay and its pause, the announcement, the details.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoryPlayer } from './StoryPlayer';
import { StoryAnnouncer } from './StoryAnnouncer';
import { he } from '../i18n/catalogs/he';
import { readingTime } from '../model/stories';
import { appOf, Providers, readyStore, storyDataset, stubLayoutApis, timelineOf, type TestApp } from '../../test/unit/helpers/timeline';

const withStory = storyDataset();
const timeline = timelineOf(withStory);

beforeEach(stubLayoutApis);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The player (and announcer) over a loaded app, opened on the story at `step`. */
function play(step = 0, props: Parameters<typeof StoryPlayer>[0] = {}, app: TestApp = appOf(readyStore(timeline))): TestApp {
  app.view.setWidth(1000);
  app.actions.openStory('tour', step, { animate: false });
  render(
    <Providers store={app.store} app={app}>
      <StoryPlayer {...props} />
      <StoryAnnouncer />
    </Providers>,
  );
  return app;
}

const player = () => screen.getByRole('region', { name: 'Story: A tour' });
const button = (name: string | RegExp) => within(player()).getByRole('button', { name });
const key = (k: string) => fireEvent.keyDown(document.activeElement ?? player(), { key: k });
const at = (app: TestApp) => app.store.get().story?.step;

describe('the story player', () => {
  it('opens on a title card with the title, the summary, Start and a way out', () => {
    play();
    expect(within(player()).getByRole('heading', { level: 2 }).textContent).toBe('A tour');
    expect(player().textContent).toContain('A story in 3 steps');
    expect(player().textContent).toContain('From recognition to arms.');
    expect(button('Start')).toBeTruthy();
    expect(button('Explore freely')).toBeTruthy();
  });

  it('Start shows the first step: its heading, caption and "Step 1 of 3"; the step’s event is selected', () => {
    const app = play();
    fireEvent.click(button('Start'));
    expect(at(app)).toBe(1);
    expect(player().textContent).toContain('Step 1 of 3');
    expect(within(player()).getByRole('heading', { level: 2 }).textContent).toBe('Recognition');
    expect(player().textContent).toContain('Israel recognised Azerbaijan.');
    expect(app.store.get().selectedId).toBe('recognition');
  });

  it('Next and Previous walk the steps; Previous from step 1 returns to the title card', () => {
    const app = play(1);
    fireEvent.click(button(/Next/));
    expect(at(app)).toBe(2);
    expect(within(player()).getByRole('heading', { level: 2 }).textContent).toBe('Arms');
    fireEvent.click(button(/Previous/));
    fireEvent.click(button(/Previous/));
    expect(at(app)).toBe(0);
  });

  it('Next does nothing on the last step, and says so', () => {
    const app = play(3);
    expect(button(/Next/).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button(/Next/));
    expect(at(app)).toBe(3);
  });

  it('the progress bar marks the current step and goes to any step clicked', () => {
    const app = play(1);
    const steps = within(screen.getByRole('list', { name: 'Steps of the story' })).getAllByRole('button');
    expect(steps.map((b) => b.textContent)).toEqual(['Step 1: Recognition', 'Step 2: Arms', 'Step 3: Arms deal']);
    expect(steps.map((b) => b.getAttribute('aria-current'))).toEqual(['step', null, null]);
    expect(steps.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.click(steps[2]);
    expect(at(app)).toBe(3);
  });

  it.each([
    ['en', 'ArrowRight', 2],
    ['en', 'ArrowLeft', 0],
    ['en', 'PageDown', 2],
    ['en', 'PageUp', 0],
    ['he', 'ArrowLeft', 2],
    ['he', 'ArrowRight', 0],
  ] as const)('in %s, %s from step 1 goes to step %s', (lang, k, expected) => {
    const store = readyStore(timeline, lang === 'he' ? { locale: { lang: 'he', catalog: he } } : {});
    const app = play(1, {}, appOf(store));
    fireEvent.keyDown(screen.getByRole('region'), { key: k });
    expect(at(app)).toBe(expected);
  });

  it('Escape leaves the story and keeps the view; the page hears of it', () => {
    const onLeave = vi.fn();
    const app = play(1, { onLeave });
    const window = app.view.window();
    button(/Next/).focus();
    key('Escape');
    expect(app.store.get().story).toBeNull();
    expect(app.store.get().selectedId).toBe('recognition');
    expect(app.view.window()).toEqual(window);
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('announces the card and each step politely', () => {
    const app = play();
    const live = () => screen.getAllByRole('status').map((n) => n.textContent).join('');
    expect(live()).toBe('A tour. A story in 3 steps.');
    act(() => app.actions.goToStep(2));
    expect(live()).toBe('Step 2 of 3: Arms. Then came arms.');
  });

  it('offers Details on event steps only, when the page asks for it', () => {
    const onShowDetails = vi.fn();
    play(1, { onShowDetails });
    fireEvent.click(button('Details'));
    expect(onShowDetails).toHaveBeenCalledTimes(1);
    fireEvent.click(button(/Next/));
    expect(within(player()).queryByRole('button', { name: 'Details' })).toBeNull();
  });

  it('focus moves to Next when Start, which had it, goes away', () => {
    play();
    button('Start').focus();
    fireEvent.click(button('Start'));
    expect(document.activeElement?.textContent).toContain('Next');
  });
});

describe('autoplay', () => {
  it('is off at first; Play moves on after the reading time, Pause stops it, and it stops itself at the end', () => {
    vi.useFakeTimers();
    const app = play(2);
    expect(button(/Play/)).toBeTruthy();
    act(() => void vi.advanceTimersByTime(60_000));
    expect(at(app)).toBe(2); // never on by default
    fireEvent.click(button(/Play/));
    expect(button(/Pause/)).toBeTruthy();
    act(() => void vi.advanceTimersByTime(readingTime(withStory.stories![0].steps[1]) - 1));
    expect(at(app)).toBe(2);
    act(() => void vi.advanceTimersByTime(1));
    expect(at(app)).toBe(3);
    act(() => void vi.advanceTimersByTime(readingTime(withStory.stories![0].steps[2])));
    expect(button(/Play/)).toBeTruthy(); // stopped by itself on the last step
    act(() => app.actions.goToStep(1));
    fireEvent.click(button(/Play/));
    fireEvent.click(button(/Pause/));
    act(() => void vi.advanceTimersByTime(60_000));
    expect(at(app)).toBe(1);
  });

  it('waits until the chart has settled on the step', () => {
    vi.useFakeTimers();
    const app = play(1);
    fireEvent.click(button(/Play/));
    act(() => app.store.set({ view: { ...app.store.get().view, settled: false } }));
    act(() => void vi.advanceTimersByTime(60_000));
    expect(at(app)).toBe(1);
    act(() => app.store.set({ view: { ...app.store.get().view, settled: true } }));
    act(() => void vi.advanceTimersByTime(readingTime(withStory.stories![0].steps[0])));
    expect(at(app)).toBe(2);
  });

  it('is not offered to readers who prefer less motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
    play(1);
    expect(within(player()).queryByRole('button', { name: /Play/ })).toBeNull();
  });
});
