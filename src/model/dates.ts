/**
 * Partial calendar dates ("2012", "2012-02", "2012-02-26") and the intervals they cover.
 *
 * The shape of a date string is its precision: a year-only date covers the whole year and
 * must never be treated as 1 January. All arithmetic is in UTC so that a date reads the same
 * in every time zone.
 */

/** How much of a date its source states. */
export type Precision = 'year' | 'month' | 'day';

/** A parsed partial date. Months are 1–12. */
export interface PartialDate {
  /** Four-digit year. */
  year: number;
  /** 1–12, absent for year precision. */
  month?: number;
  /** 1–31, present only for day precision. */
  day?: number;
  /** Which parts the date string gave. */
  precision: Precision;
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The regular expression every date string must match (used by the JSON Schema too). */
export const DATE_PATTERN = DATE_SHAPE.source;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = DATE_SHAPE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First instant (UTC ms) covered by a partial date. */
export function startOf(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First instant (UTC ms) after a partial date: the end of the year, month or day it covers. */
export function endOf(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1);
  if (date.precision === 'month') return Date.UTC(date.year, date.month!, 1);
  return Date.UTC(date.year, date.month! - 1, date.day! + 1);
}

/**
 * The half-open interval [start, end) in UTC ms that an event from `start` to optional `end`
 * covers. A single day-precision date gives a one-day interval, which is drawn as a point.
 */
export function coveredInterval(start: PartialDate, end?: PartialDate): [number, number] {
  return [startOf(start), endOf(end ?? start)];
}

/**
 * True when `end` lies wholly before `start` at the precision both state. "2012" to "2012-03"
 * is fine (the end falls within the start's year); "2012-05" to "2012" is fine too, because the
 * year 2012 does not end before May 2012.
 */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return endOf(end) <= startOf(start);
}
