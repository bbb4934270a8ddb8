// @vitest-environment node
/**
 * The rules for stories, one mutation of a valid store per row: each row breaks exactly one
 * rule, and the validator's line must name the place and say what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from './validate';
import { formatProblem } from './problems';

type Step = Record<string, unknown>;
type Story = { id: string; title: string; summary?: string; steps: Step[] };
type Store = Record<string, unknown> & { stories?: Story[] };

/** The minimal fixture (events "recognition" 1991 and "arms-deal-2012" 2012–2013) with one story of an event step and a window step. */
function storeWithStory(): Store {
  const data = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')) as Store;
  data.stories = [
    {
      id: 'tour',
      title: 'A tour',
      summary: 'Two steps.',
      steps: [
        { event: 'recognition', caption: 'Israel recognised Azerbaijan.' },
        { title: 'Arms', from: '2011', to: '2014', filters: { categories: ['arms'], actors: ['AZE'], certainty: ['reported'] }, lanes: 'actor', caption: 'Then came arms.' },
      ],
    },
  ];
  return data;
}

/** The problem lines for a store, as `npm run validate` prints them. */
function lines(data: unknown): string[] {
  const result = validateDataset(data);
  return result.ok ? [] : result.problems.map((p) => formatProblem('f.json', p));
}

const step = (data: Store, i: number) => data.stories![0].steps[i];

describe('stories in the store', () => {
  it('a store with a story is valid, and so is one without stories', () => {
    expect(lines(storeWithStory())).toEqual([]);
    const without = storeWithStory();
    delete without.stories;
    expect(lines(without)).toEqual([]);
    expect(lines({ ...storeWithStory(), stories: [] })).toEqual([]);
  });

  it.each<[string, (data: Store) => void, string]>([
    ['stories not a list', (d) => void ((d as Record<string, unknown>).stories = { tour: 1 }), 'f.json: stories: stories must be a list of stories'],
    ['a story without steps', (d) => void (d.stories![0].steps = []), 'f.json: stories[0].steps: a story needs at least one step'],
    ['too many steps', (d) => void (d.stories![0].steps = Array.from({ length: 101 }, () => ({ event: 'recognition', caption: 'Again.' }))), 'f.json: stories[0].steps: a story has at most 100 steps'],
    ['a bad story id', (d) => void (d.stories![0].id = 'A Tour'), 'f.json: stories[0].id: a story id must be a slug of lower-case letters, digits and single hyphens (found "A Tour")'],
    ['a missing title', (d) => void delete (d.stories![0] as Partial<Story>).title, 'f.json: stories[0].title: title is missing'],
    ['an empty summary', (d) => void (d.stories![0].summary = ' '), 'f.json: stories[0].summary: a story summary must not be empty (found " ")'],
    ['an unknown story field', (d) => void ((d.stories![0] as Record<string, unknown>).autoplay = true), 'f.json: stories[0].autoplay: "autoplay" is not a field of the format (check its spelling)'],
    ['a missing caption', (d) => void delete step(d, 0).caption, 'f.json: stories[0].steps[0].caption: caption is missing'],
    ['a caption of spaces', (d) => void (step(d, 0).caption = '  '), 'f.json: stories[0].steps[0].caption: a caption must not be empty (found "  ")'],
    ['a caption too long', (d) => void (step(d, 0).caption = 'x'.repeat(801)), `f.json: stories[0].steps[0].caption: a caption is at most 800 characters (found "${'x'.repeat(79)}…" (801 characters))`],
    ['a step with neither', (d) => void delete step(d, 0).event, 'f.json: stories[0].steps[0]: a step needs an event or a window (from and to)'],
    ['a step with both', (d) => void Object.assign(step(d, 0), { from: '1991', to: '1992' }), 'f.json: stories[0].steps[0]: a step shows an event or a window (from and to), not both'],
    ['a window without its end', (d) => void delete step(d, 1).to, 'f.json: stories[0].steps[1]: a window needs both from and to'],
    ['lanes on an event step', (d) => void (step(d, 0).lanes = 'actor'), 'f.json: stories[0].steps[0]: filters and lanes belong to window steps, not to event steps'],
    ['a bad lane mode', (d) => void (step(d, 1).lanes = 'country'), 'f.json: stories[0].steps[1].lanes: lanes must be one of: category, actor (found "country")'],
    ['an impossible window date', (d) => void (step(d, 1).from = '2011-02-30'), 'f.json: stories[0].steps[1].from: this date does not exist in the calendar (found "2011-02-30")'],
    ['an unknown filter', (d) => void ((step(d, 1).filters as Record<string, unknown>).q = 'arms'), 'f.json: stories[0].steps[1].filters.q: "q" is not a field of the format (check its spelling)'],
    ['an empty category filter', (d) => void ((step(d, 1).filters as Record<string, unknown>).categories = []), 'f.json: stories[0].steps[1].filters.categories: categories must name at least one category'],
    ['a bad certainty filter', (d) => void ((step(d, 1).filters as Record<string, unknown>).certainty = ['rumoured']), 'f.json: stories[0].steps[1].filters.certainty[0]: certainty must be one of: confirmed, reported, alleged, disputed (found "rumoured")'],
    // Cross-references: they run once the schema passes.
    ['an unknown event', (d) => void (step(d, 0).event = 'no-such-event'), 'f.json: stories[0].steps[0].event: story "tour", step 1 names event "no-such-event", which is not in events'],
    ['a window that ends before it starts', (d) => void Object.assign(step(d, 1), { from: '2014', to: '2011-06' }), 'f.json: stories[0].steps[1].to: story "tour", step 2: to 2011-06 is before from 2014'],
    ['a window outside the data', (d) => void Object.assign(step(d, 1), { from: '2030', to: '2031' }), 'f.json: stories[0].steps[1]: story "tour", step 2: the window 2030 – 2031 shows none of this timeline (its events and eras lie between 1991 and 2020)'],
    ['an unknown category filter', (d) => void ((step(d, 1).filters as Record<string, unknown>).categories = ['arms', 'trade']), 'f.json: stories[0].steps[1].filters.categories[1]: story "tour", step 2 filters on category "trade", which is not in categories'],
    ['an unknown actor filter', (d) => void ((step(d, 1).filters as Record<string, unknown>).actors = ['ARM']), 'f.json: stories[0].steps[1].filters.actors[0]: story "tour", step 2 filters on actor "ARM", which is not in actors'],
    ['a story id used twice', (d) => void d.stories!.push({ ...d.stories![0] }), 'f.json: stories[1].id: id "tour" is used twice in stories (first at stories[0])'],
  ])('%s', (_, mutate, expected) => {
    const data = storeWithStory();
    mutate(data);
    expect(lines(data)).toEqual([expected]);
  });

  it('a window touching the data at one end is kept', () => {
    const data = storeWithStory();
    Object.assign(step(data, 1), { from: '1980', to: '1991' });
    expect(lines(data)).toEqual([]);
  });
});
