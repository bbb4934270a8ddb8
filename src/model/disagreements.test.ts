// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { disagreementsOf } from './disagreements';
import { eventOn } from '../layout/testFixtures';
import type { Citation, TimelineEvent, Value } from './types';

const RECORD_VALUE: Value = { amount: 4_850_000_000, currency: 'USD', kind: 'cumulative' };
const EVENT: TimelineEvent = {
  ...eventOn('arms-contracts-total-2016', '2016-12-13', undefined, { certainty: 'confirmed' }),
  summary: 'Contracts worth $4.85bn in total.',
  value: RECORD_VALUE,
};
const RANGE: TimelineEvent = { ...eventOn('war', '2020-09-27', '2020-11-10'), summary: 'A war.' };
const cite = (claims?: Citation['claims']): Citation => ({ source: 'paper', quote: 'words', claims });

describe('disagreementsOf', () => {
  it('finds nothing for a citation without claims', () => {
    expect(disagreementsOf(EVENT, cite())).toEqual([]);
  });

  it('reports a claimed start beside the record start', () => {
    expect(disagreementsOf(EVENT, cite({ start: '2016' }))).toEqual([{ field: 'start', record: '2016-12-13', claimed: '2016' }]);
  });

  it.each<[string, TimelineEvent, Citation['claims']]>([
    ['start', EVENT, { start: '2016-12-13' }],
    ['end', RANGE, { end: '2020-11-10' }],
    ['value', EVENT, { value: { ...RECORD_VALUE } }],
    ['certainty', EVENT, { certainty: 'confirmed' }],
  ])('ignores a claimed %s equal to the record', (_field, event, claims) => {
    expect(disagreementsOf(event, cite(claims))).toEqual([]);
  });

  it('reports an end claimed for a single date with the record as null', () => {
    expect(disagreementsOf(EVENT, cite({ end: '2017' }))).toEqual([{ field: 'end', record: null, claimed: '2017' }]);
  });

  it.each<[string, Value]>([
    ['amount', { ...RECORD_VALUE, amount: 5_000_000_000 }],
    ['currency', { ...RECORD_VALUE, currency: 'EUR' }],
    ['kind', { ...RECORD_VALUE, kind: 'announced' }],
  ])('reports a value whose %s differs', (_part, claimed) => {
    expect(disagreementsOf(EVENT, cite({ value: claimed }))).toEqual([{ field: 'value', record: RECORD_VALUE, claimed }]);
  });

  it('reports a claimed value where the record has none, with the record as null', () => {
    const claimed: Value = { amount: 1, currency: 'USD', kind: 'estimated' };
    expect(disagreementsOf(RANGE, cite({ value: claimed }))).toEqual([{ field: 'value', record: null, claimed }]);
  });

  it('always reports a claimed summary, beside the record summary', () => {
    expect(disagreementsOf(EVENT, cite({ summary: 'About $5bn.' }))).toEqual([
      { field: 'summary', record: 'Contracts worth $4.85bn in total.', claimed: 'About $5bn.' },
    ]);
  });

  it('lists several fields in a fixed order whatever the claims’ key order', () => {
    const claims = { summary: 'Other words.', certainty: 'alleged', value: { ...RECORD_VALUE, amount: 1 }, end: '2018', start: '2015' } as const;
    expect(disagreementsOf(EVENT, cite(claims)).map((d) => d.field)).toEqual(['start', 'end', 'value', 'certainty', 'summary']);
  });
});
