/**
 * The store needs a pair: the two actors the timeline is about. Imported timelines rarely say,
 * so the pair is chosen in a fixed order and the choice is written in the report:
 * `--pair A,B` first, then what the input itself says (our CSV's dataset row), then the first
 * two countries the title and description name, then placeholders to be replaced.
 */
import { countriesNamedIn, countryName } from './countries';

/** The pair chosen and how. */
export interface PairChoice {
  /** Two different actor ids. */
  pair: [string, string];
  /** Why this pair, for the report; absent when the person gave it. */
  note?: string;
}

/** Placeholder actors, used only when nothing names two countries. */
export const PLACEHOLDER_ACTORS = [
  { id: 'party-a', name: 'Party A' },
  { id: 'party-b', name: 'Party B' },
] as const;

/** Chooses the pair from what is known, in the documented order. */
export function choosePair(given: [string, string] | undefined, stated: string[] | undefined, title: string, description: string): PairChoice {
  if (given) return { pair: given };
  if (stated && stated.length >= 2 && stated[0] !== stated[1]) return { pair: [stated[0], stated[1]] };
  const named = countriesNamedIn(`${title}\n${description}`);
  const found = [...named];
  for (const placeholder of PLACEHOLDER_ACTORS) if (found.length < 2) found.push(placeholder.id);
  const pair: [string, string] = [found[0], found[1]];
  const how = named.length >= 2
    ? `the title and description name ${names(pair)} first`
    : named.length === 1
      ? `the title and description name only ${names([named[0]])}, so the other side is the placeholder "party-b"`
      : 'the title and description name no country, so both sides are placeholders ("party-a", "party-b")';
  return { pair, note: `pair: ${pair.join(', ')}, because no --pair was given and ${how}; import again with --pair A,B (ISO 3166-1 alpha-3 codes) to choose` };
}

/** A display name for an actor id: the country's English name, a placeholder's name, or the id itself. */
export function actorName(id: string): string {
  return countryName(id) ?? PLACEHOLDER_ACTORS.find((p) => p.id === id)?.name ?? id;
}

function names(ids: string[]): string {
  return ids.map((id) => `${actorName(id)} (${id})`).join(' and ');
}
