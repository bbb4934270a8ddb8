import { describe, expect, it } from 'vitest';
import { findMoney } from './money';

describe('findMoney', () => {
  it.each([
    ['Azerbaijan inked a $1.6 billion deal with Israel.', [1_600_000_000, 'USD', 'announced']],
    ['acquiring advanced weapons allegedly to the tune of $5 billion', [5_000_000_000, 'USD', 'estimated']],
    ['a €200m loan', [200_000_000, 'EUR', 'announced']],
    ['a loan of 500 million euros', [500_000_000, 'EUR', 'announced']],
    ['trade worth US$12.5 bn. a year', [12_500_000_000, 'USD', 'announced']],
    ['aid totalling $40,000,000 since 2001', [40_000_000, 'USD', 'cumulative']],
    ['a grant of Rs 300 crore', [3_000_000_000, 'INR', 'announced']],
    ['some 2.5 billion yen in credits', [2_500_000_000, 'JPY', 'estimated']],
    ['a 4 billion kroner fund', [4_000_000_000, 'NOK', 'announced']],
  ])('%s', (text, [amount, currency, kind]) => {
    expect(findMoney(text).map((m) => m.value)).toEqual([{ amount, currency, kind }]);
  });

  it('finds nothing in counts, years and percentages', () => {
    expect(findMoney('In 2012, 1,500 troops and 40 percent of 3 million people.')).toEqual([]);
  });
});
