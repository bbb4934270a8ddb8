import { describe, expect, it } from 'vitest';
import { makeTitle } from './titles';

describe('makeTitle', () => {
  it.each([
    ['It was for this reason that in 2012 Azerbaijan inked a $1.6 billion deal with Israel, reportedly the largest single arms purchase ever.', ['2012'], 'Azerbaijan inked a $1.6 billion deal with Israel…'],
    ['In 1992, Israel recognised Azerbaijan.', ['1992'], 'Israel recognised Azerbaijan'],
    ['Four years later, Baku made even a bigger deal', ['Four years later'], 'Baku made even a bigger deal'],
    ['The envoy left on Oct. 5, 2020.', ['Oct. 5, 2020'], 'The envoy left'],
  ])('%s', (clause, dates, title) => {
    expect(makeTitle(clause, dates)).toBe(title);
  });
});
