/**
 * Stories: where a reader is in one, what the chart shows at each step, and the pure edits an
 * author makes (add, move, remove, replace steps and stories). No DOM, no store: the actions
 * carry a step's view out, the editor applies these edits to its copy of the dataset.
 *
 * Step numbers are the reader's: 0 is the title card, 1 … n the steps (`steps[step - 1]`).
 */
import type { Dataset, LaneMode, Story, StoryStep, StepFilters } from '../data/schema';
import { NO_FILTERS, type Filters } from './filters';
import type { Certainty, Timeline, TimelineEvent } from './types';
import { windowOf, windowToDates } from './windowText';

export type { Story, StoryStep };

/** What the chart shows for a step. */
export type StepView =
  /** The title card: everything, unfiltered, nothing selected. */
  | { kind: 'overview' }
  /** An event step: the event selected, in a window that shows what happened around it. */
  | { kind: 'event'; id: string; window: [number, number] }
  /** A window step: a stretch of time, with its own filters and lanes. */
  | { kind: 'window'; window: [number, number]; filters: Filters; lanes: LaneMode };

/** The story with this id, or null. */
export function findStory(stories: readonly Story[] | undefined, id: string): Story | null {
  return stories?.find((s) => s.id === id) ?? null;
}

/** True when `step` is a step of the story or its title card (0 … n). */
export function isStepOf(story: Story, step: number): boolean {
  return Number.isInteger(step) && step >= 0 && step <= story.steps.length;
}

/** The step one before or after `step`, kept between the title card and the last step. */
export function neighbourStep(story: Story, step: number, direction: 'previous' | 'next'): number {
  return Math.min(story.steps.length, Math.max(0, step + (direction === 'next' ? 1 : -1)));
}

/** What the chart shows at a step of a story (the step must exist in the timeline's data). */
export function stepView(story: Story, step: number, timeline: Timeline): StepView {
  const s = story.steps[step - 1];
  if (!s) return { kind: 'overview' };
  if (s.event !== undefined) {
    const event = timeline.byId.get(s.event)!;
    return { kind: 'event', id: event.id, window: contextWindow(event, timeline.extent) };
  }
  return { kind: 'window', window: windowOf(s.from!, s.to!)!, filters: filtersOfStep(s.filters), lanes: s.lanes ?? 'category' };
}

/** The share of the window that lies before an event's middle: it sits past the centre, away from the caption at the window's start edge. */
const EVENT_AT = 0.6;

/**
 * The window an event step shows: wide enough for what led up to it and followed (an eighth of
 * the data's span, or four times the event's own length), never wider than the data.
 */
export function contextWindow(event: Pick<TimelineEvent, 't0' | 't1'>, extent: [number, number]): [number, number] {
  const span = extent[1] - extent[0];
  const width = Math.min(span, Math.max(span / 8, 4 * (event.t1 - event.t0)));
  const middle = (event.t0 + event.t1) / 2;
  return [middle - EVENT_AT * width, middle + (1 - EVENT_AT) * width];
}

/** A window step's filters as the reader's filters (absent lists show everything; no search). */
export function filtersOfStep(filters: StepFilters | undefined): Filters {
  if (!filters) return NO_FILTERS;
  const set = <T extends string>(ids: readonly T[] | undefined) => (ids ? new Set<T>(ids) : null);
  return { categories: set(filters.categories), actors: set(filters.actors), certainties: set<Certainty>(filters.certainty), query: '' };
}

/** The reader's filters as a step's (the search has no place in a story step and is left out). */
export function stepFiltersOf(filters: Filters): StepFilters | undefined {
  const list = <T extends string>(ids: ReadonlySet<T> | null) => (ids && ids.size > 0 ? [...ids] : undefined);
  const out: StepFilters = { categories: list(filters.categories), actors: list(filters.actors), certainty: list(filters.certainties) };
  for (const key of Object.keys(out) as (keyof StepFilters)[]) if (out[key] === undefined) delete out[key];
  return Object.keys(out).length ? out : undefined;
}

/**
 * How long autoplay stays on a step: the time to read its title and caption at about 200 words
 * a minute, plus a moment to look at the chart; never less than six seconds.
 */
export function readingTime(step: StoryStep | undefined): number {
  if (!step) return 6000;
  const words = `${step.title ?? ''} ${step.caption}`.split(/\s+/).filter(Boolean).length;
  return Math.max(6000, 2000 + words * 300);
}

// Authoring: each returns a new story or dataset and leaves its input as it was.

/** A step that shows an event. */
export function eventStep(id: string, caption: string, title?: string): StoryStep {
  return title === undefined ? { event: id, caption } : { title, event: id, caption };
}

/** A step that shows the reader's current view: its window (as dates), filters and lanes. */
export function viewStep(window: [number, number], filters: Filters, lanes: LaneMode, caption: string): StoryStep {
  const [from, to] = windowToDates(window[0], window[1]);
  const stepFilters = stepFiltersOf(filters);
  return { from, to, ...(stepFilters ? { filters: stepFilters } : {}), ...(lanes !== 'category' ? { lanes } : {}), caption };
}

/** The story with `step` inserted at index `at` (0-based; the end by default). */
export function addStep(story: Story, step: StoryStep, at = story.steps.length): Story {
  const i = Math.min(Math.max(0, at), story.steps.length);
  return { ...story, steps: [...story.steps.slice(0, i), step, ...story.steps.slice(i)] };
}

/** The story without the step at index `at` (0-based). */
export function removeStep(story: Story, at: number): Story {
  return { ...story, steps: story.steps.filter((_, i) => i !== at) };
}

/** The story with the step at index `from` moved to index `to` (both 0-based, kept in range). */
export function moveStep(story: Story, from: number, to: number): Story {
  if (from < 0 || from >= story.steps.length) return story;
  const steps = [...story.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(Math.min(Math.max(0, to), steps.length), 0, moved);
  return { ...story, steps };
}

/** The story with the step at index `at` replaced. */
export function replaceStep(story: Story, at: number, step: StoryStep): Story {
  return { ...story, steps: story.steps.map((s, i) => (i === at ? step : s)) };
}

/** The dataset with this story added, or put in place of the story with its id. */
export function putStory(dataset: Dataset, story: Story): Dataset {
  const stories = dataset.stories ?? [];
  const i = stories.findIndex((s) => s.id === story.id);
  return { ...dataset, stories: i < 0 ? [...stories, story] : stories.map((s, j) => (j === i ? story : s)) };
}

/** The dataset without the story with this id (and without `stories` once none is left). */
export function removeStory(dataset: Dataset, id: string): Dataset {
  const { stories, ...rest } = dataset;
  const kept = (stories ?? []).filter((s) => s.id !== id);
  return kept.length ? { ...rest, stories: kept } : rest;
}
