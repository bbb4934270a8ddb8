/**
 * A TimelineJS3 timeline as read from any of its three forms (its JSON, its legacy v2 JSON, its
 * spreadsheet template), before anything is converted: slides as plain objects in TimelineJS3's
 * own JSON shape, each with the place it came from. The three readers produce this; one
 * converter (toStore.ts) turns it into a store, so all forms follow the same rules.
 */
import type { ImportFormat } from '../report';

/** A slide (event, era or title) and where it was in the input. */
export interface LocatedSlide {
  /** `events[3]`, `timeline.date[2]`, `row 5`. */
  where: string;
  /** The slide in TimelineJS3's JSON shape: start_date, end_date, text, media, group, … */
  slide: Record<string, unknown>;
  /** Why the reader already refused it (a spreadsheet row without a Year). */
  refused?: string;
  /** What the reader already had to leave out (an End Month without an End Year). */
  dropped?: string[];
}

/** A whole timeline read from one of TimelineJS3's forms. */
export interface TimelineInput {
  /** Which form it was read from. */
  format: Extract<ImportFormat, 'timelinejs-json' | 'timelinejs-v2-json' | 'timelinejs-sheet'>;
  /** The title slide, if there is one. */
  title?: LocatedSlide;
  /** The event slides, in input order. */
  events: LocatedSlide[];
  /** The eras, in input order. */
  eras: LocatedSlide[];
  /** `scale`, as written ("human", "cosmological") or absent. */
  scale?: string;
  /** What the reader noticed about the whole file (unknown columns, a second title row). */
  notes: string[];
  /** How messages name dates: as JSON paths, as the sheet's columns or as legacy keys. */
  dateNaming: 'json' | 'sheet' | 'legacy';
}

/** The outcome of reading a form: the timeline, or why it cannot be read at all. */
export type ReadTimeline = { ok: true; input: TimelineInput } | { ok: false; problem: string };

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads TimelineJS3's current JSON format: `{title?, events, eras?, scale?}`. */
export function readTimelineJson(root: Record<string, unknown>): ReadTimeline {
  if (!Array.isArray(root.events)) return { ok: false, problem: '"events" must be a list of slides' };
  const locate = (list: string) => (slide: unknown, i: number): LocatedSlide =>
    isObject(slide) ? { where: `${list}[${i}]`, slide } : { where: `${list}[${i}]`, slide: {}, refused: 'is not a slide object' };
  const notes: string[] = [];
  if (root.eras !== undefined && !Array.isArray(root.eras)) notes.push('"eras" is not a list and was left out');
  if (root.title !== undefined && !isObject(root.title)) notes.push('"title" is not a slide object and was left out');
  return {
    ok: true,
    input: {
      format: 'timelinejs-json',
      title: isObject(root.title) ? { where: 'title', slide: root.title } : undefined,
      events: root.events.map(locate('events')),
      eras: Array.isArray(root.eras) ? root.eras.map(locate('eras')) : [],
      scale: typeof root.scale === 'string' ? root.scale : undefined,
      notes,
      dateNaming: 'json',
    },
  };
}
