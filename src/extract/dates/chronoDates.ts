/**
 * Dates that chrono-node finds: written dates in every common order ("Oct. 5, 2020",
 * "5 October 2020", "2020-10-05", "March 2019"), dates without their year ("on May 5"), and
 * dates relative to publication ("yesterday", "last Sunday", "this week", "two days ago").
 *
 * chrono decides where a date is and what it says; the precision and the direction in time
 * are decided here, from chrono's known-versus-implied components and the words around it:
 * chrono resolves a bare weekday to the nearest one (often in the future) where a news report
 * in the past tense means the last one, implies a day for "October 2020", and counts "four
 * years later" and "for four years" from publication (narrative phrases are read before this,
 * durations are dropped here).
 */
import * as chrono from 'chrono-node';
import type { DateFinding, DateValue } from '../types';
import { formatDate, isAfter, shift, truncate } from './calendar';
import { clauseTenseAt, countOf, type Tense } from './patterns';
import { daysInMonth } from '../../model/dates';


const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const DURATION_OPENING = /^(?:for|within|over|in|during)\b/i;

/** Every date chrono finds in the (masked) sentence, read as a careful reader would. */
export function findChronoDates(sentence: string, published: string | undefined): DateFinding[] {
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const found: DateFinding[] = [];
  for (const result of chrono.parse(sentence, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    const finding = read(result, sentence, published);
    if (finding) found.push(finding);
  }
  return found;
}

function read(result: chrono.ParsedResult, sentence: string, published: string | undefined): DateFinding | undefined {
  const { start } = result;
  const tags = [...result.tags()];
  const text = result.text.replace(/^(?:on|at|by)\s+/i, '').replace(/[\s,]+$/, '');
  const index = result.index + result.text.indexOf(text);
  const certain = (c: chrono.Component) => start.isCertain(c);
  const fixed = (value: DateValue | undefined, method: DateFinding['method']): DateFinding | undefined =>
    value ? { index, text, method, resolve: () => value } : undefined;

  if (tags.includes('result/relativeDate')) {
    if (DURATION_OPENING.test(result.text) || !published) return undefined;
    return fixed(relativeToPublication(result.text, published), 'publication-relative');
  }
  if (certain('year') && (certain('month') || certain('day'))) {
    if (/casualReference/.test(tags.join())) return published ? fixed(casual(text, published), 'publication-relative') : undefined;
    return fixed({ start: formatDate(start.get('year')!, start.get('month')!, certain('day') ? start.get('day')! : undefined), approximate: false }, 'explicit');
  }
  if (certain('month')) {
    // A month name must be written as a name ("May", not "may"; "March", not "march").
    if (!/[A-Z]/.test(text)) return undefined;
    const month = start.get('month')!;
    const day = certain('day') ? start.get('day')! : undefined;
    const resolve = (anchor: DateValue | undefined) => {
      const year = yearFromContext(month, day ?? 1, anchor, published, clauseTenseAt(sentence, index));
      // "29 February" in a year that has none is no date at all, not one the store cannot hold.
      if (year === undefined || (day !== undefined && day > daysInMonth(year, month))) return undefined;
      return { start: formatDate(year, month, day), approximate: false };
    };
    return { index, text, method: 'year-from-context', resolve };
  }
  if (!published) return undefined;
  if (certain('weekday') && WEEKDAY.test(text)) {
    return fixed({ start: weekdayDate(start.get('weekday')!, text, clauseTenseAt(sentence, index), published), approximate: false }, 'publication-relative');
  }
  if (/\b(?:this|last|next|past)\s+(?:week|month|year)\b/i.test(text)) return fixed(relativeToPublication(text, published), 'publication-relative');
  return undefined; // times of day alone, "now"
}

/**
 * The year of a date written without one: the story's current year when it has one; else,
 * counted from publication, the last such date before it when its clause is in the past
 * tense, the next one when in the future, otherwise the nearer of the two (news rarely
 * leaves out the year of a date more than a few months away).
 */
function yearFromContext(month: number, day: number, anchor: DateValue | undefined, published: string | undefined, tense: Tense | undefined): number | undefined {
  if (anchor) return Number((anchor.end ?? anchor.start).slice(0, 4));
  if (!published) return undefined;
  const year = Number(published.slice(0, 4));
  const after = isAfter(formatDate(year, month, day), published);
  if (tense === 'past') return after ? year - 1 : year;
  if (tense === 'future') return after || formatDate(year, month, day) === published ? year : year + 1;
  const distance = Math.abs(Date.UTC(year, month - 1, day) - Date.parse(`${published}T00:00:00Z`));
  return distance <= 183 * 86_400_000 ? year : after ? year - 1 : year + 1;
}

/**
 * "last Sunday" is the Sunday before publication; "on Friday" the last Friday up to it, unless
 * its clause is in the future tense; "next Friday" the one after.
 */
function weekdayDate(weekday: number, text: string, tense: Tense | undefined, published: string): string {
  const today = new Date(`${published}T00:00:00Z`).getUTCDay();
  if (/\bnext\b/i.test(text) || (tense === 'future' && !/\blast\b/i.test(text))) {
    return shift(published, ((weekday - today + 6) % 7) + 1, 'day');
  }
  const back = /\blast\b/i.test(text) ? ((today - weekday + 6) % 7) + 1 : (today - weekday + 7) % 7;
  return shift(published, -back, 'day');
}

function casual(text: string, published: string): DateValue | undefined {
  if (/yesterday/i.test(text)) return { start: shift(published, -1, 'day'), approximate: false };
  if (/tomorrow/i.test(text)) return { start: shift(published, 1, 'day'), approximate: false };
  if (/today|tonight|this (?:morning|afternoon|evening)/i.test(text)) return { start: published, approximate: false };
  return undefined;
}

/** "two days ago", "last month", "this week", "next year": counted from publication at the unit's precision. */
function relativeToPublication(text: string, published: string): DateValue | undefined {
  const m = /\b(?:(\w+)\s+)?(day|week|month|year)s?\b/i.exec(text);
  if (!m) return undefined;
  const unit = m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year';
  const word = (m[1] ?? '').toLowerCase();
  let amount: number;
  if (/\bago\b/i.test(text)) amount = -(countOf(word) ?? 1);
  else if (word === 'last' || word === 'past') amount = -1;
  else if (word === 'next') amount = 1;
  else if (word === 'this') amount = 0;
  else return undefined;
  if (unit === 'year') return { start: shift(truncate(published, 'year'), amount, 'year'), approximate: false };
  if (unit === 'month') return { start: shift(truncate(published, 'month'), amount, 'month'), approximate: false };
  if (unit === 'week') return { start: shift(published, amount * 7, 'day'), approximate: true };
  return { start: shift(published, amount, 'day'), approximate: false };
}
