// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyFilters, isUnfiltered, NO_FILTERS, passes, searchTerms, toggleInFilter, type Filters } from './filters';
import { eventOn, inTimeOrder, type EventOverrides } from '../layout/testFixtures';
import type { Certainty, TimelineEvent } from './types';

/** An event with a summary and quoted sources, the text search looks at. */
function event(id: string, start: string, overrides: EventOverrides & { summary?: string; quotes?: string[] } = {}): TimelineEvent {
  const e = eventOn(id, start, undefined, overrides);
  const summary = overrides.summary ?? '';
  const sources = (overrides.quotes ?? []).map((quote) => ({ source: 'paper', quote }));
  return { ...e, summary, sources };
}

const EVENTS = inTimeOrder([
  event('recognition', '1991-12-25', { title: 'Israel recognises Azerbaijan', category: 'diplomacy', actors: ['ISR', 'AZE'] }),
  event('arms-deal', '2012-02-26', {
    title: 'Arms deal signed',
    category: 'arms',
    actors: ['AZE', 'ISR'],
    summary: 'A $1.6bn package of drones.',
    quotes: ['The Arms Deal was the LARGEST ever'],
  }),
  event('pipeline', '2006-07-13', { title: 'Pipeline opens', category: 'energy', actors: ['AZE', 'GEO', 'TUR'], certainty: 'reported' }),
  event('plot', '2023-07-10', { title: 'Embassy plot', category: 'security', actors: ['IRN'], certainty: 'alleged' }),
]);
const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);
const with_ = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });

describe('searchTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['arms', ['arms']],
    ['Arms  DEAL', ['arms', 'deal']],
    ['"arms deal"', ['arms deal']],
    ['"Arms Deal" 2012', ['arms deal', '2012']],
    ['drones "largest ever" Baku', ['drones', 'largest ever', 'baku']],
    ['" "', []],
    ['"unclosed phrase', ['"unclosed', 'phrase']],
  ])('%j → %j', (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });
});

describe('applyFilters', () => {
  it('returns every event, in time order, with no filter', () => {
    expect(ids(applyFilters(EVENTS, NO_FILTERS))).toEqual(['recognition', 'pipeline', 'arms-deal', 'plot']);
  });

  it('returns a copy, never the input array', () => {
    const out = applyFilters(EVENTS, NO_FILTERS);
    expect(out).not.toBe(EVENTS);
    expect(out).toEqual(EVENTS);
  });

  it.each([
    ['arms', ['arms-deal']],
    ['ARMS', ['arms-deal']],
    ['largest', ['arms-deal']], // in a quote only
    ['drones', ['arms-deal']], // in the summary only
    ['"arms deal"', ['arms-deal']],
    ['"deal arms"', []], // a phrase keeps its word order
    ['arms azerbaijan', []], // every term must match the same event
    ['israel azerbaijan', ['recognition']],
    ['opens', ['pipeline']],
    ['   ', ['recognition', 'pipeline', 'arms-deal', 'plot']],
    ['nothing-like-this', []],
  ])('search %j → %j', (query, expected) => {
    expect(ids(applyFilters(EVENTS, with_({ query })))).toEqual(expected);
  });

  it.each([
    [['arms'], ['arms-deal']],
    [['diplomacy', 'security'], ['recognition', 'plot']],
    [['no-such-category'], []],
  ])('categories %j → %j', (categories, expected) => {
    expect(ids(applyFilters(EVENTS, with_({ categories: new Set(categories) })))).toEqual(expected);
  });

  it.each([
    [['GEO'], ['pipeline']],
    [['ISR'], ['recognition', 'arms-deal']],
    [['GEO', 'IRN'], ['pipeline', 'plot']], // any of the chosen actors is enough
    [['TUR', 'AZE'], ['recognition', 'pipeline', 'arms-deal']],
  ])('actors %j → %j (an event passes when it involves any of them)', (actors, expected) => {
    expect(ids(applyFilters(EVENTS, with_({ actors: new Set(actors) })))).toEqual(expected);
  });

  it.each<[Certainty[], string[]]>([
    [['confirmed'], ['recognition', 'arms-deal']],
    [['reported', 'alleged'], ['pipeline', 'plot']],
    [['disputed'], []],
  ])('certainty %j → %j', (certainties, expected) => {
    expect(ids(applyFilters(EVENTS, with_({ certainties: new Set(certainties) })))).toEqual(expected);
  });

  it.each<[string, Partial<Filters>]>([
    ['categories', { categories: new Set() }],
    ['actors', { actors: new Set() }],
    ['certainties', { certainties: new Set() }],
  ])('an empty %s set hides everything (only null means all)', (_name, patch) => {
    const filters = with_(patch);
    expect(isUnfiltered(filters)).toBe(false);
    expect(applyFilters(EVENTS, filters)).toEqual([]);
  });

  it('combines filters: every one must pass', () => {
    const filters = with_({ categories: new Set(['arms', 'energy']), actors: new Set(['TUR']), query: 'pipeline' });
    expect(ids(applyFilters(EVENTS, filters))).toEqual(['pipeline']);
    expect(passes(EVENTS[2], { ...filters, query: 'arms' })).toBe(false);
  });
});

describe('toggleInFilter', () => {
  const ALL = ['diplomacy', 'arms', 'energy'] as const;

  it('goes from all (null) to all but one, and back to null', () => {
    const allButArms = toggleInFilter(null, 'arms', ALL);
    expect(allButArms).not.toBeNull();
    expect([...allButArms!].sort()).toEqual(['diplomacy', 'energy']);
    expect(toggleInFilter(allButArms, 'arms', ALL)).toBeNull();
  });

  it('can switch every id off, which leaves an empty set rather than null', () => {
    let current: ReadonlySet<string> | null = null;
    for (const id of ALL) current = toggleInFilter(current, id, ALL);
    expect(current).toEqual(new Set());
  });

  it('adds to an explicit set without reaching all', () => {
    expect(toggleInFilter(new Set(['arms']), 'energy', ALL)).toEqual(new Set(['arms', 'energy']));
  });

  it('does not change the set it was given', () => {
    const current = new Set(['arms', 'energy']);
    toggleInFilter(current, 'arms', ALL);
    expect(current).toEqual(new Set(['arms', 'energy']));
  });
});
