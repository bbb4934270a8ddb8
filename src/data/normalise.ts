/**
 * Turns a validated dataset into the Timeline the rest of the app reads. Dates are parsed and
 * intervals computed here, once per load, so no later stage parses a date string again.
 * Cost: O(n log n) for the sort.
 */
import type { Dataset, RawEvent } from './schema';
import type { Pause } from './pause';
import type { Timeline, TimelineEvent } from '../model/types';
import { coveredInterval, parsePartialDate, type PartialDate } from '../model/dates';

const parse = (s: string): PartialDate => {
  const date = parsePartialDate(s);
  // The validator has already rejected impossible dates; this guards misuse of the function.
  if (!date) throw new Error(`normalise: invalid date "${s}" (validate first)`);
  return date;
};

/** Builds the normalised timeline from a dataset that passed validateDataset. */
export function normalise(data: Dataset): Timeline {
  return assemble(data, data.events.map(normaliseEvent));
}

/** Events normalised between pauses when normalising in slices. */
const SLICE_EVENTS = 2000;

/** normalise for large datasets: events in slices with a pause between them. */
export async function normaliseInSlices(data: Dataset, pause: Pause): Promise<Timeline> {
  const events: TimelineEvent[] = [];
  for (let from = 0; from < data.events.length; from += SLICE_EVENTS) {
    for (const e of data.events.slice(from, from + SLICE_EVENTS)) events.push(normaliseEvent(e));
    await pause();
  }
  return assemble(data, events);
}

/** One event with its dates parsed and its interval computed. */
function normaliseEvent(e: RawEvent): TimelineEvent {
  const startDate = parse(e.start);
  const endDate = e.end ? parse(e.end) : startDate;
  const [t0, t1] = coveredInterval(startDate, endDate);
  return {
    id: e.id,
    order: 0,
    title: e.title,
    summary: e.summary,
    start: e.start,
    end: e.end,
    startDate,
    endDate,
    approximate: e.approximate ?? false,
    category: e.category,
    actors: e.actors,
    certainty: e.certainty,
    value: e.value,
    sources: e.sources,
    t0,
    t1,
    isPoint: startDate.precision === 'day' && (e.end === undefined || e.end === e.start),
    disputedBySources: e.sources.some((c) => c.claims !== undefined),
  };
}

/** The timeline around its normalised events: sorted, with eras, extent and lookups. */
function assemble(data: Dataset, events: TimelineEvent[]): Timeline {
  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : 1));
  events.forEach((e, i) => (e.order = i));

  const eras = data.eras
    .map((era) => {
      const [t0, t1] = coveredInterval(parse(era.start), parse(era.end));
      return { ...era, t0, t1 };
    })
    .sort((a, b) => a.t0 - b.t0);

  // A loop rather than Math.min(...all): spreading 100,000 arguments can overflow the stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of [...events, ...eras]) {
    if (item.t0 < lo) lo = item.t0;
    if (item.t1 > hi) hi = item.t1;
  }
  const extent: [number, number] = lo < hi ? [lo, hi] : [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];

  return {
    id: data.id,
    title: data.title,
    description: data.description,
    pair: data.pair,
    actors: data.actors,
    categories: data.categories,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    eras,
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    extent,
  };
}
