/**
 * A small draft for the editor's review tests: the valid-minimal fixture plus three candidates
 * read from a four-sentence article (cited as the source "article"), listed in the events out
 * of reading order, one of them context (Syria names neither of the pair).
 */
import { readFileSync } from 'node:fs';
import { listOf, type EditableStore, type Item } from '../../../src/editor/document';

/** The valid-minimal fixture. */
export const fixture = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')) as EditableStore;

/** The article's text. */
export const ARTICLE = 'Ties grew. In 1992, Israel recognised Azerbaijan. In 2012 Azerbaijan inked a $1.6 billion deal with Israel. Syria slammed it in 2019.';
/** The sentences the candidates quote. */
export const S1992 = 'In 1992, Israel recognised Azerbaijan.';
export const S2012 = 'In 2012 Azerbaijan inked a $1.6 billion deal with Israel.';
export const S2019 = 'Syria slammed it in 2019.';

/** The offsets of words in the article. */
export const sentence = (words: string) => ({ start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length });

/** A candidate event quoting its sentence of the article. */
function candidateEvent(id: string, words: string, start: string, extra: Item = {}): Item {
  return { id, title: id, summary: words, start, category: 'diplomacy', actors: ['ISR', 'AZE'], certainty: 'reported', sources: [{ source: 'article', quote: words }], ...extra };
}

const meta = (words: string, extra: Item = {}) => ({ status: 'unreviewed', confidence: 0.8, dateMethod: 'bare-year', dateText: 'x', sentence: sentence(words), ...extra });

/** The fixture with the three candidates: deal-2012, recognition-1992, syria-2019 (events 2, 3, 4). */
export function draftStore(): EditableStore {
  return {
    ...fixture,
    actors: [...listOf(fixture, 'actors'), { id: 'SYR', name: 'Syria' }],
    sources: [...listOf(fixture, 'sources'), { id: 'article', title: 'The article', publisher: 'Press', url: 'https://example.org/article' }],
    events: [
      ...listOf(fixture, 'events'),
      candidateEvent('deal-2012', S2012, '2012', { category: 'arms', value: { amount: 1600000000, currency: 'USD', kind: 'announced' } }),
      candidateEvent('recognition-1992', S1992, '1992'),
      candidateEvent('syria-2019', S2019, '2019', { actors: ['SYR'] }),
    ],
    draft: {
      article: { title: 'The article', source: 'article', text: ARTICLE },
      candidates: { 'deal-2012': meta(S2012), 'recognition-1992': meta(S1992), 'syria-2019': meta(S2019, { context: 'outside-pair' }) },
    },
  };
}
