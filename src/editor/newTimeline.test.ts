// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newTimeline, pairProblem, type Party } from './newTimeline';
import { loadCountries } from './countryList';
import { validateDataset } from '../data/validate';

const text = { title: 'Israel–Azerbaijan relations', description: 'Events.', categories: [{ id: 'diplomacy', label: 'Diplomacy' }] };
const israel: Party = { kind: 'country', code: 'ISR', name: 'Израиль', english: 'Israel' };
const azerbaijan: Party = { kind: 'country', code: 'AZE', name: 'Азербайджан', english: 'Azerbaijan' };

describe('newTimeline', () => {
  it('starts a valid, empty store for two countries, ids from codes and English names', () => {
    const store = newTimeline([israel, azerbaijan], text);
    expect(validateDataset(store)).toMatchObject({ ok: true });
    expect(store).toMatchObject({ id: 'israel-azerbaijan', pair: ['ISR', 'AZE'], actors: [{ id: 'ISR', name: 'Израиль' }, { id: 'AZE', name: 'Азербайджан' }], events: [] });
  });

  it('takes other parties by name, with slugs or placeholders as ids', () => {
    const store = newTimeline([{ kind: 'other', name: ' Hamas ' }, { kind: 'other', name: 'פתח' }], text);
    expect(validateDataset(store)).toMatchObject({ ok: true });
    expect(store).toMatchObject({ id: 'hamas', pair: ['hamas', 'party-b'], actors: [{ id: 'hamas', name: 'Hamas' }, { id: 'party-b', name: 'פתח' }] });
    const same = newTimeline([{ kind: 'other', name: 'Side' }, { kind: 'other', name: 'side!' }], text);
    expect(same.pair).toEqual(['side', 'side-2']);
  });

  it.each([
    [[israel, null], 'missing'],
    [[israel, { kind: 'other', name: '  ' }], 'missing'],
    [[israel, { ...israel, name: 'Israel' }], 'same'],
    [[{ kind: 'other', name: 'Fatah' }, { kind: 'other', name: 'fatah' }], 'same'],
    [[israel, azerbaijan], null],
  ] as [[Party | null, Party | null], string | null][])('pair %j: %s', (pair, problem) => {
    expect(pairProblem(pair)).toBe(problem);
  });
});

describe('loadCountries', () => {
  it.each([
    ['en', 'Israel', 'Azerbaijan'],
    ['ru', 'Израиль', 'Азербайджан'],
    ['he', 'ישראל', 'אזרבייג׳ן'],
    ['az', 'İsrail', 'Azərbaycan'],
  ] as const)('names the countries in %s, sorted as the language sorts', async (lang, isr, aze) => {
    const countries = await loadCountries(lang);
    expect(countries.length).toBeGreaterThan(240);
    expect(countries.find((c) => c.code === 'ISR')).toEqual({ code: 'ISR', name: isr, english: 'Israel' });
    expect(countries.find((c) => c.code === 'AZE')?.name).toBe(aze);
    const names = countries.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator(lang === 'az' ? 'az-Latn' : lang).compare));
  });
});
