/**
 * Dates counted from the story's previous dated event, as a reader counts them: "Four years
 * later" after 2012 is 2016, "the following month" after March 2019 is April 2019, "Soon
 * afterward" is about the same time. chrono-node parses some of these but counts from the
 * reference date (publication), which is wrong for narrative, so these rules run before it.
 */
import type { DateFinding, DateValue } from '../types';
import { formatDate, hasPrecision, shift, truncate } from './calendar';
import { COUNT, DAY, MONTH, countOf, dayNumber, monthNumber } from './patterns';

type Unit = 'year' | 'month' | 'week' | 'day' | 'decade';
const UNIT = '(years?|months?|weeks?|days?|decades?)';
const VAGUE_COUNT = '(a\\s+few|several|a\\s+couple\\s+of|some)';

/** Phrases and how each moves the anchor. `sign` +1 is later, −1 earlier. */
const RULES: [RegExp, (m: RegExpExecArray) => { amount: number; unit: Unit; vague?: boolean } | undefined][] = [
  // Four years later, two months afterwards, a decade after that, three days earlier
  [new RegExp(`\\b(${COUNT})\\s+${UNIT}\\s+(later|afterwards?|after\\s+that|on|earlier|before(?:\\s+that)?|previously)\\b`, 'gi'),
    (m) => ({ amount: signOf(m[3]) * countOf(m[1])!, unit: unitOf(m[2]), vague: /decade/i.test(m[2]) })],
  // a few years later, several months earlier
  [new RegExp(`\\b${VAGUE_COUNT}\\s+${UNIT}\\s+(later|afterwards?|after\\s+that|earlier|before(?:\\s+that)?)\\b`, 'gi'),
    (m) => ({ amount: signOf(m[3]) * 3, unit: unitOf(m[2]), vague: true })],
  // the following year, the next month, the previous day ("next week" alone counts from publication)
  [/\bthe\s+(following|next|subsequent|previous|preceding)\s+(year|month|week|day)\b/gi,
    (m) => ({ amount: /follow|next|subseq/i.test(m[1]) ? 1 : -1, unit: unitOf(m[2]) })],
  // the year after, the day before
  [/\bthe\s+(year|month|week|day)\s+(after|before)\b(?!\s+(?:the|a|an|his|her|its|their)\b)/gi,
    (m) => ({ amount: m[2].toLowerCase() === 'after' ? 1 : -1, unit: unitOf(m[1]) })],
  // by the end of the year, at the start of the month: the story's current year or month
  [/\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+the\s+(year|month)\b/gi, (m) => ({ amount: 0, unit: unitOf(m[1]) })],
  // later that year, that same month, the same day, earlier that year
  [/\b(?:(?:later|earlier)\s+(?:in\s+)?that|that\s+same|that|the\s+same)\s+(year|month|day)\b/gi, (m) => ({ amount: 0, unit: unitOf(m[1]) })],
  // weeks later, months afterwards: the year is all the text gives
  [/\b(?:(?:some|many)\s+)?(weeks|months)\s+(?:later|afterwards?)\b/gi, () => ({ amount: 0, unit: 'year', vague: true })],
  // soon afterward(s), shortly after(wards), shortly thereafter
  [/\b(?:soon|shortly|not\s+long)\s+(?:afterwards?|thereafter|after(?=\s*[,.;]))/gi, () => ({ amount: 0, unit: 'year', vague: true })],
];

// "in April of the same year", "March 3 of the following year", "on 7 September that year"
const RELATIVE_YEAR = '(?:of\\s+)?(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+year\\b';
const MONTH_OF_YEAR = [
  new RegExp(`\\b()(${DAY})\\s+(${MONTH}),?\\s+${RELATIVE_YEAR}`, 'gi'),
  new RegExp(`\\b(${MONTH})(?:\\s+(${DAY}))?,?\\s+${RELATIVE_YEAR}`, 'gi'),
];

/** Every phrase in the sentence that counts from the previous dated event. */
export function findNarrative(sentence: string): DateFinding[] {
  const found: DateFinding[] = [];
  for (const m of MONTH_OF_YEAR.flatMap((pattern) => [...sentence.matchAll(pattern)])) {
    const dayFirst = m[1] === '';
    const which = dayFirst ? m[4] : m[3];
    const shiftBy = /following|next/i.test(which) ? 1 : /previous|preceding/i.test(which) ? -1 : 0;
    const month = monthNumber(dayFirst ? m[3] : m[1]);
    const day = dayFirst ? dayNumber(m[2]) : m[2] ? dayNumber(m[2]) : undefined;
    if (found.some((f) => m.index < f.index + f.text.length && m.index + m[0].length > f.index)) continue;
    const resolve = (anchor: DateValue | undefined) =>
      anchor ? { start: formatDate(Number((anchor.end ?? anchor.start).slice(0, 4)) + shiftBy, month, day), approximate: false } : undefined;
    found.push({ index: m.index, text: m[0], method: 'narrative-relative', resolve });
  }
  for (const [pattern, read] of RULES) {
    for (const m of sentence.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.index + f.text.length && end > f.index)) continue;
      const step = read(m as RegExpExecArray);
      if (!step) continue;
      // "the same day" needs a day: after "in October", it means the last day-precise date.
      const sameDay = step.amount === 0 && step.unit === 'day';
      const resolve = (anchor: DateValue | undefined, dayAnchor?: DateValue) => {
        const from = sameDay && anchor && !hasPrecision(anchor.start, 'day') && dayAnchor ? dayAnchor : anchor;
        return from ? move(from, step.amount, step.unit, step.vague ?? false) : undefined;
      };
      found.push({ index: m.index, text: m[0], method: 'narrative-relative', resolve });
    }
  }
  return found;
}

/**
 * The anchor moved by a step, at the precision both allow: years keep only the year, months
 * need a month, days need a day. A step finer than the anchor (three weeks after "2012")
 * gives the anchor's own precision, approximate.
 */
function move(anchor: DateValue, amount: number, unit: Unit, vague: boolean): DateValue | undefined {
  // Counting goes from the end of a range when moving forward, from its start when moving back.
  const from = amount > 0 && anchor.end ? anchor.end : anchor.start;
  if (unit === 'decade') return { start: shift(truncate(from, 'year'), amount * 10, 'year'), approximate: true };
  if (unit === 'year') return { start: shift(truncate(from, 'year'), amount, 'year'), approximate: vague || anchor.approximate };
  if (unit === 'month') {
    if (!hasPrecision(from, 'month')) return { start: truncate(from, 'year'), approximate: true };
    return { start: shift(truncate(from, 'month'), amount, 'month'), approximate: vague || anchor.approximate };
  }
  const days = unit === 'week' ? amount * 7 : amount;
  if (!hasPrecision(from, 'day')) return { start: from, approximate: true };
  return { start: shift(from, days, 'day'), approximate: vague || anchor.approximate };
}

function unitOf(word: string): Unit {
  return word.toLowerCase().replace(/s$/, '') as Unit;
}

function signOf(word: string): number {
  return /^(earlier|before|previously)/i.test(word) ? -1 : 1;
}
