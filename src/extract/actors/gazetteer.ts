/**
 * Names that resolve to actors: countries' names, aliases and capitals from countries-list
 * (a maintained package with ISO 3166-1 codes), our table of demonyms and other names, a few
 * organisations, and the parties the pair's dataset already knows. One regular expression
 * matches them all, longest names first, on word boundaries and case-sensitively (proper
 * nouns are capitalised: "Turkey", not "turkey").
 */
import { countries, getCountryData, type TCountryCode } from 'countries-list';
import { DEMONYMS, ORGANISATIONS, OTHER_NAMES } from './demonyms';

/** Resolves names to actor ids, and ids to display names. */
export interface Gazetteer {
  /** Actor ids named in the text, in order of first mention, without repeats. */
  find(text: string): string[];
  /** The display name of an actor id ("ISR" → "Israel"). */
  nameOf(id: string): string;
}

// Capitals that are also common personal or place names elsewhere, and capitals shared by two
// entries: a match would be a guess.
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Douglas', 'Hamilton', 'Stanley', 'Jamestown', 'Plymouth', 'Kingston', 'Georgetown', 'Saint-Denis', 'City of Victoria', 'Santiago']);

/** A gazetteer of every country plus `known` actors (id → name) of the pair's dataset. */
export function createGazetteer(known: { id: string; name: string }[] = []): Gazetteer {
  const byName = new Map<string, string>();
  const names = new Map<string, string>();
  // Names are keyed with their spaces as one space each: the expression matches any run of
  // white space where a name has one, so "Saudi\nArabia" in a text finds "Saudi Arabia".
  const add = (name: string, id: string) => {
    const clean = oneSpace(name);
    if (clean.length >= 2 && !byName.has(clean)) byName.set(clean, id);
  };
  for (const { id, name } of known) {
    names.set(id, name);
    add(name, id);
    const short = /\(([^)]+)\)/.exec(name)?.[1]; // "SOCAR (State Oil Company …)" or "… (SOCAR)"
    if (short) add(short, id);
    add(name.replace(/\s*\([^)]*\)\s*/g, ' '), id);
  }
  const capitals = new Map<string, number>();
  for (const data of Object.values(countries)) if (data.capital) capitals.set(data.capital, (capitals.get(data.capital) ?? 0) + 1);
  for (const [code, data] of Object.entries(countries)) {
    const id = getCountryData(code as TCountryCode).iso3;
    if (!names.has(id)) names.set(id, data.name);
    add(data.name, id);
    for (const alias of data.alias ?? []) add(alias, id);
    const capital = data.capital?.replace(/\s+D\.C\.$/, '');
    if (capital && capitals.get(data.capital) === 1 && !AMBIGUOUS_CAPITALS.has(capital)) add(capital, id);
  }
  for (const [id, words] of Object.entries(DEMONYMS)) for (const w of words) add(w, id);
  for (const [id, words] of Object.entries(OTHER_NAMES)) for (const w of words) add(w, id);
  for (const [id, org] of Object.entries(ORGANISATIONS)) {
    if (!names.has(id)) names.set(id, org.name);
    for (const w of org.names) add(w, id);
  }

  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  // An optional plural or possessive; boundaries that work for names ending in "." too.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])`, 'gu');

  return {
    find(text) {
      const ids: string[] = [];
      for (const m of text.matchAll(pattern)) {
        const id = byName.get(oneSpace(m[1]))!;
        if (!ids.includes(id)) ids.push(id);
      }
      return ids;
    },
    nameOf: (id) => names.get(id) ?? id,
  };
}

function oneSpace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
