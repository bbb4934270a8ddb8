import { describe, expect, it } from 'vitest';
import { makeTitle } from './titles';

describe('makeTitle', () => {
  it.each([
    ['It was for this reason that in 2012 Azerbaijan inked a $1.6 billion deal with Israel, reportedly the largest single arms purchase ever.', ['2012'], 'Azerbaijan inked a $1.6 billion deal with Israel…'],
    ['In 1992, Israel recognised Azerbaijan.', ['1992'], 'Israel recognised Azerbaijan'],
    ['Four years later, Baku made even a bigger deal', ['Four years later'], 'Baku made even a bigger deal'],
    ['The envoy left on Oct. 5, 2020.', ['Oct. 5, 2020'], 'The envoy left'],
    // Found by the extractor's properties: a clause that is only its date had an empty title, and its draft did not validate.
    ['between May 14 and 16, 2018', ['May 14 and 16, 2018'], 'Between May 14 and 16, 2018'],
    ['\u202E in 2012.', ['2012'], '\u202E in 2012'],
  ])('%s', (clause, dates, title) => {
    expect(makeTitle(clause, dates)).toBe(title);
  });
});
