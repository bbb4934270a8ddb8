/**
 * A new, empty timeline between two parties: countries chosen from the list (their ISO alpha-3
 * codes as ids) or other parties typed by name. It is valid from the start (no events yet), so
 * the preview draws and the validator speaks only of what the person adds.
 */
import { slugify } from '../interchange/slug';
import type { EditableStore } from './document';

/** One side of the pair. */
export type Party =
  | { kind: 'country'; code: string; name: string; english: string }
  | { kind: 'other'; name: string };

/** The texts a new timeline starts with, in the person's language. */
export interface NewTimelineText {
  /** The timeline's title. */
  title: string;
  /** Its description. */
  description: string;
  /** Its categories (lanes). */
  categories: { id: string; label: string }[];
}

/** The actor for a party; other parties get a slug of their name (or a placeholder when it has no ASCII letters). */
function actorOf(party: Party, fallback: string, taken: string[]): { id: string; name: string } {
  if (party.kind === 'country') return { id: party.code, name: party.name.trim() };
  let id = slugify(party.name) || fallback;
  for (let n = 2; taken.includes(id); n++) id = `${slugify(party.name) || fallback}-${n}`;
  return { id, name: party.name.trim() };
}

/** A new store for the pair. */
export function newTimeline(parties: readonly [Party, Party], text: NewTimelineText): EditableStore {
  const first = actorOf(parties[0], 'party-a', []);
  const second = actorOf(parties[1], 'party-b', [first.id]);
  const english = (p: Party) => (p.kind === 'country' ? p.english : p.name);
  return {
    version: 1,
    id: slugify(`${english(parties[0])} ${english(parties[1])}`) || 'new-timeline',
    title: text.title,
    description: text.description,
    pair: [first.id, second.id],
    actors: [first, second],
    categories: text.categories,
    sources: [],
    eras: [],
    events: [],
  };
}

/** Why a pair cannot start a timeline, or null when it can. */
export function pairProblem(parties: readonly [Party | null, Party | null]): 'missing' | 'same' | null {
  const [a, b] = parties;
  if (!a || !b || a.name.trim() === '' || b.name.trim() === '') return 'missing';
  const key = (p: Party) => (p.kind === 'country' ? p.code : p.name.trim().toLowerCase());
  return key(a) === key(b) ? 'same' : null;
}
