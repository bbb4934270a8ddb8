/**
 * A store's stories in its CSV, so that an export imports back with nothing lost. A `story`
 * row gives a story's id, title and summary; each `step` row that follows names its story in
 * `id`, in order, with the step's title, its caption in `summary`, and either an `event` or a
 * window (`start`, `end`) with filters in `category`, `actors` and `certainty` (lists) and
 * `lanes`. The `event` and `lanes` columns exist only in files with stories. A step row that
 * cannot stand (no caption, an event that was not imported, both an event and a window) is
 * refused, naming the row and the column; a story left with no step is refused too.
 */
import type { Story, StoryStep, StepFilters } from '../../data/schema';
import { CERTAINTIES, LANE_MODES } from '../../data/schema';
import { endsBeforeStart, parsePartialDate } from '../../model/dates';
import { itemReport, type ImportReport } from '../report';
import type { CsvRow } from './cells';
import { formatListCell, parseListCell } from './columns';

/** The columns only a store with stories needs. */
export const STORY_COLUMNS = ['event', 'lanes'] as const;

type Cells = Partial<Record<string, string>>;

/** The story and step rows' cells, in the order they are written. */
export function storyRows(stories: readonly Story[]): { kind: 'story' | 'step'; cells: Cells }[] {
  return stories.flatMap((story) => [
    { kind: 'story' as const, cells: { id: story.id, title: story.title, summary: story.summary } },
    ...story.steps.map((step) => ({ kind: 'step' as const, cells: stepCells(story.id, step) })),
  ]);
}

function stepCells(storyId: string, step: StoryStep): Cells {
  const list = (ids: readonly string[] | undefined) => (ids ? formatListCell(ids) : undefined);
  return {
    id: storyId,
    title: step.title,
    summary: step.caption,
    event: step.event,
    start: step.from,
    end: step.to,
    category: list(step.filters?.categories),
    actors: list(step.filters?.actors),
    certainty: list(step.filters?.certainty),
    lanes: step.lanes,
  };
}

/** Reads story and step rows against the ids of the events imported; refusals go in the report. */
export function readStories(storyRowsRead: readonly CsvRow[], stepRowsRead: readonly CsvRow[], eventIds: ReadonlySet<string>, report: ImportReport): Story[] {
  const refuse = (row: CsvRow, problems: string[]) => report.items.push({ ...itemReport(row.where), id: row.word('id') || undefined, refused: problems.join('; ') });
  const stories: Story[] = [];
  const rowOf = new Map<Story, CsvRow>();
  for (const row of storyRowsRead) {
    const id = row.slug('id');
    const title = row.required('title', 'title (the story’s title)');
    const summary = row.text('summary');
    if (id && stories.some((s) => s.id === id)) row.problems.push(`id "${id}" is already used by another story row`);
    if (row.problems.length) refuse(row, row.problems);
    else {
      const story: Story = { id, title, ...(summary ? { summary } : {}), steps: [] };
      stories.push(story);
      rowOf.set(story, row);
    }
  }
  for (const row of stepRowsRead) {
    const story = stories.find((s) => s.id === row.word('id'));
    const step = readStep(row, eventIds);
    if (!story) row.problems.push(`id "${row.word('id')}" names no story row`);
    if (row.problems.length || !step) refuse(row, row.problems);
    else story!.steps.push(step);
  }
  return stories.filter((story) => {
    if (story.steps.length === 0) refuse(rowOf.get(story)!, ['no step row of this story could be imported']);
    return story.steps.length > 0;
  });
}

function readStep(row: CsvRow, eventIds: ReadonlySet<string>): StoryStep | null {
  const caption = row.required('summary', 'summary (the step’s caption)');
  const title = row.text('title');
  const event = row.word('event');
  const from = row.date('start', false);
  const to = row.date('end', false);
  const filters = readFilters(row);
  const lanes = row.word('lanes');
  if (lanes && !(LANE_MODES as readonly string[]).includes(lanes)) row.problems.push(`lanes "${lanes}" is not one of ${LANE_MODES.join(', ')}`);
  if (event) {
    if (!eventIds.has(event)) row.problems.push(`event "${event}" is not the id of any imported event`);
    if (row.word('start') || row.word('end') || filters || lanes) row.problems.push('a step shows an event or a window (start, end, filters, lanes), not both');
  } else if (!row.word('start') || !row.word('end')) row.problems.push('a step needs an event, or a window with both start and end');
  else if (from && to && endsBeforeStart(parsePartialDate(from)!, parsePartialDate(to)!)) row.problems.push(`end ${to} is before start ${from}`);
  if (row.problems.length) return null;
  const step: StoryStep = { ...(title ? { title } : {}), caption };
  return event
    ? { ...step, event }
    : { ...step, from, to, ...(filters ? { filters } : {}), ...(lanes ? { lanes: lanes as StoryStep['lanes'] } : {}) };
}

function readFilters(row: CsvRow): StepFilters | undefined {
  const categories = parseListCell(row.word('category'));
  const actors = parseListCell(row.word('actors'));
  const certainty = parseListCell(row.word('certainty')).map((c) => c.toLowerCase());
  for (const c of certainty) if (!(CERTAINTIES as readonly string[]).includes(c)) row.problems.push(`certainty: "${c}" is not one of ${CERTAINTIES.join(', ')}`);
  const filters: StepFilters = {
    ...(categories.length ? { categories } : {}),
    ...(actors.length ? { actors } : {}),
    ...(certainty.length ? { certainty: certainty as StepFilters['certainty'] } : {}),
  };
  return Object.keys(filters).length ? filters : undefined;
}
