/**
 * The normalised timeline every later stage reads: events in time order with their covered
 * intervals worked out once, and lookup tables for the lists they refer to.
 */
import type { Certainty, Citation, Source, Value } from '../data/schema';
import type { PartialDate, Precision } from './dates';

export type { Certainty, Citation, Source, Value, PartialDate, Precision };

/** A country or other party. */
export interface Actor {
  /** ISO 3166-1 alpha-3 for countries. */
  id: string;
  /** Display name, in the data's language. */
  name: string;
}

/** A category (a lane by default). */
export interface Category {
  /** Stable id, used in URLs. */
  id: string;
  /** Display label, in the data's language. */
  label: string;
}

/** A named background period with its covered interval. */
export interface Era {
  /** Stable id. */
  id: string;
  /** Display title. */
  title: string;
  /** As written in the data. */
  start: string;
  /** As written in the data. */
  end: string;
  /** First instant covered, UTC ms. */
  t0: number;
  /** First instant after the era, UTC ms. */
  t1: number;
}

/** An event ready for filtering, layout and display. */
export interface TimelineEvent {
  /** Stable slug, used in URLs. */
  id: string;
  /** Position in time order (0-based), the order of previous / next. */
  order: number;
  /** Headline. */
  title: string;
  /** Plain-text summary. */
  summary: string;
  /** Start as written ("2012", "2012-02", "2012-02-26"). */
  start: string;
  /** End as written, when the event is a range. */
  end?: string;
  /** Parsed start. */
  startDate: PartialDate;
  /** Parsed end, or the start again for a single date. */
  endDate: PartialDate;
  /** True when the date is "circa". */
  approximate: boolean;
  /** Category id. */
  category: string;
  /** Actor ids. */
  actors: string[];
  /** How sure anyone is. */
  certainty: Certainty;
  /** A money figure, if any. */
  value?: Value;
  /** Every citation, in the data's order. */
  sources: Citation[];
  /** First instant covered, UTC ms. */
  t0: number;
  /** First instant after the event, UTC ms (t1 > t0 always). */
  t1: number;
  /** True for a single day-precision date, drawn as a point rather than a span. */
  isPoint: boolean;
  /** True when some citation claims something other than the record. */
  disputedBySources: boolean;
}

/** A whole normalised dataset. */
export interface Timeline {
  /** Dataset id. */
  id: string;
  /** Dataset title. */
  title: string;
  /** Dataset description. */
  description: string;
  /** The two actor ids the timeline is about. */
  pair: [string, string];
  /** All actors, in data order. */
  actors: Actor[];
  /** All categories, in data order. */
  categories: Category[];
  /** All sources by id. */
  sources: Map<string, Source>;
  /** Eras in time order. */
  eras: Era[];
  /** Events in time order (by start, then end, then id). */
  events: TimelineEvent[];
  /** Events by id. */
  byId: Map<string, TimelineEvent>;
  /** [first instant, last instant] over events and eras, UTC ms. */
  extent: [number, number];
}
