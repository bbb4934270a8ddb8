/**
 * TimelineJS3 dates into store dates. TimelineJS3 writes a date as an object of parts
 * (`year` … `millisecond`, numbers or strings, often "" or "05"); the store writes
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD", whose shape is its precision. Times of day are dropped
 * to the day and said so; what cannot be a store date (years before 1, impossible months) is
 * a problem the caller turns into a refusal.
 */
import { daysInMonth } from '../../model/dates';

/** A TimelineJS3 date object as read from JSON, loosely typed: any part may be anything. */
export type TlDate = Record<string, unknown>;

/** A store date read from a TimelineJS3 date, or why there is none. */
export type DateReading =
  | { ok: true; date: string; year: number; time?: string; dayDropped?: string }
  | { ok: false; problem: string };

const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond'] as const;

/** How messages name a date and its parts, in the words of the form it was read from. */
export interface DateNames {
  /** The whole date: "start_date", "the start date". */
  whole: string;
  /** One part: "start_date.month", "End Month". */
  part(key: string): string;
}

/** Date names for each form: JSON paths, the sheet's column names, legacy JSON's keys. */
export const DATE_NAMING: Record<'json' | 'sheet' | 'legacy', (which: 'start' | 'end') => DateNames> = {
  json: (which) => ({ whole: `${which}_date`, part: (key) => `${which}_date.${key}` }),
  sheet: (which) => ({
    whole: `the ${which} date`,
    part: (key) => `${which === 'end' ? 'End ' : ''}${['year', 'month', 'day'].includes(key) ? key[0].toUpperCase() + key.slice(1) : 'Time'}`,
  }),
  legacy: (which) => ({ whole: `${which}Date`, part: (key) => `${which}Date's ${key}` }),
};

/**
 * Reads a TimelineJS3 date object; `names` words the messages. A `time` key holding text is
 * this importer's own: the spreadsheet reader keeps the sheet's Time cell there as written,
 * so that the report can quote it.
 */
export function readTlDate(value: unknown, names: DateNames): DateReading {
  const field = names.whole;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: `${field} is not a date object with a year` };
  }
  const date = value as TlDate;
  const parts: Record<string, number | undefined> = {};
  for (const key of ['year', 'month', 'day', ...TIME_PARTS]) {
    const part = wholeNumber(date[key]);
    if (part === null) return { ok: false, problem: `${names.part(key)} ${JSON.stringify(date[key])} is not a whole number` };
    parts[key] = part;
  }
  const { year, month, day } = parts;
  if (year === undefined) return { ok: false, problem: `${field} has no year` };
  if (year < 1) {
    return { ok: false, problem: `${field} is in year ${year}: the store holds dates from year 1 on, and TimelineJS3 writes years before 1 CE as 0 or negative numbers` };
  }
  if (year > 9999) return { ok: false, problem: `${field} is in year ${year}: the store holds four-digit years only` };
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, problem: `${names.part('month')} ${month} is not a month from 1 to 12` };
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, problem: `${names.part('day')} ${day} does not exist in ${year}-${pad(month)}` };
  }
  const time = timeText(date, parts);
  const yyyy = String(year).padStart(4, '0');
  if (month === undefined) {
    return { ok: true, date: yyyy, year, time, dayDropped: day === undefined ? undefined : `${field} gives day ${day} but no month, so only the year is kept` };
  }
  return { ok: true, date: day === undefined ? `${yyyy}-${pad(month)}` : `${yyyy}-${pad(month)}-${pad(day)}`, year, time };
}

/** True when a date object has any part filled in (TimelineJS3 samples carry empty end dates). */
export function hasDateParts(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const date = value as TlDate;
  return ['year', 'month', 'day', ...TIME_PARTS, 'time'].some((key) => text(date[key]) !== '');
}

/**
 * A date written as text, as TimelineJS's legacy JSON (`"1963,8,9"`) and old spreadsheets
 * (`Start Date`) write it: "YYYY,M,D[,h,m,s]", "YYYY-MM-DD[ hh:mm[:ss]]" or US "M/D/YYYY
 * [hh:mm]". Returns a date object, or null when the text is none of these.
 */
export function parseDateText(input: string): TlDate | null {
  const s = input.trim();
  const comma = /^(-?\d+)(?:,(\d{1,2}))?(?:,(\d{1,2}))?(?:,(\d{1,2}))?(?:,(\d{1,2}))?(?:,(\d{1,2}))?$/.exec(s);
  if (comma) return fromParts(comma.slice(1));
  const iso = /^([+-]?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return fromParts([iso[1].replace('+', ''), ...iso.slice(2)]);
  const us = /^(\d{1,2})\/(?:(\d{1,2})\/)?(-?\d+)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (us) return fromParts([us[3], us[1], us[2], us[4], us[5], us[6]]);
  return null;
}

function fromParts([year, month, day, hour, minute, second]: (string | undefined)[]): TlDate {
  const date: TlDate = { year };
  if (month) date.month = month;
  if (day) date.day = day;
  if (hour) date.hour = hour;
  if (minute) date.minute = minute;
  if (second) date.second = second;
  return date;
}

/** The time of day a date gives, as written or as hh:mm[:ss[.mmm]], or undefined. */
function timeText(date: TlDate, parts: Record<string, number | undefined>): string | undefined {
  const written = text(date.time);
  if (written) return written;
  if (TIME_PARTS.every((key) => parts[key] === undefined)) return undefined;
  const [h, m, s, ms] = TIME_PARTS.map((key) => parts[key] ?? 0);
  return `${pad(h)}:${pad(m)}${s || ms ? `:${pad(s)}` : ''}${ms ? `.${String(ms).padStart(3, '0')}` : ''}`;
}

/** A date part as a whole number; undefined when empty; null when it is something else. */
function wholeNumber(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return undefined;
  return /^-?\d+$/.test(s) ? Number(s) : null;
}

/** A value as trimmed text: strings and numbers; anything else is empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
