/**
 * The editor's edits of a store's stories, on the store as it is being written (any part may
 * still be invalid): a new story whose id follows its title until it is on disk, a story
 * removed, and the authoring edits of model/stories.ts (add, move, replace steps) applied to
 * the story at an index. Steps start with an empty caption, so the validator points at what
 * is left to write.
 */
import { slugify } from '../interchange/slug';
import { addStep, eventStep, moveStep, viewStep, type Story, type StoryStep } from '../model/stories';
import type { Filters } from '../model/filters';
import type { LaneMode } from '../data/schema';
import { getIn, listOf, removeAt, setIn, textOf, type EditableStore, type Item } from './document';

/** What the preview shows now, as a window step would keep it. */
export interface PreviewView {
  /** The visible window, [t0, t1) in UTC ms. */
  window: [number, number];
  /** The reader's filters (the search is left out of a step). */
  filters: Filters;
  /** The lane mode. */
  lanes: LaneMode;
}

const NEW_STORY_ID = /^new-story(-\d+)?$/;

/** An id no other story of the store has: `wanted`, else `wanted-2`, `wanted-3`… (`except`: the story's own index). */
export function freeStoryId(store: EditableStore, wanted: string, except = -1): string {
  const taken = new Set(listOf(store, 'stories').filter((_, i) => i !== except).map((s) => s.id));
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** Appends a new story to write (no title, no steps yet); returns the store and its index. */
export function newStory(store: EditableStore): { store: EditableStore; index: number } {
  const index = listOf(store, 'stories').length;
  const story = { id: freeStoryId(store, 'new-story'), title: '', steps: [] };
  return { store: setIn(store, ['stories', index], story), index };
}

/**
 * Sets a story's title, and for a story that is not in the version on disk lets its id follow
 * ("new-story" becomes "recognition-to-war"): readers link to a story by its id, so a story
 * already published keeps it, and so does an id the author typed. A title with no Latin
 * letters or digits leaves the id as it is.
 */
export function setStoryTitle(store: EditableStore, index: number, title: string, savedIds: ReadonlySet<string>): EditableStore {
  const story = listOf(store, 'stories')[index];
  if (!story) return store;
  const next = setIn(store, ['stories', index, 'title'], title);
  const id = textOf(story.id);
  const before = slugify(textOf(story.title));
  const followed = NEW_STORY_ID.test(id) || (before !== '' && new RegExp(`^${before}(-\\d+)?$`).test(id));
  const wanted = slugify(title);
  if (savedIds.has(id) || !followed || !wanted) return next;
  return setIn(next, ['stories', index, 'id'], freeStoryId(next, wanted, index));
}

/** The store without the story at `index` (and without `stories` once none is left). */
export function removeStoryAt(store: EditableStore, index: number): EditableStore {
  const next = removeAt(store, ['stories'], index);
  return listOf(next, 'stories').length === 0 && Array.isArray(next.stories) ? setIn(next, ['stories'], undefined) : next;
}

/**
 * Applies an authoring edit of model/stories.ts to the story at `index`; the store is unchanged
 * when there is no such story or its steps are not a list (the validator says why).
 */
export function updateStory(store: EditableStore, index: number, change: (story: Story) => Story): EditableStore {
  const story = getIn(store, ['stories', index]);
  if (typeof story !== 'object' || story === null || !Array.isArray((story as Item).steps)) return store;
  return setIn(store, ['stories', index], change(story as Story));
}

/** The store with a step showing event `id` added at the end of the story at `index`. */
export function addEventStep(store: EditableStore, index: number, id: string): EditableStore {
  return updateStory(store, index, (story) => addStep(story, eventStep(id, '')));
}

/** The store with a step showing the preview's view added at the end of the story at `index`. */
export function addViewStep(store: EditableStore, index: number, view: PreviewView): EditableStore {
  return updateStory(store, index, (story) => addStep(story, viewOf(view, '')));
}

/** A step showing `view` instead of what it showed, with its title and caption kept. */
export function retakeView(step: Item, view: PreviewView): StoryStep {
  const taken = viewOf(view, textOf(step.caption));
  return typeof step.title === 'string' ? { title: step.title, ...taken } : taken;
}

function viewOf({ window, filters, lanes }: PreviewView, caption: string): StoryStep {
  return viewStep(window, filters, lanes, caption);
}

/** The story at `index` with its step `from` moved to `to` (both 0-based). */
export function moveStoryStep(store: EditableStore, index: number, from: number, to: number): EditableStore {
  return updateStory(store, index, (story) => moveStep(story, from, to));
}

/**
 * Where a step dragged from index `from` lands when it is dropped on the step at `over`, in its
 * upper half (`after` false) or lower half: the index to give moveStep, which counts after the
 * step is taken out.
 */
export function dropIndex(from: number, over: number, after: boolean): number {
  const gap = over + (after ? 1 : 0);
  return gap > from ? gap - 1 : gap;
}
