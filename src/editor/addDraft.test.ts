// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../data/validate';
import type { Dataset } from '../data/schema';
import { listOf, setIn, type EditableStore, type Item } from './document';
import { addDraft, countryPair } from './addDraft';
import { draftFromArticle } from './fromArticle';
import { acceptAll, candidatesOf, unreviewedCount } from './review';

const fixture = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')) as EditableStore;

const ARTICLE = [
  'Old friends',
  '',
  'In 1992, Israel recognised Azerbaijan.',
  '',
  'In 2012 Azerbaijan bought $1.6 billion of drones from Israel.',
  '',
  'Four years later, Syria and Turkey quarrelled over it.',
].join('\n');

const request = { text: ARTICLE, format: 'text' as const, published: '2020-10-02', pair: ['ISR', 'AZE'] as [string, string] };

function extracted(store: EditableStore, extra: Partial<typeof request> & { url?: string; title?: string } = {}): Dataset {
  const outcome = draftFromArticle({ ...request, ...extra }, store);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.draft;
}

describe('the extractor in the editor', () => {
  it('reads a pasted article as npm run extract does, with the open timeline’s categories and sources', () => {
    const outcome = draftFromArticle(request, fixture);
    expect(outcome).toMatchObject({ ok: true, candidates: 3, context: 1 });
    const draft = (outcome as { draft: Dataset }).draft;
    expect(draft.events.map((e) => [e.start, e.category])).toEqual([['1992', 'diplomacy'], ['2012', 'arms'], ['2016', 'context']]);
    expect(draft.draft!.article.title).toBe('Old friends');
    expect(validateDataset(draft)).toMatchObject({ ok: true });
  });

  it.each([
    ['html', '<html><head><title>A page</title></head><body><nav>Menu 1999</nav><article><p>In 1992, Israel recognised Azerbaijan.</p></article><script>var x = "In 2001";</script></body></html>', 'A page', ['1992']],
    ['markdown', '# A note\n\n*In 1992*, Israel recognised Azerbaijan.', 'A note', ['1992']],
  ] as const)('reads %s as the command does', (format, text, title, starts) => {
    const outcome = draftFromArticle({ ...request, format, text }, fixture);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.draft.draft!.article.title).toBe(title);
    expect(outcome.draft.events.map((e) => e.start)).toEqual(starts);
  });

  it.each([
    ['an article with nothing visible', { text: '\u200B \n ' }, 'empty'],
    ['an article naming no two countries, without a pair', { text: 'In 1992 something happened.', pair: undefined }, 'no-pair'],
  ])('says why there is no draft for %s', (_, extra, reason) => {
    expect(draftFromArticle({ ...request, ...extra }, fixture)).toEqual({ ok: false, reason });
  });

  it('takes the timeline’s pair only when both are country codes', () => {
    expect(countryPair(fixture)).toEqual(['ISR', 'AZE']);
    expect(countryPair(setIn(fixture, ['pair', 1], 'party'))).toBeNull();
  });
});

describe('adding a draft to the open timeline', () => {
  it('appends the candidates, the article and the parties and lanes they use; the store validates', () => {
    const added = addDraft(fixture, extracted(fixture, { url: 'https://example.org/news' }));
    if (!added.ok) throw new Error('refused');
    const store = added.store;
    expect(added.candidates).toBe(3);
    expect(listOf(store, 'events').slice(0, 2)).toEqual(listOf(fixture, 'events'));
    expect(listOf(store, 'sources').map((s) => s.url)).toEqual(['https://example.org/a', 'https://example.org/news']);
    expect(listOf(store, 'actors').map((a) => a.id)).toEqual(['ISR', 'AZE', 'SYR', 'TUR']);
    expect(listOf(store, 'categories').map((c) => c.id)).toEqual(['diplomacy', 'arms', 'context']);
    expect(candidatesOf(store).map((c) => [c.index, c.status])).toEqual([[2, 'unreviewed'], [3, 'unreviewed'], [4, 'unreviewed']]);
    expect(validateDataset(store)).toMatchObject({ ok: true });
  });

  it('reuses the timeline’s own entry for an article it already lists', () => {
    const listed = setIn(fixture, ['sources', 0, 'title'], 'Old friends');
    const added = addDraft(listed, extracted(listed));
    if (!added.ok) throw new Error('refused');
    expect(listOf(added.store, 'sources')).toHaveLength(1);
    expect((added.store.draft as Item & { article: Item }).article.source).toBe('paper');
    expect(validateDataset(added.store)).toMatchObject({ ok: true });
  });

  it('gives ids already taken a free one, for events and for a different source of the same id', () => {
    const once = addDraft(fixture, extracted(fixture, { url: 'https://example.org/news' }));
    if (!once.ok) throw new Error('refused');
    const twice = addDraft(acceptAll(once.store), extracted(fixture, { url: 'https://example.org/other' }));
    if (!twice.ok) throw new Error('refused');
    const ids = listOf(twice.store, 'events').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(2 + 3 + 3);
    const sourceIds = listOf(twice.store, 'sources').map((s) => s.id);
    expect(new Set(sourceIds).size).toBe(3);
    // Only the second article's candidates are in review; the first one's accepted entries were finished.
    expect(candidatesOf(twice.store).map((c) => c.index)).toEqual([5, 6, 7]);
    expect(validateDataset(twice.store)).toMatchObject({ ok: true });
  });

  it('refuses while another article’s candidates are unreviewed, and says how many', () => {
    const once = addDraft(fixture, extracted(fixture));
    if (!once.ok) throw new Error('refused');
    expect(addDraft(once.store, extracted(fixture))).toEqual({ ok: false, unreviewed: unreviewedCount(once.store) });
  });
});
