// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validate';
import { listOf, setIn, type EditableStore, type Item } from './document';
import {
  acceptAll,
  acceptCandidate,
  candidatesOf,
  datesAgree,
  finishReview,
  mergeCandidate,
  mergeSuggestions,
  rejectCandidate,
  removeEvent,
  unreviewedCount,
} from './review';
import { followHandEdits } from './handEdits';
import { ARTICLE, S1992, S2012, S2019, draftStore, fixture, sentence } from '../../test/unit/helpers/draftStore';

const ids = (store: EditableStore) => listOf(store, 'events').map((e) => e.id);
const eventOf = (store: EditableStore, id: string) => listOf(store, 'events').find((e) => e.id === id)!;

describe('the candidates', () => {
  it('are listed in reading order with their events and sentences, all unreviewed at first', () => {
    const store = draftStore();
    expect(candidatesOf(store).map((c) => [c.id, c.index, c.status])).toEqual([
      ['recognition-1992', 3, 'unreviewed'],
      ['deal-2012', 2, 'unreviewed'],
      ['syria-2019', 4, 'unreviewed'],
    ]);
    expect(candidatesOf(store).map((c) => ARTICLE.slice(c.sentence!.start, c.sentence!.end))).toEqual([S1992, S2012, S2019]);
    expect(unreviewedCount(store)).toBe(3);
    expect(validateDataset(store)).toMatchObject({ ok: true });
  });

  it.each([
    ['offsets past the text', { start: 5, end: 9999 }],
    ['an empty range', { start: 5, end: 5 }],
    ['not numbers', { start: 'a', end: 3 }],
  ])('has no sentence with %s (nothing to mark)', (_, offsets) => {
    const store = setIn(draftStore(), ['draft', 'candidates', 'deal-2012', 'sentence'], offsets);
    expect(candidatesOf(store).find((c) => c.id === 'deal-2012')!.sentence).toBeNull();
  });

  it('is empty for a store without a draft', () => {
    expect(candidatesOf(fixture)).toEqual([]);
    expect(unreviewedCount(fixture)).toBe(0);
  });
});

describe('review operations', () => {
  it('accept marks one candidate accepted and leaves its event as it is', () => {
    const before = draftStore();
    const store = acceptCandidate(before, 'deal-2012');
    expect(candidatesOf(store).map((c) => c.status)).toEqual(['unreviewed', 'accepted', 'unreviewed']);
    expect(store.events).toBe(before.events);
    expect(unreviewedCount(store)).toBe(2);
    expect(acceptCandidate(store, 'deal-2012')).toBe(store);
    expect(acceptCandidate(store, 'no-such')).toBe(store);
  });

  it('accept all accepts every candidate', () => {
    expect(unreviewedCount(acceptAll(draftStore()))).toBe(0);
  });

  it('reject removes the event and its candidate, and the store stays valid', () => {
    const store = rejectCandidate(draftStore(), 'syria-2019');
    expect(ids(store)).not.toContain('syria-2019');
    expect(candidatesOf(store).map((c) => c.id)).toEqual(['recognition-1992', 'deal-2012']);
    expect(validateDataset(store)).toMatchObject({ ok: true });
  });

  it('deleting a candidate event in the form rejects it too; deleting another event leaves the candidates', () => {
    const store = draftStore();
    expect(candidatesOf(removeEvent(store, 3)).map((c) => c.id)).toEqual(['deal-2012', 'syria-2019']);
    const other = removeEvent(store, 0);
    expect(ids(other)).not.toContain('recognition');
    expect(candidatesOf(other)).toHaveLength(3);
  });

  it('merge adds the article citation to the chosen event and removes the candidate', () => {
    const { store, added } = mergeCandidate(draftStore(), 'recognition-1992', 'recognition');
    expect(added).toBe(1);
    expect(ids(store)).not.toContain('recognition-1992');
    expect(candidatesOf(store).map((c) => c.id)).toEqual(['deal-2012', 'syria-2019']);
    // The record says 1991-12-25; the article says 1992: the citation says so.
    expect(eventOf(store, 'recognition').sources).toEqual([
      { source: 'paper', quote: 'recognise it', claims: { start: '1992' }, note: 'The paper gives the wrong year.' },
      { source: 'article', quote: S1992, claims: { start: '1992' } },
    ]);
    expect(validateDataset(store)).toMatchObject({ ok: true });
  });

  it('merge keeps what agrees out of the claims, and names a different amount', () => {
    const withValue = setIn(draftStore(), ['events', 2, 'value', 'amount'], 5000000000);
    const { store } = mergeCandidate(withValue, 'deal-2012', 'arms-deal-2012');
    // 2012 agrees with the record's 2012; the amount does not.
    expect(eventOf(store, 'arms-deal-2012').sources).toContainEqual({ source: 'article', quote: S2012, claims: { value: { amount: 5000000000, currency: 'USD', kind: 'announced' } } });
  });

  it('merge never adds a citation the event already has', () => {
    const cited = setIn(draftStore(), ['events', 1, 'sources', 1], { source: 'article', quote: S2012 });
    const { store, added } = mergeCandidate(cited, 'deal-2012', 'arms-deal-2012');
    expect(added).toBe(0);
    expect(eventOf(store, 'arms-deal-2012').sources).toEqual(eventOf(cited, 'arms-deal-2012').sources);
    expect(ids(store)).not.toContain('deal-2012');
  });

  it('merge into itself or a missing event changes nothing', () => {
    const store = draftStore();
    expect(mergeCandidate(store, 'deal-2012', 'deal-2012').store).toBe(store);
    expect(mergeCandidate(store, 'deal-2012', 'nowhere').store).toBe(store);
  });
});

describe('merge suggestions', () => {
  it.each([
    ['2012', '2012-02-26', true],
    ['2012-02-26', '2012', true],
    ['2012-02', '2012-03-01', false],
    ['2011', '2012-02-26', false],
    ['', '2012', false],
  ])('dates %s and %s agree: %s', (a, b, agree) => {
    expect(datesAgree(a, b)).toBe(agree);
  });

  it('suggests events of the same date (at the coarser precision) that share an actor', () => {
    expect(mergeSuggestions(draftStore(), 'deal-2012').map((s) => [s.id, s.sameDate, s.sharedActors])).toEqual([['arms-deal-2012', true, ['AZE']]]);
    // 1992 against 1991-12-25: another year, nothing suggested.
    expect(mergeSuggestions(draftStore(), 'recognition-1992')).toEqual([]);
    // Same year, no actor in common.
    expect(mergeSuggestions(setIn(draftStore(), ['events', 2, 'actors'], ['SYR']), 'deal-2012')).toEqual([]);
  });

  it('suggests an event that already quotes the sentence first, whatever its date', () => {
    let store = setIn(draftStore(), ['events', 0, 'sources', 0, 'quote'], 'Israel recognised Azerbaijan');
    expect(mergeSuggestions(store, 'recognition-1992')).toEqual([]);
    store = setIn(store, ['events', 0, 'sources', 0, 'quote'], 'In 1992, Israel recognised Azerbaijan');
    expect(mergeSuggestions(store, 'recognition-1992').map((s) => [s.id, s.sameQuote, s.sameDate])).toEqual([['recognition', true, false]]);
  });

  it('does not suggest another candidate for quoting the same sentence, only for the same date', () => {
    // Two candidates read from one sentence ("…, and in 2017 …") are two events.
    const store = setIn(draftStore(), ['events', 3, 'sources', 0, 'quote'], S2012);
    expect(mergeSuggestions(store, 'deal-2012').map((s) => s.id)).toEqual(['arms-deal-2012']);
  });

  it('ranks reviewed events before other candidates, then by shared actors', () => {
    let store = setIn(draftStore(), ['events', 4, 'start'], '2012');
    store = setIn(store, ['events', 4, 'actors'], ['SYR', 'AZE', 'ISR']);
    expect(mergeSuggestions(store, 'deal-2012').map((s) => s.id)).toEqual(['arms-deal-2012', 'syria-2019']);
    store = acceptCandidate(store, 'syria-2019');
    expect(mergeSuggestions(store, 'deal-2012').map((s) => s.id)).toEqual(['syria-2019', 'arms-deal-2012']);
  });
});

describe('no unreviewed candidate in a saved store', () => {
  it('finishing a fully decided review drops the draft: the store is a reviewed one, and valid', () => {
    let store = rejectCandidate(draftStore(), 'syria-2019');
    store = mergeCandidate(store, 'deal-2012', 'arms-deal-2012').store;
    store = acceptCandidate(store, 'recognition-1992');
    const finished = finishReview(store);
    expect(finished).not.toHaveProperty('draft');
    expect(ids(finished)).toEqual(['recognition', 'arms-deal-2012', 'recognition-1992']);
    expect(validateDataset(finished)).toMatchObject({ ok: true });
  });

  it('finishing with some undecided keeps only those, with the article', () => {
    const finished = finishReview(acceptCandidate(draftStore(), 'deal-2012'));
    expect(Object.keys((finished.draft as Item).candidates as Item)).toEqual(['recognition-1992', 'syria-2019']);
    expect(validateDataset(finished)).toMatchObject({ ok: true });
  });

  it('a store without a draft is unchanged', () => {
    expect(finishReview(fixture)).toBe(fixture);
  });
});

describe('edits by hand in the event form', () => {
  const retitle = (store: EditableStore, index: number, title: string) => setIn(store, ['events', index, 'title'], title);

  it('changing a candidate event accepts it', () => {
    const before = draftStore();
    const after = followHandEdits(before, retitle(before, 2, 'Arms deal signed'));
    expect(candidatesOf(after).find((c) => c.id === 'deal-2012')!.status).toBe('accepted');
    expect(unreviewedCount(after)).toBe(2);
  });

  it('an id that follows the retyped title takes the candidate along', () => {
    const before = draftStore();
    const after = followHandEdits(before, setIn(retitle(before, 2, 'Arms deal'), ['events', 2, 'id'], 'arms-deal-2012-2'));
    expect(candidatesOf(after).map((c) => [c.id, c.status])).toEqual([
      ['recognition-1992', 'unreviewed'],
      ['arms-deal-2012-2', 'accepted'],
      ['syria-2019', 'unreviewed'],
    ]);
    expect(validateDataset(after)).toMatchObject({ ok: true });
  });

  it('changing an event that is no candidate, or several events at once, accepts nothing', () => {
    const before = draftStore();
    expect(unreviewedCount(followHandEdits(before, retitle(before, 0, 'Other')))).toBe(3);
    // A source renamed: every citing event changes, none is reviewed by it.
    const renamed = setIn(setIn(setIn(before, ['sources', 1, 'id'], 'paper-2'), ['events', 2, 'sources', 0, 'source'], 'paper-2'), ['events', 3, 'sources', 0, 'source'], 'paper-2');
    expect(unreviewedCount(followHandEdits(before, renamed))).toBe(3);
  });

  it('a quote shortened to other words of the article moves the sentence offsets with it', () => {
    const before = draftStore();
    const after = followHandEdits(before, setIn(before, ['events', 2, 'sources', 0, 'quote'], 'Azerbaijan inked a $1.6 billion deal'));
    const entry = candidatesOf(after).find((c) => c.id === 'deal-2012')!;
    expect(ARTICLE.slice(entry.sentence!.start, entry.sentence!.end)).toBe('Azerbaijan inked a $1.6 billion deal');
    expect(validateDataset(after)).toMatchObject({ ok: true });
  });

  it('a quote that is not the article’s words keeps the offsets, and the validator says so', () => {
    const before = draftStore();
    const after = followHandEdits(before, setIn(before, ['events', 2, 'sources', 0, 'quote'], 'Words the article never wrote'));
    expect(candidatesOf(after).find((c) => c.id === 'deal-2012')!.sentence).toEqual(sentence(S2012));
    const result = validateDataset(after);
    expect(result.ok ? [] : result.problems.map((p) => p.path.join('.'))).toEqual(['draft.candidates.deal-2012.sentence']);
  });
});
