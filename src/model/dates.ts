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

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible
 * date. Reads character codes rather than running a regular expression and building a Date:
 * every load parses each event's dates (the validator, then normalise), 100,000 events mean
 * several hundred thousand calls, and this is the cheap way. O(1).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const n = text.length;
  if (n !== 4 && n !== 7 && n !== 10) return null;
  const year = digits(text, 0, 4);
  if (year < 0) return null;
  if (n === 4) return { year, precision: 'year' };
  if (text.charCodeAt(4) !== 45 /* - */) return null;
  const month = digits(text, 5, 2);
  if (month < 1 || month > 12) return null;
  if (n === 7) return { year, month, precision: 'month' };
  if (text.charCodeAt(7) !== 45) return null;
  const day = digits(text, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** The number written by `count` ASCII digits at `from`, or -1 if any is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Date.UTC for any year (month index 0–11, overflowing days roll over): Date.UTC reads years 0–99 as 1900–1999, so a date in the year 50
 * would be drawn in 1950. Those years take the slow path through setUTCFullYear. O(1).
 */
export function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** First instant (UTC ms) covered by a partial date. */
export function startOf(date: PartialDate): number {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First instant (UTC ms) after a partial date: the end of the year, month or day it covers. */
export function endOf(date: PartialDate): number {
  if (date.precision === 'year') return utc(date.year + 1, 0, 1);
  if (date.precision === 'month') return utc(date.year, date.month!, 1);
  return utc(date.year, date.month! - 1, date.day! + 1);
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
