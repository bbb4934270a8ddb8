import { describe, expect, it } from 'vitest';
import { findDates, type SentenceContext } from './findDates';
import { withinHangLimit } from '../../../test/properties/harness';

const published = '2020-10-02'; // a Friday
const in2012: SentenceContext = { published, anchor: { start: '2012', approximate: false } };

/** [sentence, context, expected "method start[–end][~]" per date] */
const CASES: [string, SentenceContext, string[]][] = [
  // explicit dates in every common order and precision
  ['The U.N. met on Oct. 5, 2020, in New York.', {}, ['explicit 2020-10-05']],
  ['Talks opened on 5 October 2020.', {}, ['explicit 2020-10-05']],
  ['The deal was signed on 2012-02-26.', {}, ['explicit 2012-02-26']],
  ['Syria objected, saying Friday March 22, 2019, the move was illegal.', { published }, ['explicit 2019-03-22']],
  ['In March 2019 the envoy returned.', {}, ['explicit 2019-03']],
  // bare years and years that count things
  ['In 1992, when Azerbaijan announced its independence, Israel recognised it.', {}, ['bare-year 1992']],
  ['The 1994 treaty sent 2000 soldiers and cost $1995 per head under Resolution 1701.', {}, ['bare-year 1994']],
  ['Queen Noor of Jordan (1984)', { inListItem: true }, ['list-item 1984']],
  // ranges
  ['The talks ran from August 10–13, 1975 at the lake.', {}, ['range 1975-08-10–1975-08-13']],
  ['They met between May 14 and 16, 2018.', {}, ['range 2018-05-14–2018-05-16']],
  ['The thaw lasted from 1998 to 2002.', {}, ['range 1998–2002']],
  ['Fighting in June–August 2014 killed hundreds.', {}, ['range 2014-06–2014-08']],
  ['The 1998–99 season was cancelled.', {}, ['range 1998–1999']],
  ['In 1992 and 1993 both opened embassies.', {}, ['bare-year 1992', 'bare-year 1993']],
  // vague periods
  ['Contacts began in the early 1990s.', {}, ['vague 1990–1993~']],
  ['Trade grew through the 1980s.', {}, ['vague 1980–1989~']],
  ['By mid-2014 the pipeline was full.', {}, ['vague 2014~']],
  ['In the spring of 2003 the border reopened.', {}, ['vague 2003-03–2003-05~']],
  // relative to publication
  ['They have fought since last Sunday.', { published }, ['publication-relative 2020-09-27']],
  ['The minister resigned yesterday.', { published }, ['publication-relative 2020-10-01']],
  ['On Tuesday, the envoy left.', { published }, ['publication-relative 2020-09-29']],
  ['The talks will resume on Monday.', { published }, ['publication-relative 2020-10-05']],
  ['Exports fell last month.', { published }, ['publication-relative 2020-09']],
  ['Armenia has just recalled its envoy.', { published }, ['publication-relative 2020-10-02~']],
  ['They have fought since last Sunday.', {}, []],
  // relative to the narrative
  ['Four years later, Baku made an even bigger deal.', in2012, ['narrative-relative 2016']],
  ['The following year the embassy opened.', in2012, ['narrative-relative 2013']],
  ['A decade later the ties had cooled.', in2012, ['narrative-relative 2022~']],
  ['Soon afterward, the two states exchanged ambassadors.', in2012, ['narrative-relative 2012~']],
  ['One month later the envoy returned.', { anchor: { start: '2019-03-22', approximate: false } }, ['narrative-relative 2019-04']],
  ['Four years later, Baku bought more, and in 2017 it ranked second.', in2012, ['narrative-relative 2016', 'bare-year 2017']],
  ['In 2012 they signed, and four years later they signed again.', {}, ['bare-year 2012', 'narrative-relative 2016']],
  ['Four years later, nothing.', {}, []],
  // dates without their year
  ['On May 5 the ministers met.', in2012, ['year-from-context 2012-05-05']],
  ['On Sept. 3 the ministers met.', { published }, ['year-from-context 2020-09-03']],
  ['On Dec. 3 the ministers met.', { published }, ['year-from-context 2019-12-03']],
  // Found by the extractor's properties: a day the context's year does not have became a date no store can hold.
  ['They met on 29 Feb.', { anchor: { start: '2013', approximate: false } }, []],
  ['They met on Feb. 29.', { anchor: { start: '2012', approximate: false } }, ['year-from-context 2012-02-29']],
  // rules found by the held-out articles
  ['WASHINGTON, Dec. 20 — The envoys met on Wednesday.', { published: '2014-12-20' }, ['publication-relative 2014-12-17']],
  ['ALGIERS (Aug. 25) — Algeria cut ties on Tuesday.', { published: '2021-08-25' }, ['publication-relative 2021-08-24']],
  ['The two will reopen embassies, the presidents announced on Wednesday.', { published: '2014-12-20' }, ['publication-relative 2014-12-17']],
  ['On the same day, the prisoner was released.', { anchor: { start: '2014-10', approximate: false }, dayAnchor: { start: '2014-12-17', approximate: false } }, ['narrative-relative 2014-12-17']],
  ['Peru was drawn into the war weeks later.', { anchor: { start: '1879-02-14', approximate: false } }, ['narrative-relative 1879~']],
  ['They expelled 15 diplomats in April of the same year.', { anchor: { start: '2023-05', approximate: false } }, ['narrative-relative 2023-04']],
  ['The trade flourished in the eighteenth and nineteenth centuries.', {}, ['vague 1700–1899~']],
  ['The contract runs out on Oct. 31, and Algiers has decided not to renew it.', { published: '2021-08-25' }, ['year-from-context 2021-10-31']],
  ['The deadline is Aug. 24.', { published: '2019-08-05' }, ['year-from-context 2019-08-24']],
  ['The next test is due next spring.', { published: '2023-12-08' }, ['publication-relative 2024-03–2024-05~']],
  ['The conflict began three months later and lasted until July.', { anchor: { start: '1999-02-21', approximate: false } }, ['range 1999-05–1999-07']],
  ['On 7 September that year, a trawler collided with two vessels.', { anchor: { start: '2010', approximate: false } }, ['narrative-relative 2010-09-07']],
  ['Flights resume in October, and a visit is expected before the end of the year.', { published: '2022-09-27' }, ['year-from-context 2022-10', 'narrative-relative 2022']],
  // not dates
  ['Protesters march on the capital for four years at 5 p.m.', { published }, []],
];

describe('findDates', () => {
  it.each(CASES)('%s', (sentence, context, expected) => {
    const got = findDates(sentence, context).map((m) => `${m.method} ${m.value.start}${m.value.end ? `–${m.value.end}` : ''}${m.value.approximate ? '~' : ''}`);
    expect(got).toEqual(expected);
  });

  it('reports the exact words each date was read from', () => {
    const sentence = 'Talks ran from August 10–13, 1975, and four years later, on Oct. 5, 1979, ended.';
    expect(findDates(sentence, {}).map((m) => [m.text, sentence.slice(m.index, m.index + m.text.length)])).toEqual([
      ['August 10–13, 1975', 'August 10–13, 1975'],
      ['four years later', 'four years later'],
      ['Oct. 5, 1979', 'Oct. 5, 1979'],
    ]);
  });

  it('reads a run-on sentence of two hundred dates within the hang guard', () => {
    // Found by the extractor's properties: each date's clause was found by a regular expression
    // tried from every position of the sentence, so a hundred "on Tuesday"s in 10,000 characters
    // took 17 s and two hundred over a minute. The guard is a hang check, not a speed test.
    const sentence = Array<string>(200).fill('It is claimed that Azerbaijani officials fought the minister on Tuesday…').join(' ');
    const found = withinHangLimit('findDates', () => findDates(sentence, { published }));
    expect(found.map((m) => `${m.method} ${m.value.start}`)).toEqual(Array<string>(200).fill('publication-relative 2020-09-29'));
  });
});
