// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addStep, contextWindow, eventStep, filtersOfStep, findStory, isStepOf, moveStep, neighbourStep, putStory, readingTime, removeStep,
  removeStory, replaceStep, stepFiltersOf, stepView, viewStep, type Story,
} from './stories';
import { NO_FILTERS } from './filters';
import { datasetOf, fixtureTimeline } from '../../test/unit/helpers/timeline';

const timeline = fixtureTimeline(); // recognition (1991-12-25), arms-deal-2012 (2012 – 2013-06); era 2020
const YEAR = 365.25 * 86_400_000;

const story: Story = {
  id: 'tour',
  title: 'A tour',
  steps: [
    { event: 'recognition', caption: 'One.' },
    { from: '2011', to: '2014', filters: { categories: ['arms'], certainty: ['reported'] }, lanes: 'actor', caption: 'Two.' },
    { title: 'Three', event: 'arms-deal-2012', caption: 'Three.' },
  ],
};
const captions = (s: Story) => s.steps.map((step) => step.caption);

describe('walking a story', () => {
  it('finds a story by id', () => {
    expect(findStory([story], 'tour')).toBe(story);
    expect(findStory([story], 'other')).toBeNull();
    expect(findStory(undefined, 'tour')).toBeNull();
  });

  it.each([
    [0, true], [3, true], [4, false], [-1, false], [1.5, false],
  ])('step %s is in a story of three steps: %s', (step, inside) => {
    expect(isStepOf(story, step)).toBe(inside);
  });

  it.each<[number, 'previous' | 'next', number]>([
    [0, 'previous', 0], [0, 'next', 1], [1, 'previous', 0], [2, 'next', 3], [3, 'next', 3],
  ])('from step %s, %s goes to %s', (from, direction, to) => {
    expect(neighbourStep(story, from, direction)).toBe(to);
  });

  it('the title card shows everything', () => {
    expect(stepView(story, 0, timeline)).toEqual({ kind: 'overview' });
  });

  it('an event step selects its event in a window around it, the event past the middle', () => {
    const view = stepView(story, 1, timeline);
    expect(view.kind).toBe('event');
    if (view.kind !== 'event') return;
    expect(view.id).toBe('recognition');
    const event = timeline.byId.get('recognition')!;
    const [t0, t1] = view.window;
    expect(t0).toBeLessThan(event.t0);
    expect(t1).toBeGreaterThan(event.t1);
    expect((event.t0 - t0) / (t1 - t0)).toBeCloseTo(0.6, 2);
  });

  it('a window step gives its window, filters and lanes', () => {
    expect(stepView(story, 2, timeline)).toEqual({
      kind: 'window',
      window: [Date.UTC(2011, 0, 1), Date.UTC(2015, 0, 1)],
      filters: { categories: new Set(['arms']), actors: null, certainties: new Set(['reported']), query: '' },
      lanes: 'actor',
    });
  });

  it.each([
    ['a day in 34 years: an eighth of the span', [0, 86_400_000], [0, 34 * YEAR], 34 * YEAR / 8],
    ['two years in 34: four times its length', [0, 2 * YEAR], [0, 34 * YEAR], 8 * YEAR],
    ['twenty years in 34: never wider than the data', [0, 20 * YEAR], [0, 34 * YEAR], 34 * YEAR],
  ])('context window for %s', (_, [t0, t1], extent, width) => {
    const [w0, w1] = contextWindow({ t0, t1 }, extent as [number, number]);
    expect(w1 - w0).toBeCloseTo(width, -3);
  });

  it('filters go from a step to the reader and back, the search left out', () => {
    expect(filtersOfStep(undefined)).toBe(NO_FILTERS);
    const filters = filtersOfStep({ actors: ['AZE'] });
    expect(filters).toEqual({ categories: null, actors: new Set(['AZE']), certainties: null, query: '' });
    expect(stepFiltersOf({ ...filters, query: 'drones' })).toEqual({ actors: ['AZE'] });
    expect(stepFiltersOf(NO_FILTERS)).toBeUndefined();
  });

  it('autoplay leaves time to read: longer captions stay longer, short ones six seconds', () => {
    const short = readingTime({ event: 'x', caption: 'Short.' });
    const long = readingTime({ event: 'x', caption: 'word '.repeat(80) });
    expect(short).toBe(6000);
    expect(long).toBeGreaterThan(20_000);
  });
});

describe('authoring a story', () => {
  it('adds a step at the end or at an index, leaving the story it was given alone', () => {
    const added = addStep(story, eventStep('recognition', 'Four.'));
    expect(captions(added)).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
    expect(captions(addStep(story, eventStep('recognition', 'Zero.', 'Start'), 0))).toEqual(['Zero.', 'One.', 'Two.', 'Three.']);
    expect(addStep(story, eventStep('recognition', 'Zero.', 'Start'), 0).steps[0]).toEqual({ title: 'Start', event: 'recognition', caption: 'Zero.' });
    expect(captions(story)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it.each([
    [0, 2, ['Two.', 'Three.', 'One.']],
    [2, 0, ['Three.', 'One.', 'Two.']],
    [1, 1, ['One.', 'Two.', 'Three.']],
    [0, 9, ['Two.', 'Three.', 'One.']],
    [5, 0, ['One.', 'Two.', 'Three.']],
  ])('moves step %s to %s', (from, to, expected) => {
    expect(captions(moveStep(story, from, to))).toEqual(expected);
  });

  it('removes and replaces a step', () => {
    expect(captions(removeStep(story, 1))).toEqual(['One.', 'Three.']);
    expect(captions(replaceStep(story, 1, eventStep('recognition', 'New.')))).toEqual(['One.', 'New.', 'Three.']);
  });

  it('makes a step of the current view: its window as dates, its filters and lanes', () => {
    const filters = { ...NO_FILTERS, categories: new Set(['arms']), query: 'drones' };
    expect(viewStep([Date.UTC(2012, 0, 1), Date.UTC(2014, 0, 1)], filters, 'actor', 'Arms.')).toEqual({
      from: '2012', to: '2013', filters: { categories: ['arms'] }, lanes: 'actor', caption: 'Arms.',
    });
    expect(viewStep([Date.UTC(2012, 0, 1), Date.UTC(2014, 0, 1)], NO_FILTERS, 'category', 'All.')).toEqual({ from: '2012', to: '2013', caption: 'All.' });
  });

  it('puts a story into a dataset, replacing one of the same id, and removes it', () => {
    const dataset = datasetOf(timeline);
    const once = putStory(dataset, story);
    expect(once.stories).toEqual([story]);
    const renamed = { ...story, title: 'Renamed' };
    expect(putStory(once, renamed).stories).toEqual([renamed]);
    expect(putStory(once, { ...story, id: 'other' }).stories!.map((s) => s.id)).toEqual(['tour', 'other']);
    expect(removeStory(once, 'tour')).not.toHaveProperty('stories');
    expect(dataset).not.toHaveProperty('stories');
  });
});
