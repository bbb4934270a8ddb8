import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Mr. Aliyev met Mr. Netanyahu in Baku. Then they left.', ['Mr. Aliyev met Mr. Netanyahu in Baku.', 'Then they left.']],
    ['The U.N. Security Council met on Oct. 5, 2020. It was tense.', ['The U.N. Security Council met on Oct. 5, 2020.', 'It was tense.']],
    ['The U.S. and the U.K. signed it. Sen. J. W. Fulbright agreed.', ['The U.S. and the U.K. signed it.', 'Sen. J. W. Fulbright agreed.']],
    ['Talks began in Jan. 1992 in St. Petersburg. Gen. Ivanov spoke.', ['Talks began in Jan. 1992 in St. Petersburg.', 'Gen. Ivanov spoke.']],
    ['He called it "irresponsible." Then Syria objected.', ['He called it "irresponsible."', 'Then Syria objected.']],
    ['Was it over? Yes! It was.', ['Was it over?', 'Yes!', 'It was.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('offsets point into the whole text when splitting a part of it', () => {
    const text = 'Heading\n\nOn Oct. 5, 2020, the envoy met Mr. Smith. He – “the envoy” – left. ';
    const from = text.indexOf('On');
    const spans = splitSentences(text, from, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['On Oct. 5, 2020, the envoy met Mr. Smith.', 'He – “the envoy” – left.']);
  });
});
