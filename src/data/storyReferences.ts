/**
 * Cross-references of the optional top-level `stories`: story ids are unique, every event a step
 * shows exists, a window's end is not before its start and the window shows some part of the
 * timeline, and a window's filters name known categories and actors. Messages name the story
 * and the step by its number as the reader sees it (step 1 is the first after the title card).
 * Cost: O(s) for s steps, plus one O(n) pass for the data's extent when some step is a window.
 */
import type { Dataset, Story, StoryStep } from './schema';
import type { Problem } from './problems';
import { coveredInterval, endsBeforeStart, parsePartialDate } from '../model/dates';
import { windowOf } from '../model/windowText';

/** The ids the store lists, by list. */
export interface KnownIds {
  /** Event ids. */
  events: ReadonlyMap<string, unknown> | ReadonlySet<string>;
  /** Category ids. */
  categories: ReadonlyMap<string, unknown> | ReadonlySet<string>;
  /** Actor ids. */
  actors: ReadonlyMap<string, unknown> | ReadonlySet<string>;
}

/** Every problem in a store's stories, in document order. */
export function checkStoryReferences(data: Dataset & { stories: Story[] }, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  let extent: [number, number] | null | undefined;
  const dataExtent = () => (extent === undefined ? (extent = extentOf(data)) : extent);

  data.stories.forEach((story, s) => {
    const first = seen.get(story.id);
    if (first !== undefined) problems.push({ path: ['stories', s, 'id'], message: `id "${story.id}" is used twice in stories (first at stories[${first}])` });
    else seen.set(story.id, s);
    story.steps.forEach((step, i) => {
      const at = (...rest: (string | number)[]) => ['stories', s, 'steps', i, ...rest];
      const says = `story "${story.id}", step ${i + 1}`;
      if (step.event !== undefined) {
        if (!known.events.has(step.event)) problems.push({ path: at('event'), message: `${says} names event "${step.event}", which is not in events` });
        return;
      }
      problems.push(...checkWindow(step, says, at, dataExtent));
      const filters = step.filters;
      filters?.categories?.forEach((id, j) => {
        if (!known.categories.has(id)) problems.push({ path: at('filters', 'categories', j), message: `${says} filters on category "${id}", which is not in categories` });
      });
      filters?.actors?.forEach((id, j) => {
        if (!known.actors.has(id)) problems.push({ path: at('filters', 'actors', j), message: `${says} filters on actor "${id}", which is not in actors` });
      });
    });
  });
  return problems;
}

/** A window step's own problems: an end before its start, or a window that shows none of the data. */
function checkWindow(step: StoryStep, says: string, at: (...rest: string[]) => (string | number)[], dataExtent: () => [number, number] | null): Problem[] {
  const { from, to } = step as { from: string; to: string };
  if (endsBeforeStart(parsePartialDate(from)!, parsePartialDate(to)!)) return [{ path: at('to'), message: `${says}: to ${to} is before from ${from}` }];
  const window = windowOf(from, to)!;
  const extent = dataExtent();
  if (extent && (window[1] <= extent[0] || window[0] >= extent[1])) {
    return [{ path: at(), message: `${says}: the window ${from} – ${to} shows none of this timeline (its events and eras lie between ${year(extent[0])} and ${year(extent[1] - 1)})` }];
  }
  return [];
}

/** [first instant, last instant] over events and eras, or null when there are none. */
function extentOf(data: Dataset): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of [...data.events, ...data.eras]) {
    const [t0, t1] = coveredInterval(parsePartialDate(item.start)!, item.end ? parsePartialDate(item.end)! : undefined);
    if (t0 < lo) lo = t0;
    if (t1 > hi) hi = t1;
  }
  return lo < hi ? [lo, hi] : null;
}

const year = (t: number) => new Date(t).getUTCFullYear();
