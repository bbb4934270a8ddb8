/**
 * Small date arithmetic on partial dates (YYYY, YYYY-MM, YYYY-MM-DD), in UTC, for dates that
 * are counted from another: "four years later", "the following month", "last Sunday".
 */
import { daysInMonth, parsePartialDate, type PartialDate, type Precision } from '../../model/dates';

/** Writes a partial date at the precision its parts give. */
export function formatDate(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = String(month).padStart(2, '0');
  return day === undefined ? `${y}-${m}` : `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** A date string's parts; throws on a malformed one (callers only pass dates they wrote). */
export function partsOf(date: string): PartialDate {
  const parsed = parsePartialDate(date);
  if (!parsed) throw new Error(`not a partial date: ${date}`);
  return parsed;
}

/** The date cut down to a coarser precision (never refined). */
export function truncate(date: string, precision: Precision): string {
  const length = precision === 'year' ? 4 : precision === 'month' ? 7 : 10;
  return date.slice(0, Math.min(length, date.length));
}

/** Whether a date is written at least at this precision. */
export function hasPrecision(date: string, precision: Precision): boolean {
  return date.length >= (precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/** Adds whole years, months or days; the result keeps the input's precision. */
export function shift(date: string, amount: number, unit: 'year' | 'month' | 'day'): string {
  const { year, month, day } = partsOf(date);
  if (unit === 'year') return formatDate(year + amount, month, day === undefined ? undefined : Math.min(day, daysInMonth(year + amount, month!)));
  if (unit === 'month') {
    if (month === undefined) throw new Error('shift by months needs a month');
    const index = year * 12 + (month - 1) + amount;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return formatDate(y, m, day === undefined ? undefined : Math.min(day, daysInMonth(y, m)));
  }
  if (day === undefined) throw new Error('shift by days needs a day');
  const at = new Date(Date.UTC(year, month! - 1, day + amount));
  return formatDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** Whether date a is after date b, comparing at the coarser of their precisions. */
export function isAfter(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}
