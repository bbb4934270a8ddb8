/**
 * Periods rather than dates: "the early 1990s", "the 1980s", "mid-2014", "late 2016",
 * "the spring of 2003", "around 1990", "early March 2015". Each becomes a year or month (or a
 * span of them) marked approximate.
 */
import type { DateMention, DateValue } from '../types';
import { formatDate } from './calendar';
import { MONTH, YEAR, monthNumber } from './patterns';

const PART = '(early|mid|late|the\\s+(?:end|beginning|start|middle)\\s+of|the\\s+(?:early|middle|late)\\s+part\\s+of)';
const AROUND = '(around|about|circa|c\\.|ca\\.|approximately|roughly|some\\s*time\\s+in)';
const SEASON = '(spring|summer|autumn|fall|winter)';

const RULES: [RegExp, (m: RegExpExecArray) => DateValue | undefined][] = [
  // the 1970s–1980s, the 1980s to 1990s
  [/\b(?:the\s+)?(1\d{2}0|20\d0)s(?:\s*[–—-]\s*|\s+to\s+(?:the\s+)?)(1\d{2}0|20\d0)s\b/gi, (m) => ({ start: m[1], end: String(Number(m[2]) + 9), approximate: true })],
  // the early 1990s, the mid-1980s, the 1970s
  [new RegExp(`\\b(?:the\\s+)?(?:${PART}[-\\s]+)?(1\\d{2}0|20\\d0)s\\b`, 'gi'), (m) => decade(Number(m[2]), m[1])],
  // early March 2015, late Sept. 2001
  [new RegExp(`\\b${PART}[-\\s]+(${MONTH}),?\\s+(${YEAR})`, 'gi'), (m) => ({ start: formatDate(Number(m[3]), monthNumber(m[2])), approximate: true })],
  // mid-2014, late 2016, the end of 1999
  [new RegExp(`\\b${PART}[-\\s]+(${YEAR})`, 'gi'), (m) => ({ start: String(m[2]), approximate: true })],
  // the spring of 2003, summer 2014
  [new RegExp(`\\b(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?(${YEAR})`, 'gi'), (m) => seasonOf(m[1].toLowerCase(), Number(m[2]))],
  // around 1990, c. 1990
  [new RegExp(`\\b${AROUND}\\s+(${YEAR})`, 'gi'), (m) => ({ start: String(m[2]), approximate: true })],
];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
const ORDINAL = `(${[...ORDINALS].reverse().join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
const CENTURIES = new RegExp(`\\b(?:the\\s+)?${ORDINAL}(?:\\s+(?:and|to|or)\\s+(?:the\\s+)?${ORDINAL})?\\s+centur(?:y|ies)\\b`, 'gi');
const centuryNumber = (word: string) => (/^\d/.test(word) ? Number.parseInt(word, 10) : ORDINALS.indexOf(word.toLowerCase()) + 1);

/** Every vague period in the sentence, left to right. */
export function findVague(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  // the eighteenth and nineteenth centuries, the 20th century
  for (const m of sentence.matchAll(CENTURIES)) {
    const first = centuryNumber(m[1]);
    const last = m[2] ? centuryNumber(m[2]) : first;
    if (first < 1 || last < first || last > 21) continue;
    found.push({ index: m.index, text: m[0], value: { start: formatDate((first - 1) * 100), end: formatDate(last * 100 - 1), approximate: true }, method: 'vague' });
  }
  for (const [pattern, read] of RULES) {
    for (const m of sentence.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.index + f.text.length && end > f.index)) continue;
      const value = read(m as RegExpExecArray);
      if (value) found.push({ index: m.index, text: m[0], value, method: 'vague' });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function decade(first: number, part: string | undefined): DateValue {
  const p = (part ?? '').toLowerCase();
  const [from, to] = /early|beginning|start/.test(p) ? [0, 3] : /mid|middle/.test(p) ? [3, 6] : /late|end/.test(p) ? [7, 9] : [0, 9];
  return { start: String(first + from), end: String(first + to), approximate: true };
}

/** A season of a year as months, approximate (northern hemisphere). */
export function seasonOf(name: string, year: number): DateValue {
  // Northern-hemisphere seasons; winter straddles two years, so it stays a vague year.
  if (name === 'winter') return { start: String(year), approximate: true };
  const first = name === 'spring' ? 3 : name === 'summer' ? 6 : 9;
  return { start: formatDate(year, first), end: formatDate(year, first + 2), approximate: true };
}
