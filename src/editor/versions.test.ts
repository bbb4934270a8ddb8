// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareVersions, mergeVersions } from './versions';

const event = (id: string, title: string) => ({ id, title, start: '2012' });
const base = { title: 'T', sources: [], events: [event('a', 'A'), event('b', 'B'), event('c', 'C')] };

describe('compareVersions', () => {
  it('finds each part that differs, and who changed it', () => {
    const theirs = { ...base, title: 'Their title', events: [event('a', 'A'), event('b', 'B by them'), event('c', 'C'), event('d', 'D')] };
    const mine = { ...base, events: [event('a', 'A by me'), event('b', 'B'), event('e', 'E')] };
    const differences = compareVersions(base, theirs, mine);
    expect(differences.map((d) => [d.key, d.fields, d.changed, d.suggested])).toEqual([
      ['title', [], { mine: false, theirs: true }, 'theirs'],
      ['event:a', ['title'], { mine: true, theirs: false }, 'mine'],
      ['event:b', ['title'], { mine: false, theirs: true }, 'theirs'],
      ['event:e', [], { mine: true, theirs: false }, 'mine'],
      ['event:c', [], { mine: true, theirs: false }, 'mine'], // I removed it
      ['event:d', [], { mine: false, theirs: true }, 'theirs'], // they added it
    ]);
    expect(differences.find((d) => d.key === 'event:c')).toMatchObject({ mine: undefined, theirs: event('c', 'C') });
  });

  it('suggests mine for a part both changed, and everywhere when the common version is unknown', () => {
    const theirs = { ...base, title: 'Theirs' };
    const mine = { ...base, title: 'Mine' };
    expect(compareVersions(base, theirs, mine)).toMatchObject([{ key: 'title', changed: { mine: true, theirs: true }, suggested: 'mine' }]);
    expect(compareVersions(null, theirs, mine)).toMatchObject([{ key: 'title', changed: null, suggested: 'mine' }]);
  });

  it('finds nothing between equal versions', () => {
    expect(compareVersions(base, structuredClone(base), structuredClone(base))).toEqual([]);
  });
});

describe('mergeVersions', () => {
  const theirs = { ...base, title: 'Their title', events: [event('x', 'X'), event('a', 'A'), event('b', 'B by them'), event('d', 'D')] };
  const mine = { ...base, title: 'My title', events: [event('a', 'A by me'), event('b', 'B'), event('c', 'C'), event('e', 'E')] };
  const differences = compareVersions(base, theirs, mine);

  it('takes the suggested side where no choice was made', () => {
    const merged = mergeVersions(theirs, mine, differences, {});
    expect(merged.title).toBe('My title');
    // Their edit of b, their new x and d, and their removal of c (which I left alone) come in;
    // my edit of a and my new e stay.
    expect((merged.events as { id: string; title: string }[]).map((e) => `${e.id}:${e.title}`)).toEqual(['x:X', 'a:A by me', 'b:B by them', 'd:D', 'e:E']);
  });

  it('takes every part from one side when told', () => {
    const allTheirs = Object.fromEntries(differences.map((d) => [d.key, 'theirs' as const]));
    expect(mergeVersions(theirs, mine, differences, allTheirs)).toEqual(theirs);
    const allMine = Object.fromEntries(differences.map((d) => [d.key, 'mine' as const]));
    expect(mergeVersions(theirs, mine, differences, allMine)).toEqual(mine);
  });

  it('removes a field only they removed, when theirs is chosen', () => {
    const t = { title: 'T' };
    const m = { title: 'T', description: 'D' };
    const d = compareVersions(null, t, m);
    expect(mergeVersions(t, m, d, { description: 'theirs' })).toEqual({ title: 'T' });
  });
});
