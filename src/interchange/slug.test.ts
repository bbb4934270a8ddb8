import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Grace Hopper invents the compiler', 'grace-hopper-invents-the-compiler'],
    ['Karen Spärck Jones makes search possible', 'karen-sparck-jones-makes-search-possible'],
    ['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
    ['"The Mother of the Internet"', 'the-mother-of-the-internet'],
    ['...And the women who made it work', 'and-the-women-who-made-it-work'],
    ['Straße & Øresund', 'strasse-oresund'],
    ['Дипломатические отношения', ''],
    ['', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long text at a word boundary within the limit', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve thirteen fourteen', 30);
    expect(slug).toBe('one-two-three-four-five-six');
    expect(slug.length).toBeLessThanOrEqual(30);
  });

  it('always gives a valid slug or nothing', () => {
    for (const text of ['a--b', ' -x- ', 'Ünïcödé 2020', '!!!', '12 34']) {
      expect(slugify(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }
  });
});

describe('IdAllocator', () => {
  it('suffixes repeats in order and respects reserved ids', () => {
    const ids = new IdAllocator();
    ids.reserve('deal-2012-2');
    expect([ids.allocate('deal-2012'), ids.allocate('deal-2012'), ids.allocate('deal-2012')]).toEqual(['deal-2012', 'deal-2012-3', 'deal-2012-4']);
    expect(ids.has('deal-2012-3')).toBe(true);
  });
});
