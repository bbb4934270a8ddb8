/**
 * All the dates of one sentence, in reading order, each resolved the way a careful reader
 * would. Finders run from the most specific to the most general, and each masks the words it
 * took so that no later finder reads them again: ranges ("August 10–13, 1975") before
 * chrono-node (which would read "August 10" of this year), narrative phrases ("four years
 * later") before chrono (which would count them from publication), bare years last. Dates that
 * depend on the previous dated event resolve left to right, so "in 2012 …, and four years
 * later …" counts from 2012 within the same sentence.
 */
import type { DateFinding, DateMention, DateValue } from '../types';
import { findChronoDates } from './chronoDates';
import { findNarrative } from './narrative';
import { DAY, MONTH, mask } from './patterns';
import { isAfter } from './calendar';
import { findRanges } from './ranges';
import { findVague } from './vague';
import { findBareYears } from './years';
import { findRecency, findRelativeSeason } from './publication';

/** What a sentence's dates are read against. */
export interface SentenceContext {
  /** Publication date, YYYY-MM-DD, if known. */
  published?: string;
  /** The previous dated event of the story, for "four years later". */
  anchor?: DateValue;
  /**
   * The date that gives a year to dates written without one ("on May 5"). Defaults to
   * `anchor`; a news story passes the previous date of the same paragraph only, since outside
   * it a year-less date in news means the latest such date before publication.
   */
  yearAnchor?: DateValue;
  /** The last date given to the day, for "the same day" after a coarser date. */
  dayAnchor?: DateValue;
  /** True for list items, whose bare years are marked `list-item`. */
  inListItem?: boolean;
}

const fixed = (m: DateMention): DateFinding => ({ index: m.index, text: m.text, method: m.method, resolve: () => m.value });

/** The sentence's dates, left to right. */
export function findDates(sentence: string, context: SentenceContext): DateMention[] {
  // A news dateline ("WASHINGTON, Dec. 20 —") dates the report, not an event.
  let masked = maskDateline(sentence);
  const findings: DateFinding[] = [];
  const take = (found: DateFinding[]) => {
    for (const f of found) {
      if (masked.slice(f.index, f.index + f.text.length).trim() === '') continue; // already taken
      findings.push(f);
      masked = mask(masked, f.index, f.index + f.text.length);
    }
  };
  take(findRanges(masked).map(fixed));
  take(findRelativeSeason(masked, context.published).map(fixed));
  take(findVague(masked).map(fixed));
  take(findNarrative(masked));
  take(findChronoDates(masked, context.published));
  take(findBareYears(masked, context.inListItem ?? false).map(fixed));
  if (findings.length === 0) take(findRecency(masked, context.published).map(fixed));

  const mentions: DateMention[] = [];
  let anchor = context.anchor;
  let yearAnchor = 'yearAnchor' in context ? context.yearAnchor : context.anchor;
  let dayAnchor = context.dayAnchor;
  for (const f of findings.sort((a, b) => a.index - b.index)) {
    const value = f.resolve(f.method === 'year-from-context' ? yearAnchor : anchor, dayAnchor);
    if (!value) continue;
    mentions.push({ index: f.index, text: f.text, value, method: f.method });
    anchor = yearAnchor = value;
    if (value.start.length === 10) dayAnchor = value;
  }
  return joinUntil(sentence, mentions);
}

const DATELINE = new RegExp(`^[A-Z][A-Z.'’ -]+(?:,\\s*[A-Z][\\w.]+)*\\s*(?:,\\s*|\\(\\s*)(${MONTH}\\s+${DAY}(?:,\\s*\\d{4})?)\\)?\\s*(?:\\([^)]*\\)\\s*)?[—–-]`);

function maskDateline(sentence: string): string {
  const m = DATELINE.exec(sentence);
  if (!m) return sentence;
  const at = m[0].indexOf(m[1]);
  return mask(sentence, at, at + m[1].length);
}

/** "… three months later …, and the conflict lasted until July": the later date ends the earlier one. */
function joinUntil(sentence: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const before = out[out.length - 1];
    const joins = /\b(?:until|till|through)\s+$/i.test(sentence.slice(Math.max(0, m.index - 9), m.index));
    if (before && joins && !before.value.end && !m.value.end && isAfter(m.value.start, before.value.start)) {
      const text = sentence.slice(before.index, m.index + m.text.length);
      out[out.length - 1] = { index: before.index, text, method: 'range', value: { start: before.value.start, end: m.value.start, approximate: before.value.approximate || m.value.approximate } };
    } else out.push(m);
  }
  return out;
}
