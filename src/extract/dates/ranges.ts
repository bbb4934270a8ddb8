/**
 * Ranges written as one expression: "August 10–13, 1975", "10–13 August 1975", "June–August
 * 2014", "1998–2002", "from 1998 to 2002", "between May 14 and 16, 2018". chrono-node reads
 * only the first end of most of these (and gives "August 10–13, 1975" this year), so they are
 * found first and their words are masked before anything else reads the sentence.
 */
import type { DateMention } from '../types';
import { formatDate } from './calendar';
import { DASH, DAY, MONTH, YEAR, dayNumber, monthNumber } from './patterns';

type Parts = { year?: number; month?: number; day?: number };
type Reader = (m: RegExpExecArray) => [Parts, Parts];

const y = (s: string) => Number(s);
const SEP = `(?:${DASH}|\\s+(?:to|until|till|through|thru)\\s+)`;
const AND = '\\s+and\\s+';

/** Range shapes, each with a reader that returns both ends (the start inherits missing parts). */
const SHAPES: [string, Reader][] = [
  // August 10–13, 1975
  [`(${MONTH})\\s+(${DAY})SEP(${DAY}),?\\s+(${YEAR})`, (m) => [{ month: monthNumber(m[1]), day: dayNumber(m[2]) }, { month: monthNumber(m[1]), day: dayNumber(m[3]), year: y(m[4]) }]],
  // 10–13 August 1975
  [`(${DAY})SEP(${DAY})\\s+(${MONTH}),?\\s+(${YEAR})`, (m) => [{ day: dayNumber(m[1]) }, { day: dayNumber(m[2]), month: monthNumber(m[3]), year: y(m[4]) }]],
  // August 30 – September 2, 1975 (and with a year on both ends)
  [`(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?SEP(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})`, (m) => [{ month: monthNumber(m[1]), day: dayNumber(m[2]), year: m[3] ? y(m[3]) : undefined }, { month: monthNumber(m[4]), day: dayNumber(m[5]), year: y(m[6]) }]],
  // 30 August – 2 September 1975
  [`(${DAY})\\s+(${MONTH})(?:,?\\s+(${YEAR}))?SEP(${DAY})\\s+(${MONTH}),?\\s+(${YEAR})`, (m) => [{ day: dayNumber(m[1]), month: monthNumber(m[2]), year: m[3] ? y(m[3]) : undefined }, { day: dayNumber(m[4]), month: monthNumber(m[5]), year: y(m[6]) }]],
  // June–August 2014, June 2013 – August 2014
  [`(${MONTH})(?:,?\\s+(${YEAR}))?SEP(${MONTH}),?\\s+(${YEAR})`, (m) => [{ month: monthNumber(m[1]), year: m[2] ? y(m[2]) : undefined }, { month: monthNumber(m[3]), year: y(m[4]) }]],
  // 1998–2002, 1998–99, from 1998 to 2002
  [`(${YEAR})SEP((?:1\\d|20)?\\d{2})(?![\\d%])`, (m) => [{ year: y(m[1]) }, { year: m[2].length === 2 ? Math.floor(y(m[1]) / 100) * 100 + Number(m[2]) : y(m[2]) }]],
];

const COMPILED = SHAPES.flatMap(([shape, read]) => [
  { pattern: new RegExp(`\\bbetween\\s+${shape.replace('SEP', AND)}`, 'gi'), read, between: true },
  { pattern: new RegExp(`\\b${shape.replace('SEP', SEP)}`, 'gi'), read, between: false },
]);

/** Every range in the sentence, left to right, not overlapping. */
export function findRanges(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const { pattern, read, between } of COMPILED) {
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index + (between ? m[0].indexOf(' ') + 1 : 0);
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const value = toValue(read(m as RegExpExecArray));
      if (!value) continue;
      taken.push([m.index, end]);
      found.push({ index: start, text: sentence.slice(start, end), value, method: 'range' });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function toValue([from, to]: [Parts, Parts]): DateMention['value'] | undefined {
  const year = from.year ?? to.year!;
  const month = from.month ?? (from.day !== undefined ? to.month : undefined);
  const start = formatDate(year, month, from.day);
  const end = formatDate(to.year!, to.month, to.day);
  if (end <= start) return undefined; // "2002–1998" or "12–10 May" is not a range
  if (Number(end.slice(0, 4)) - Number(start.slice(0, 4)) > 100) return undefined;
  return { start, end, approximate: false };
}
