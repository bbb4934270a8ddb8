/**
 * Category guessed from a sentence's words. Concepts (diplomacy, military, conflict, …) have
 * keyword lists; each of the store's categories takes the concepts its id or label names
 * ("Arms and defence" takes military), and a concept no category names falls back to a
 * related one (energy to the economy, security to the military). Without a dataset for the
 * pair, DEFAULT_CATEGORIES is the set.
 */

/** A category as the store lists it. */
export interface CategoryChoice {
  /** Slug. */
  id: string;
  /** What readers see. */
  label: string;
}

/** The categories of a draft whose pair has no dataset yet. */
export const DEFAULT_CATEGORIES: CategoryChoice[] = [
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'military', label: 'Military and security' },
  { id: 'economy', label: 'Economy, trade and energy' },
  { id: 'conflict', label: 'Conflict' },
  { id: 'territory', label: 'Borders and territory' },
  { id: 'culture', label: 'Culture and society' },
];

/** The category of candidates that are context, not events between the pair. */
export const CONTEXT_CATEGORY: CategoryChoice = { id: 'context', label: 'Context' };

type Concept = 'diplomacy' | 'military' | 'security' | 'conflict' | 'economy' | 'energy' | 'territory' | 'culture' | 'humanitarian';

const CONCEPTS: { concept: Concept; names: RegExp; words: RegExp; fallback?: Concept }[] = [
  { concept: 'diplomacy', names: /diplom|politic|relations/i, words: /\b(?:diplomat\w*|embass(?:y|ies)|ambassadors?|envoys?|consulates?|visit(?:s|ed|ing)?|summits?|talks|negotiat\w+|treat(?:y|ies)|accords?|recogni[sz]\w*|relations|ministers?|president|prime\s+minister|normali[sz]\w*|recall(?:s|ed)?|memorandum|delegations?|communiqu[eé]|ties|sanctions?|agreements?)\b/gi },
  { concept: 'military', names: /militar|arms|defen[cs]e|army/i, words: /\b(?:arms|weapons?|drones?|missiles?|defen[cs]e|military|army|navy|naval|air\s+force|troops|soldiers|tanks?|jets?|fighter|munitions|artillery|radar|warships?|submarines?|exercises)\b/gi, fallback: 'security' },
  { concept: 'security', names: /security|intelligence|terror/i, words: /\b(?:intelligence|spy|spies|espionage|security|terror\w*|plots?|surveillance|cyber\w*|police|assassinat\w+)\b/gi, fallback: 'military' },
  { concept: 'conflict', names: /conflict|war|fighting|clash/i, words: /\b(?:wars?|hostilities|fighting|fought|clash(?:es|ed)?|attacks?|attacked|offensive|cease-?fire|shelling|invasion|invaded|battles?|killed|casualties|skirmish\w*|conflict|insurgen\w+|bomb\w*|armistice|truce)\b/gi, fallback: 'military' },
  { concept: 'economy', names: /econom|trade|business|invest|commerce|financ/i, words: /\b(?:trad(?:e|es|ed|ing)|exports?|imports?|tariffs?|invest\w*|econom\w*|loans?|credits?|banks?|markets?|business\w*|compan(?:y|ies)|firms?|customs|currency|debt|GDP|investors?)\b/gi, fallback: 'diplomacy' },
  { concept: 'energy', names: /energy|oil|gas|resource/i, words: /\b(?:oil|gas|pipelines?|crude|energy|electricity|refiner(?:y|ies)|LNG|barrels|power\s+plants?|hydro\w*|dams?|licen[cs]es?)\b/gi, fallback: 'economy' },
  { concept: 'territory', names: /territor|border|land|maritime/i, words: /\b(?:borders?|boundar(?:y|ies)|territor(?:y|ial|ies)|maritime|sovereignty|islands?|corridor|annex\w*|arbitration|ICJ|court|ruling)\b/gi, fallback: 'conflict' },
  { concept: 'culture', names: /cultur|societ|people|sport|educat/i, words: /\b(?:cultur\w*|films?|music\w*|festivals?|sports?|football|Olympic\w*|universit(?:y|ies)|students?|scholarships?|languages?|touris\w+|museums?|religio\w+|church(?:es)?|synagogues?|mosques?|heritage|art|artists?|exhibitions?|concerts?)\b/gi, fallback: 'diplomacy' },
  { concept: 'humanitarian', names: /humanitar|aid|refugee/i, words: /\b(?:refugees?|humanitarian|earthquakes?|disasters?|relief|migrants?|famine|floods?|aid)\b/gi, fallback: 'culture' },
];

/** Builds the guesser for a list of categories (the first is the fallback when nothing matches). */
export function createCategoryGuesser(categories: CategoryChoice[]): (text: string) => string {
  const home = new Map<Concept, string>();
  for (const { concept, names } of CONCEPTS) {
    const match = categories.find((c) => names.test(`${c.id} ${c.label}`));
    if (match) home.set(concept, match.id);
  }
  const homeOf = (concept: Concept, seen = new Set<Concept>()): string | undefined => {
    if (home.has(concept)) return home.get(concept);
    const fallback = CONCEPTS.find((c) => c.concept === concept)?.fallback;
    if (!fallback || seen.has(fallback)) return undefined;
    seen.add(concept);
    return homeOf(fallback, seen);
  };
  const fallback = home.get('diplomacy') ?? categories[0].id;
  return (text) => {
    const scores = new Map<string, number>();
    for (const { concept, words } of CONCEPTS) {
      const hits = text.match(words)?.length ?? 0;
      const id = hits ? homeOf(concept) : undefined;
      if (id) scores.set(id, (scores.get(id) ?? 0) + hits);
    }
    let best = fallback;
    let bestScore = 0;
    for (const c of categories) {
      const score = scores.get(c.id) ?? 0;
      if (score > bestScore) [best, bestScore] = [c.id, score];
    }
    return best;
  };
}
