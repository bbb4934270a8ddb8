/**
 * Certainty from hedges: "denied" and "disputed" make a claim disputed, "allegedly" and
 * "accused" alleged, "reportedly" and "according to" reported; otherwise it is stated as fact
 * (confirmed). The strongest doubt in the clause wins.
 */
import type { Certainty } from '../data/schema';

const HEDGES: [Certainty, RegExp][] = [
  ['disputed', /\b(?:den(?:y|ies|ied|ying|ial)|disputed?|disputes|contested|refuted?|rejected\s+(?:the\s+)?(?:claims?|allegations?|accusations?|reports?))\b/i],
  ['alleged', /\b(?:alleg(?:ed|edly|ing|es|ations?)|accus(?:ed|es|ing|ations?)|purported(?:ly)?|reputedly|suspected|(?:is|are|was|were)\s+said\s+to|claimed\s+to\s+have)\b/i],
  ['reported', /\b(?:reportedly|according\s+to|(?:it\s+is|was)\s+reported|reports\s+(?:say|said|suggest)|(?:is|are|was|were)\s+believed|(?:is|are|was|were)\s+thought\s+to|sources\s+(?:say|said))\b/i],
];

/** The certainty a clause's own words give. */
export function certaintyOf(clause: string): Certainty {
  for (const [certainty, hedge] of HEDGES) if (hedge.test(clause)) return certainty;
  return 'confirmed';
}
