/**
 * When one sentence holds two dated events ("Four years later, Baku made a bigger deal …, and
 * in 2017 Azerbaijan became …"), each event's money, hedges and actors come from its own
 * clause. The sentence is cut at the last clause break between two consecutive dates.
 */
import type { DateMention } from './types';

const BREAK = /(?:[;:]\s+|,\s+(?:and|but|while|whereas|before|after|then|when|although|though|yet)\s+|\s+(?:and\s+then|but)\s+|,\s+and\s+)/g;

/** For each date (in order), the [start, end) of its clause in the sentence. */
export function clausesOf(sentence: string, mentions: DateMention[]): [number, number][] {
  const cuts: number[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const from = mentions[i].index + mentions[i].text.length;
    const to = mentions[i + 1].index;
    let cut = -1;
    for (const m of sentence.slice(from, to).matchAll(BREAK)) cut = from + m.index;
    cuts.push(cut);
  }
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < mentions.length; i++) {
    const cut = i < cuts.length && cuts[i] >= 0 ? cuts[i] : undefined;
    if (i < cuts.length && cut === undefined) {
      spans.push([0, sentence.length]); // no break: the dates share the sentence
      continue;
    }
    const end = cut ?? sentence.length;
    spans.push([start, end]);
    start = end;
  }
  return spans;
}
