// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { freeId, NEW_ITEM, newEvent, referenceCount, renameReferences, setEventText, suggestedEventId } from './items';
import { listOf } from './document';

const store = {
  pair: ['ISR', 'AZE'],
  actors: [{ id: 'ISR', name: 'Israel' }, { id: 'AZE', name: 'Azerbaijan' }],
  categories: [{ id: 'diplomacy', label: 'Diplomacy' }, { id: 'arms', label: 'Arms' }],
  sources: [{ id: 'paper', title: 'P', publisher: 'Press', url: 'https://example.org/' }],
  events: [
    { id: 'new-event', title: '', start: '', category: 'arms', actors: ['ISR', 'AZE'], sources: [{ source: 'paper', quote: 'q' }] },
    { id: 'arms-deal-2012', title: 'Arms deal', start: '2012', category: 'arms', actors: ['ISR'], sources: [{ source: 'paper', quote: 'q' }] },
  ],
  draft: { article: { title: 'A', source: 'paper', text: 't' }, candidates: {} },
};

describe('new items', () => {
  it('gives free ids', () => {
    expect(freeId(store, 'events', 'new-event')).toBe('new-event-2');
    expect(freeId(store, 'eras', 'era')).toBe('era');
    expect(NEW_ITEM.categories(store).id).toBe('category');
  });

  it('starts an event with the pair, the first category and one citation to fill in', () => {
    expect(newEvent(store)).toEqual({
      id: 'new-event-2',
      title: '',
      summary: '',
      start: '',
      category: 'diplomacy',
      actors: ['ISR', 'AZE'],
      certainty: 'reported',
      sources: [{ source: '', quote: '' }],
    });
  });
});

describe('an event id that follows its title', () => {
  it.each([
    ['Arms deal', '2012', 'arms-deal-2012'],
    ['Ties after the Soviet collapse', '1991-12', 'ties-after-the-soviet-collapse-1991'],
    ['Визит', '2012', ''],
    ['Visit', '', 'visit'],
  ])('"%s" (%s) suggests "%s"', (title, start, id) => {
    expect(suggestedEventId(title, start)).toBe(id);
  });

  it('follows for a new event, and never for one already on disk', () => {
    const saved = new Set(['arms-deal-2012']);
    let next = setEventText(store, 0, 'title', 'Gas deal', saved);
    expect(listOf(next, 'events')[0].id).toBe('gas-deal');
    next = setEventText(next, 0, 'start', '2025-03', saved);
    expect(listOf(next, 'events')[0].id).toBe('gas-deal-2025');
    next = setEventText(next, 1, 'title', 'Arms deal signed', saved);
    expect(listOf(next, 'events')[1].id).toBe('arms-deal-2012');
  });

  it('stops following once the person wrote an id of their own, and never takes a used id', () => {
    const custom = { ...store, events: [{ ...store.events[0], id: 'my-id' }, store.events[1]] };
    expect(listOf(setEventText(custom, 0, 'title', 'Gas deal', new Set()), 'events')[0].id).toBe('my-id');
    const clash = setEventText(setEventText(store, 0, 'title', 'Arms deal', new Set(['arms-deal-2012'])), 0, 'start', '2012', new Set(['arms-deal-2012']));
    expect(listOf(clash, 'events')[0].id).toBe('arms-deal-2012-2');
  });
});

describe('renaming an id carries its references along', () => {
  it('renames a category in every event', () => {
    const renamed = { ...store, categories: [store.categories[0], { id: 'defence', label: 'Arms' }] };
    const next = renameReferences(renamed, 'categories', 'arms', 'defence');
    expect(listOf(next, 'events').map((e) => e.category)).toEqual(['defence', 'defence']);
  });

  it('renames an actor in events and the pair, and a source in citations and the draft', () => {
    const actors = renameReferences({ ...store, actors: [{ id: 'isr', name: 'Israel' }, store.actors[1]] }, 'actors', 'ISR', 'isr');
    expect(actors.pair).toEqual(['isr', 'AZE']);
    expect(listOf(actors, 'events').map((e) => e.actors)).toEqual([['isr', 'AZE'], ['isr']]);
    const sources = renameReferences({ ...store, sources: [{ ...store.sources[0], id: 'times' }] }, 'sources', 'paper', 'times');
    expect(listOf(sources, 'events').flatMap((e) => listOf(e, 'sources').map((c) => c.source))).toEqual(['times', 'times']);
    expect((sources.draft as { article: { source: string } }).article.source).toBe('times');
  });

  it('changes nothing when the old id is still used or the new one is taken twice', () => {
    expect(renameReferences(store, 'categories', 'arms', 'diplomacy')).toBe(store);
    const twice = { ...store, categories: [...store.categories, { id: 'diplomacy', label: 'X' }] };
    expect(renameReferences({ ...twice, categories: twice.categories.filter((c) => c.id !== 'arms') }, 'categories', 'arms', 'diplomacy')).toEqual({ ...twice, categories: twice.categories.filter((c) => c.id !== 'arms') });
  });

  it('moves a draft candidate to its event’s new id, in place', () => {
    const draft = { ...store.draft, candidates: { 'new-event': { status: 'unreviewed' }, 'arms-deal-2012': { status: 'accepted' } } };
    const renamed = { ...store, draft, events: [{ ...store.events[0], id: 'gas-deal-2025' }, store.events[1]] };
    const next = renameReferences(renamed, 'events', 'new-event', 'gas-deal-2025');
    expect(Object.keys((next.draft as typeof draft).candidates)).toEqual(['gas-deal-2025', 'arms-deal-2012']);
    expect(renameReferences({ ...renamed, draft: store.draft }, 'events', 'new-event', 'gas-deal-2025').draft).toBe(store.draft);
  });

  it('renames an event, a category and an actor in the stories that use them', () => {
    const stories = [{ id: 's', title: 'S', steps: [
      { event: 'arms-deal-2012', caption: 'a' },
      { from: '2010', to: '2014', filters: { categories: ['arms', 'diplomacy'], actors: ['ISR'] }, caption: 'b' },
    ] }];
    const told = { ...store, stories };
    const event = renameReferences({ ...told, events: [store.events[0], { ...store.events[1], id: 'deal-2012' }] }, 'events', 'arms-deal-2012', 'deal-2012');
    expect(listOf(listOf(event, 'stories')[0], 'steps')[0].event).toBe('deal-2012');
    const category = renameReferences({ ...told, categories: [store.categories[0], { id: 'defence', label: 'Arms' }] }, 'categories', 'arms', 'defence');
    expect(listOf(listOf(category, 'stories')[0], 'steps')[1].filters).toEqual({ categories: ['defence', 'diplomacy'], actors: ['ISR'] });
    const actor = renameReferences({ ...told, actors: [{ id: 'isr', name: 'Israel' }, store.actors[1]] }, 'actors', 'ISR', 'isr');
    expect(listOf(listOf(actor, 'stories')[0], 'steps')[1].filters).toEqual({ categories: ['arms', 'diplomacy'], actors: ['isr'] });
    expect(referenceCount(told, 'categories', 'arms')).toBe(3);
  });

  it('takes a story step along when a new event’s id follows its title', () => {
    const told = { ...store, stories: [{ id: 's', title: 'S', steps: [{ event: 'new-event', caption: 'a' }] }] };
    const next = setEventText(told, 0, 'title', 'Gas deal', new Set());
    expect(listOf(listOf(next, 'stories')[0], 'steps')[0].event).toBe('gas-deal');
  });

  it('counts references', () => {
    expect(referenceCount(store, 'sources', 'paper')).toBe(3);
    expect(referenceCount(store, 'actors', 'AZE')).toBe(2);
    expect(referenceCount(store, 'categories', 'diplomacy')).toBe(0);
  });
});
