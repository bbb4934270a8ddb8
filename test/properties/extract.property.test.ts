// @vitest-environment node
/**
 * Properties of the article extractor: on any text (sentences with dates, money and hedges,
 * headings, list items, captions, Markdown, junk, direction and zero-width characters, very
 * long lines), read as plain text or as Markdown, with or without a dataset for the pair, it
 * never throws or hangs; every candidate's sentence is exactly the article's text at its
 * offsets; and the draft built from the candidates validates, its quotes at the offsets its
 * metadata records. The pair, when not given, is two countries or the documented error.
 */
import { beforeAll, describe, it } from 'vitest';
import fc from 'fast-check';
import { extractCandidates, inferPair } from '../../src/extract/extract';
import { buildDraft } from '../../src/extract/draft';
import { markdownToArticle } from '../../src/extract/markdown';
import { inferBlocks } from '../../src/extract/structure';
import { createGazetteer } from '../../src/extract/actors/gazetteer';
import { CONTEXT_CATEGORY, DEFAULT_CATEGORIES } from '../../src/extract/categories';
import { validateDataset } from '../../src/data/validate';
import { formatProblem } from '../../src/data/problems';
import { VISIBLE, type Dataset } from '../../src/data/schema';
import { endsBeforeStart, parsePartialDate } from '../../src/model/dates';
import { assertPrototypeClean, holds, PROPERTY_TIMEOUT_MS, withinHangLimit } from './harness';
import { HOSTILE_TEXT, partialDate, someText, validDataset } from './arbitraries';

const SUBJECTS = ['Israel', 'Azerbaijan', 'Baku', 'Jerusalem', 'The Israeli defence minister', 'Azerbaijani officials', 'Iran', 'Turkey', 'He', 'President Aliyev', 'The U.N.', 'Mr. Netanyahu', 'Armenia and Russia', 'SOCAR'];
const VERBS = ['signed a deal with', 'visited', 'bought drones from', 'supplied arms to', 'opened an embassy in', 'met', 'announced talks with', 'denied buying arms from', 'will meet', 'recognised', 'fought'];
const DATES = [
  'in 1992', 'on 7 April 1992', 'in March 2012', 'on Feb. 26, 2012', 'last week', 'yesterday', 'four years later', 'between 2016 and 2018', 'in the 1990s',
  'in early 2020', 'on May 5', 'the same day', 'from 2012 to 2013', 'on 31/02/2019', 'in the year 10000', 'during the visit', 'in late summer', 'on 29 February 2023',
  'in 0999', 'in 1', 'on Tuesday', 'a decade later', 'in the 18th century', 'between May 14 and 16, 2018', 'in June–August 2014', 'in 1998–99', 'on 2012-02-26',
  'in 9999', 'in 12345', 'from 2020 to 2010', 'on 0000-00-00',
];
const MONEY = ['worth $1.6 billion', 'for 5 million euros', 'of €200m', 'for USD 127 million', 'for $', 'for 1,000,000 manat', 'of $5 trillion', 'for $0.5', 'worth 1e400 dollars', 'for £3bn', 'for $99999999999999999999 billion'];
const HEDGES = ['reportedly', 'allegedly', 'according to sources,', 'it is claimed that', 'officials denied that', 'unconfirmed reports say'];
const INVISIBLE = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u200B', '\u200D', '\u200E', '\u200F', '\uFEFF', '\u00AD', '\u0000', '\r', '\u2028'];

const option = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: '' });
const sentence = fc
  .tuple(option(DATES), option(HEDGES), fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...SUBJECTS), option(MONEY), option(DATES), fc.constantFrom('.', '.', '.', '!', '?', '', '…', '."', '.”', ';'))
  .map(([opening, hedge, subject, verb, object, money, date, end]) => {
    const words = [opening && `${opening},`, hedge, subject, verb, object, money, date].filter(Boolean).join(' ');
    return `${words[0].toUpperCase()}${words.slice(1)}${end}`;
  });

/** One stretch of an article: mostly sentences, and everything else an article or a paste holds. */
const piece = fc.oneof(
  { weight: 8, arbitrary: sentence },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '## ', '# ', 'Chapter 3: '), fc.constantFrom('1990s', 'Arms deals', 'The 2012 deal', '1994–1998', 'Background')).map(([mark, words]) => mark + words) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '• ', '> ', 'Photo: ', '© Reuters ', '*', '_'), sentence).map(([mark, words]) => mark + words) },
  { weight: 1, arbitrary: fc.constantFrom('![a drone](drone.jpg)', '*A drone at a parade in 2016.*', '```', '---', 'See [the report](https://example.org/r) from 2019.', '<b>In 2001</b> <script>x</script>') },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ maxLength: 30, unit: 'binary' }), fc.constantFrom(...HOSTILE_TEXT)) },
  // Very long lines: one run-on sentence of many clauses, or many sentences with no line break.
  { weight: 1, arbitrary: fc.tuple(sentence, fc.integer({ min: 10, max: 50 }), fc.constantFrom(', and ', ' ')).map(([s, n, glue]) => Array<string>(n).fill(s).join(glue)) },
);

/** An article: pieces joined by spaces and line breaks, with invisible and direction characters slipped in anywhere. */
const articleText = fc
  .tuple(
    fc.array(fc.tuple(piece, fc.constantFrom(' ', '\n', '\n', '\n\n', '\n\n', '\r\n', '\n\n\n', '\t')), { maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 6 }),
  )
  .map(([pieces, slipped]) => {
    let text = pieces.map(([words, gap]) => words + gap).join('');
    for (const [at, ch] of slipped) text = text.slice(0, at % (text.length + 1)) + ch + text.slice(at % (text.length + 1));
    return text;
  });

/** How the article is read: its metadata (the title, when not given, from its title block, as npm run extract takes it), and whether the pair has a dataset (whose actors and categories are then used). */
const reading = fc.record({
  markdown: fc.boolean(),
  title: fc.option(fc.oneof(someText, fc.constantFrom('Israel and Azerbaijan: a timeline', '\u202Eevil title')), { nil: undefined }),
  published: fc.option(partialDate.filter((d) => d.length === 10), { nil: undefined }),
  url: fc.option(fc.constantFrom('https://example.org/article', 'https://www.example.com/a?b=c'), { nil: undefined }),
  accept: fc.boolean(),
  // A dataset for the pair one time in four: each brings a gazetteer of its own, whose expression takes a while to compile.
  base: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, validDataset),
});

describe('article extractor properties', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  // The first article read pays for loading the date and sentence libraries' rules (about a
  // second on a busy machine), which the hang guard must not count against any one case.
  beforeAll(() => {
    const warmUp = `A title\n${fc.sample(sentence, { numRuns: 30, seed: 1 }).join(' ')}`;
    extractCandidates(warmUp, undefined, { pair: ['ISR', 'AZE'], published: '2020-10-02' });
  });

  it('never throws or hangs; every sentence is the article at its offsets; the draft validates, its quotes at its offsets', async () => {
    await holds('extractor: any article', fc.property(articleText, reading, (raw, { markdown, title, published, url, accept, base }) => {
      const article = markdown ? markdownToArticle(raw) : { text: raw, blocks: undefined };
      const { text } = article;
      // Every block holds something visible: the title npm run extract takes from the title block is never empty.
      const blocks = article.blocks ?? inferBlocks(text);
      const empty = blocks.find((b) => !(b.start >= 0 && b.start < b.end && b.end <= text.length && VISIBLE.test(text.slice(b.start, b.end))));
      if (empty) throw new Error(`a ${empty.kind} block at ${empty.start}–${empty.end} with nothing visible in it`);
      const titleBlock = blocks.find((b) => b.kind === 'title');
      const pair = base ? base.pair : (['ISR', 'AZE'] as [string, string]);
      const candidates = withinHangLimit('extractCandidates', () =>
        extractCandidates(text, article.blocks, { published, pair, categories: base?.categories, knownActors: base?.actors }));
      assertPrototypeClean();
      const categories = new Set([...(base?.categories ?? DEFAULT_CATEGORIES), CONTEXT_CATEGORY].map((c) => c.id));
      for (const c of candidates) {
        if (!(c.sentenceStart >= 0 && c.sentenceStart < c.sentenceEnd && c.sentenceEnd <= text.length)) throw new Error(`offsets ${c.sentenceStart}–${c.sentenceEnd} outside the text`);
        if (text.slice(c.sentenceStart, c.sentenceEnd) !== c.sentence) throw new Error(`the sentence is not the text at ${c.sentenceStart}–${c.sentenceEnd}`);
        const start = parsePartialDate(c.date.start);
        const end = c.date.end === undefined ? start : parsePartialDate(c.date.end);
        if (!start || !end || endsBeforeStart(start, end)) throw new Error(`a date the store cannot hold: ${c.date.start}–${c.date.end ?? ''}`);
        if (!categories.has(c.category)) throw new Error(`category "${c.category}" is not one of the set`);
      }
      const headline = title ?? (titleBlock ? text.slice(titleBlock.start, titleBlock.end).trim() : 'article.txt');
      const draft = withinHangLimit('buildDraft', () => buildDraft(candidates, { title: headline, text, file: 'article.txt', url, published }, { pair, base, accept }));
      checkDraft(draft, text, candidates.length);
    }), 40);
  });

  it('tells the pair of any article from the countries it names, or says it cannot', async () => {
    await holds('extractor: inferred pair', fc.property(articleText, (text) => {
      let pair: [string, string];
      try {
        pair = withinHangLimit('inferPair', () => inferPair(text, inferBlocks(text), createGazetteer()));
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('the article does not name two countries often enough')) return;
        throw error;
      }
      if (!pair.every((id) => /^[A-Z]{3}$/.test(id)) || pair[0] === pair[1]) throw new Error(`not a pair of countries: ${pair.join(', ')}`);
    }), 60);
  });
});

/** The draft validates (when the article has a visible character, which the format requires), with one candidate per event quoting the text at its offsets. */
function checkDraft(draft: Dataset, text: string, candidates: number): void {
  const check = validateDataset(draft);
  if (!VISIBLE.test(text)) {
    if (check.ok || check.problems.some((p) => p.path.join('.') !== 'draft.article.text')) throw new Error('an article without a visible character is not refused for its text alone');
    return;
  }
  if (!check.ok) throw new Error(`the draft does not validate:\n${check.problems.slice(0, 5).map((p) => formatProblem('draft', p)).join('\n')}`);
  const metadata = Object.entries(draft.draft!.candidates);
  if (metadata.length !== candidates || draft.events.length !== candidates) throw new Error(`${candidates} candidates, ${draft.events.length} events, ${metadata.length} entries of metadata`);
  for (const [id, candidate] of metadata) {
    const quote = draft.events.find((e) => e.id === id)?.sources.find((c) => c.source === draft.draft!.article.source)?.quote;
    if (quote !== text.slice(candidate.sentence.start, candidate.sentence.end)) throw new Error(`event "${id}" does not quote the text at its offsets`);
  }
}
