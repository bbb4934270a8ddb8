/**
 * The pieces of English date language the extractor's own rules are written with: month
 * names and their abbreviations, day numbers, plausible years, number words.
 */

const MONTH_WORDS: [RegExp, number][] = [
  [/^jan/i, 1], [/^feb/i, 2], [/^mar/i, 3], [/^apr/i, 4], [/^may/i, 5], [/^jun/i, 6],
  [/^jul/i, 7], [/^aug/i, 8], [/^sep/i, 9], [/^oct/i, 10], [/^nov/i, 11], [/^dec/i, 12],
];

/** A month name or its usual abbreviation (with or without the full stop). */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** A day of the month, with an optional ordinal suffix. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A year the extractor believes: 1000–2099, not inside a longer number. */
export const YEAR = '(?<![\\d,.$€£¥])(?:1\\d{3}|20\\d{2})(?![\\d,]\\d)';
/** A dash between the two ends of a range. */
export const DASH = '\\s*[–—-]\\s*';

/** The month number (1–12) of a month name or abbreviation. */
export function monthNumber(word: string): number {
  for (const [pattern, n] of MONTH_WORDS) if (pattern.test(word)) return n;
  throw new Error(`not a month: ${word}`);
}

/** The day number of "10", "3rd", "21st". */
export function dayNumber(word: string): number {
  return Number.parseInt(word, 10);
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** A count written in words or digits ("four", "a", "12"), or undefined. */
export function countOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower];
}

/** Counts as they are written before "years later": words or digits. */
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** Replaces the characters of [start, end) with spaces, keeping every other offset. */
export function mask(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** The tense of a sentence, roughly: enough to tell which way a date without a year lies from publication. */
export type Tense = 'past' | 'present' | 'future';

const FUTURE = /\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|to)|plans?\s+to|intends?\s+to)\b/i;
/** Past-tense verbs: "-ed" forms and the common irregular ones of news writing. */
export const PAST =
  /\b(?:was|were|had|did|[a-z]{3,}ed|met|made|became|began|took|held|won|led|sent|went|gave|broke|fought|sold|bought|built|paid|rose|fell|came|left|struck|withdrew|drew|froze|hit|lost|ran|grew|spent|brought|sought|told|said|saw|flew|wrote|chose|fled|stood|overtook|undertook|swore|bore|kept|spoke|shot|sank|won)\b/i;
const PRESENT = /\b(?:is|are|am)\b/i;

/** "will", "is due to" → future; "was", "-ed" → past; "is", "are" → present; past by default. */
export function tenseOf(sentence: string): Tense {
  if (FUTURE.test(sentence)) return 'future';
  if (PAST.test(sentence)) return 'past';
  return PRESENT.test(sentence) ? 'present' : 'past';
}

// Where the clause holding a date starts: after the last comma, semicolon, dash or conjunction.
// Anchored: unanchored, a text with none of them was tried from every position, each try
// scanning to the end (quadratic per date, cubic per sentence: a 10,000-character run-on
// sentence with a hundred dates took 17 s).
const CLAUSE_START = /^.*(?:[,;—–(]|\b(?:and|but|when|while|which|who|after|before|as)\b)/s;

/**
 * The tense of the clause a date sits in, from its own words ("…, and Algiers will meet on
 * Friday", "On Dec. 3 the ministers met"), or undefined when they do not say: a sentence can mix
 * tenses ("will restore …, Obama announced on Wednesday").
 */
export function clauseTenseAt(sentence: string, index: number): Tense | undefined {
  const before = sentence.slice(0, index).replace(CLAUSE_START, '');
  const after = /^[^,;—–()]*/.exec(sentence.slice(index))![0];
  const clause = `${before}${after}`;
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  return PRESENT.test(clause) ? 'present' : undefined;
}
