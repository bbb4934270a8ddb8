// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexProblems, problemsNotShown } from './problemIndex';

const problems = [
  { path: ['events', 0, 'title'], eventId: 'a', message: 'a title must not be empty' },
  { path: ['events', 0, 'sources', 0, 'quote'], eventId: 'a', message: 'a quote must not be empty' },
  { path: ['events', 0, 'sumary'], eventId: 'a', message: '"sumary" is not a field of the format' },
  { path: ['events', 1, 'end'], eventId: 'b', message: 'end 2011 is before start 2012' },
  { path: ['sources', 0], message: 'source "x" is listed but no event cites it' },
];

describe('problem index', () => {
  const index = indexProblems(problems);

  it('finds the problems of one field', () => {
    expect(index.at(['events', 0, 'title']).map((p) => p.message)).toEqual(['a title must not be empty']);
    expect(index.at(['events', 0])).toEqual([]);
    expect(index.at(['sources', 0])).toHaveLength(1);
  });

  it('finds every problem inside an item', () => {
    expect(index.under(['events', 0])).toHaveLength(3);
    expect(index.under(['events', 1])).toHaveLength(1);
    expect(index.under([])).toHaveLength(5);
  });

  it('leaves for the item what no field of its own shows', () => {
    const shown = [['events', 0, 'title'], ['events', 0, 'sources']];
    expect(problemsNotShown(index, ['events', 0], shown).map((p) => p.path.join('.'))).toEqual(['events.0.sumary']);
  });
});
