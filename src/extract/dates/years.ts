/**
 * Years written alone, which chrono-node deliberately does not read: "In 1992, …", "in 2017",
 * "the 1994 treaty", "Queen Noor of Jordan (1984)". A four-digit number is a year unless its
 * neighbours say it counts something ("1,500 troops", "2000 soldiers", "$2012", "Resolution
 * 1701").
 */
import type { DateMention } from '../types';

const CANDIDATE = /(?<![\d,.$€£¥#/-])\b(1[0-9]{3}|20[0-9]{2})\b(?![\d%]|[,.]\d|\s*(?:%|percent|per\s+cent))/g;
const COUNTED = /^\s*(?:people|persons|soldiers|troops|men|women|children|refugees|migrants|km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|tonnes|tons|barrels|units|cases|votes|seats|deaths|casualties|dead|killed|workers|students|hours|hrs|GMT|UTC|MW|megawatts|vehicles|tanks|aircraft|employees|residents|members|jobs|homes|houses|rounds|times|households|families|prisoners|detainees|officers|delegates|pilgrims|tourists|visitors)\b/i;
const NUMBERED = /(?:\b(?:No|no|Nos|nos|Resolution|resolution|Article|article|Flight|flight|Route|route|Section|section|Chapter|chapter|Law|Decree|decree|Order|Room|Highway|Model|model|page|pages|p|pp|number|Number|Boeing|Airbus|Protocol|Directive|Regulation|code|Code|at|Su|MiG|F|T|S|Mk)\.?\s*)$/;

/** Every bare year in the sentence. `inListItem` marks years in list items ("(1984)") as such. */
export function findBareYears(sentence: string, inListItem: boolean): DateMention[] {
  const found: DateMention[] = [];
  for (const m of sentence.matchAll(CANDIDATE)) {
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    const after = sentence.slice(m.index + 4, m.index + 30);
    if (COUNTED.test(after) || NUMBERED.test(before)) continue;
    found.push({ index: m.index, text: m[1], value: { start: m[1], approximate: false }, method: inListItem ? 'list-item' : 'bare-year' });
  }
  return found;
}
