/**
 * Dates as people type them into the editor ("26 Feb 2012", "Feb 2012", "2012", "26.02.2012",
 * "February 26, 2012", "26 февраля 2012 г.", "26 בפברואר 2012") turned into the store's form,
 * whose shape is its precision ("2012-02-26", "2012-02", "2012").
 *
 * A small reader rather than chrono-node: chrono finds dates inside running English prose and
 * fills in what a sentence leaves out (a day, a year) from a reference date, where the editor
 * needs the opposite: one field, nothing invented, the precision exactly as typed, and month
 * names in the four interface languages (chrono has no Hebrew or Azerbaijani). Month names come
 * from Intl in each language, so the table is the browser's own. Numeric dates are read day
 * first (26/02/2012), as in all four languages; the stored form shown beside the field makes
 * the reading visible.
 */
import { parsePartialDate, type Precision } from '../model/dates';

/** What a typed date reads as. */
export type TypedDate =
  | { ok: true; date: string; precision: Precision }
  | { ok: false; reason: 'empty' | 'unreadable' | 'impossible' };

/** The locales whose month names are understood (English, Russian, Hebrew, Azerbaijani). */
const MONTH_LOCALES = ['en-GB', 'en-US', 'ru', 'he', 'az-Latn'];

/** Words that may stand around a date without changing it: "of", Russian "г." / "года", Azerbaijani "il", ordinal suffixes. */
const FILLERS = new Set(['of', 'the', 'г', 'гг', 'год', 'года', 'il', 'ci', 'cı', 'cu', 'cü', 'st', 'nd', 'rd', 'th']);

let monthNames: Map<string, number> | undefined;

/** Every month name and abbreviation in the month locales, normalised, → month number 1–12. */
function months(): Map<string, number> {
  if (monthNames) return monthNames;
  monthNames = new Map();
  const styles: Intl.DateTimeFormatOptions['month'][] = ['long', 'short'];
  for (const locale of MONTH_LOCALES) {
    for (let month = 1; month <= 12; month++) {
      const instant = Date.UTC(2012, month - 1, 26);
      for (const style of styles) {
        // Alone ("февраль") and inside a date ("февраля", the genitive a Russian writes).
        const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(instant);
        const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' })
          .formatToParts(instant)
          .find((part) => part.type === 'month')?.value;
        for (const name of [alone, inDate]) if (name) monthNames.set(normaliseWord(name), month);
      }
    }
  }
  return monthNames;
}

function normaliseWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/[.׳'’]/g, '');
}

/** The month a word names: a full name, an abbreviation, or an unambiguous start of three letters or more. */
export function monthOf(word: string): number | undefined {
  const table = months();
  const candidates = [normaliseWord(word)];
  // Hebrew writes "in February" as one word: "בפברואר".
  if (/^ב[\u05d0-\u05ea]{3,}/.test(candidates[0])) candidates.push(candidates[0].slice(1));
  for (const w of candidates) {
    const exact = table.get(w);
    if (exact) return exact;
  }
  for (const w of candidates) {
    if ([...w].length < 3) continue;
    const found = new Set<number>();
    for (const [name, month] of table) if (name.startsWith(w)) found.add(month);
    if (found.size === 1) return [...found][0];
  }
  return undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Reads a typed date; the result is the store's form or why it cannot be one. */
export function readTypedDate(typed: string): TypedDate {
  const text = typed.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  if (iso) return fromParts(Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
  const numeric = /^(?:(\d{1,2})[-/.])?(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (numeric) return fromParts(Number(numeric[3]), Number(numeric[2]), numeric[1] === undefined ? undefined : Number(numeric[1]));

  const words = text
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .split(/[\s,]+|(?<=\d)[-.](?=\D)|(?<=\D)[-.](?=\d)/u)
    .map((w) => w.replace(/^[-.]+|[-.]+$/g, ''))
    .filter((w) => w !== '' && !FILLERS.has(w.replace(/\.$/, '')));
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  for (const word of words) {
    if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (/^\d{1,2}$/.test(word) && day === undefined) day = Number(word);
    else {
      const named = monthOf(word);
      if (named === undefined || month !== undefined) return { ok: false, reason: 'unreadable' };
      month = named;
    }
  }
  // A day needs its month; a year is always needed: nothing is filled in.
  if (year === undefined || (day !== undefined && month === undefined)) return { ok: false, reason: 'unreadable' };
  return fromParts(year, month, day);
}

function fromParts(year: number, month: number | undefined, day: number | undefined): TypedDate {
  const date = month === undefined ? pad(year, 4) : day === undefined ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const parsed = parsePartialDate(date);
  return parsed ? { ok: true, date, precision: parsed.precision } : { ok: false, reason: 'impossible' };
}
