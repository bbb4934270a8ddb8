// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addEventStep, addViewStep, dropIndex, freeStoryId, moveStoryStep, newStory, removeStoryAt, retakeView, setStoryTitle, updateStory } from './storyEdits';
import { listOf, type EditableStore } from './document';
import { NO_FILTERS } from '../model/filters';
import { utc } from '../model/dates';
import { moveStep } from '../model/stories';

const told: EditableStore = {
  title: 'T',
  stories: [{ id: 'recognition-to-war', title: 'Recognition to war', steps: [{ event: 'a', caption: 'one' }, { event: 'b', caption: 'two' }, { event: 'c', caption: 'three' }] }],
};
const stories = (store: EditableStore) => listOf(store, 'stories');
const steps = (store: EditableStore, i = 0) => listOf(stories(store)[i], 'steps');

describe('a new story', () => {
  it('gets a free id, no title and no steps, at the end', () => {
    const { store, index } = newStory(told);
    expect(index).toBe(1);
    expect(stories(store)[1]).toEqual({ id: 'new-story', title: '', steps: [] });
    expect(stories(newStory(store).store)[2].id).toBe('new-story-2');
    expect(newStory({}).store).toEqual({ stories: [{ id: 'new-story', title: '', steps: [] }] });
  });

  it.each([
    ['Gas and arms', 'gas-and-arms'],
    ['Recognition to war', 'recognition-to-war-2'],
    ['Spärck’s ties', 'sparck-s-ties'],
  ])('takes its id from its title "%s" → %s, unique', (title, id) => {
    const { store, index } = newStory(told);
    expect(stories(setStoryTitle(store, index, title, new Set()))[index]).toEqual({ id, title, steps: [] });
  });

  it('follows the title as it is typed, and stops for an id on disk, one of the author’s own, or a title without Latin letters', () => {
    const { store, index } = newStory(told);
    let next = store;
    for (const title of ['G', 'Ga', 'Gas', 'Gas d']) next = setStoryTitle(next, index, title, new Set());
    expect(stories(next)[index].id).toBe('gas-d');
    expect(stories(setStoryTitle(told, 0, 'Another title', new Set(['recognition-to-war'])))[0].id).toBe('recognition-to-war');
    const own = setStoryTitle({ stories: [{ id: 'mine', title: 'Gas', steps: [] }] }, 0, 'Gas deal', new Set());
    expect(stories(own)[0].id).toBe('mine');
    expect(stories(setStoryTitle(store, index, 'Война', new Set()))[index]).toMatchObject({ id: 'new-story', title: 'Война' });
  });

  it('never takes the id of another story, and keeps its own suffix while following', () => {
    expect(freeStoryId(told, 'recognition-to-war')).toBe('recognition-to-war-2');
    expect(freeStoryId(told, 'recognition-to-war', 0)).toBe('recognition-to-war');
    const { store, index } = newStory(told);
    const once = setStoryTitle(store, index, 'Recognition to war', new Set());
    expect(stories(setStoryTitle(once, index, 'Recognition to war!', new Set()))[index].id).toBe('recognition-to-war-2');
  });
});

describe('removing a story', () => {
  it('removes it, and the list with the last one', () => {
    const two = newStory(told).store;
    expect(stories(removeStoryAt(two, 0)).map((s) => s.id)).toEqual(['new-story']);
    expect(removeStoryAt(told, 0)).toEqual({ title: 'T' });
    expect(removeStoryAt(told, 5)).toBe(told);
  });
});

describe('steps', () => {
  const view = { window: [utc(2010, 0, 1), utc(2015, 0, 1)] as [number, number], filters: { ...NO_FILTERS, categories: new Set(['arms']) }, lanes: 'actor' as const };

  it('adds an event step and a view step at the end, each with a caption to write', () => {
    const next = addViewStep(addEventStep(told, 0, 'd'), 0, view);
    expect(steps(next).slice(3)).toEqual([
      { event: 'd', caption: '' },
      { from: '2010', to: '2014', filters: { categories: ['arms'] }, lanes: 'actor', caption: '' },
    ]);
    expect(steps(told)).toHaveLength(3);
  });

  it('re-takes a step’s view, keeping its title and caption', () => {
    expect(retakeView({ title: 'Deal', event: 'a', caption: 'Kept.' }, { ...view, filters: NO_FILTERS, lanes: 'category' })).toEqual({ title: 'Deal', from: '2010', to: '2014', caption: 'Kept.' });
    expect(retakeView({ from: '1990', to: '1999', lanes: 'actor', caption: 'x' }, view)).toEqual({ from: '2010', to: '2014', filters: { categories: ['arms'] }, lanes: 'actor', caption: 'x' });
  });

  it('moves a step', () => {
    expect(steps(moveStoryStep(told, 0, 2, 0)).map((s) => s.caption)).toEqual(['three', 'one', 'two']);
  });

  it('leaves a story whose steps are not a list, or a missing one, as it is', () => {
    const broken = { stories: [{ id: 'x', title: 'X', steps: 'none' }] };
    expect(addEventStep(broken, 0, 'a')).toBe(broken);
    expect(updateStory(told, 3, (s) => s)).toBe(told);
  });

  // Three steps; a drop on a step's upper half lands before it, on its lower half after it.
  it.each([
    [0, 2, true, 2, ['two', 'three', 'one']],
    [0, 2, false, 1, ['two', 'one', 'three']],
    [2, 0, false, 0, ['three', 'one', 'two']],
    [2, 0, true, 1, ['one', 'three', 'two']],
    [1, 1, false, 1, ['one', 'two', 'three']],
    [1, 1, true, 1, ['one', 'two', 'three']],
    [1, 2, false, 1, ['one', 'two', 'three']],
    [1, 0, true, 1, ['one', 'two', 'three']],
  ])('dragged from %i onto %i (after: %s) goes to %i', (from, over, after, to, order) => {
    expect(dropIndex(from, over, after)).toBe(to);
    const story = { id: 's', title: 'S', steps: steps(told) as never[] };
    expect(moveStep(story, from, dropIndex(from, over, after)).steps.map((s: { caption: string }) => s.caption)).toEqual(order);
  });
});
