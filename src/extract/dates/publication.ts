/**
 * Dates counted from publication that chrono-node does not read: "has just recalled",
 * "recently", and seasons ("next spring", "last summer", "this autumn").
 */
import type { DateMention } from '../types';
import { seasonOf } from './vague';

const JUST = /\b(?:has|have|had)\s+just\b|\bjust\s+(?:days|hours)\s+ago\b/i;
const RECENTLY = /\b(?:recently|lately|in\s+recent\s+(?:days|weeks))\b/i;

/** "has just recalled", "recently signed": about the time of publication, approximate. */
export function findRecency(sentence: string, published: string | undefined): DateMention[] {
  if (!published) return [];
  const just = JUST.exec(sentence);
  if (just) return [{ index: just.index, text: just[0], value: { start: published, approximate: true }, method: 'publication-relative' }];
  const recently = RECENTLY.exec(sentence);
  if (recently) return [{ index: recently.index, text: recently[0], value: { start: published.slice(0, 7), approximate: true }, method: 'publication-relative' }];
  return [];
}

const RELATIVE_SEASON = /\b(last|this|next|past)\s+(spring|summer|autumn|fall|winter)\b/i;

/** "next spring" in a piece published in December 2023 is March–May 2024. */
export function findRelativeSeason(sentence: string, published: string | undefined): DateMention[] {
  const m = published ? RELATIVE_SEASON.exec(sentence) : null;
  if (!m || !published) return [];
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const season = m[2].toLowerCase();
  const first = season === 'spring' ? 3 : season === 'summer' ? 6 : season === 'winter' ? 12 : 9;
  const word = m[1].toLowerCase();
  // The season this year; "next" moves on a year once it has begun, "last" back a year until it has ended.
  let at = year;
  if (word === 'next' && month >= first) at++;
  if ((word === 'last' || word === 'past') && month < first + 3) at--;
  return [{ index: m.index, text: m[0], value: seasonOf(season, at), method: 'publication-relative' }];
}
