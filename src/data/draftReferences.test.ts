// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset, validateDatasetInSlices } from './validate';
import { formatProblem } from './problems';

const ARTICLE = 'Intro. In 1991 one state recognised the other. Later, a deal was signed.';

/** The minimal valid store plus a draft whose two candidates quote ARTICLE at their offsets. */
function draftStore() {
  const data = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8'));
  const first = ARTICLE.indexOf('In 1991');
  const second = ARTICLE.indexOf('Later');
  data.events[0].sources[0].quote = ARTICLE.slice(first, second - 1);
  data.events[1].sources[0].quote = ARTICLE.slice(second);
  data.draft = {
    article: { title: 'A paper', source: 'paper', file: 'paper.txt', text: ARTICLE },
    candidates: {
      recognition: { status: 'unreviewed', confidence: 0.8, dateMethod: 'bare-year', dateText: 'In 1991', sentence: { start: first, end: second - 1 } },
      'arms-deal-2012': { status: 'accepted', confidence: 0.5, dateMethod: 'narrative-relative', dateText: 'Later', sentence: { start: second, end: ARTICLE.length }, context: 'outside-pair' },
    },
  };
  return data;
}

function problems(data: unknown): string[] {
  const result = validateDataset(data);
  return result.ok ? [] : result.problems.map((p) => formatProblem('draft.json', p));
}

describe('draft metadata', () => {
  it('a store with a consistent draft is valid', () => {
    expect(problems(draftStore())).toEqual([]);
  });

  it.each<[string, (d: ReturnType<typeof draftStore>) => void, string]>([
    ['a candidate for no event', (d) => (d.draft.candidates.ghost = d.draft.candidates.recognition), 'draft.candidates.ghost: candidate "ghost" names no event of this store'],
    ['an article source not listed', (d) => (d.draft.article.source = 'elsewhere'), 'draft.article.source: source "elsewhere" is not in sources'],
    ['offsets past the text', (d) => (d.draft.candidates.recognition.sentence.end = 999), 'draft.candidates.recognition.sentence: sentence offsets 7–999 are not inside the article text (72 characters)'],
    ['offsets that are not the quote', (d) => (d.draft.candidates.recognition.sentence.start += 1), 'draft.candidates.recognition.sentence: the article text at 8–46 is not the quote of event "recognition"'],
    ['an unknown date method', (d) => (d.draft.candidates.recognition.dateMethod = 'guessed'), 'draft.candidates.recognition.dateMethod: dateMethod must be one of: explicit,'],
    ['an unknown context reason', (d) => (d.draft.candidates.recognition.context = 'aside'), 'draft.candidates.recognition.context: context must be one of: caption, outside-pair'],
    ['confidence above 1', (d) => (d.draft.candidates.recognition.confidence = 1.5), 'draft.candidates.recognition.confidence: confidence is between 0 and 1'],
    ['a fractional offset', (d) => (d.draft.candidates.recognition.sentence.start = 7.5), 'draft.candidates.recognition.sentence.start: sentence.start must be a whole number'],
    ['an unknown review status', (d) => (d.draft.candidates.recognition.status = 'rejected'), 'draft.candidates.recognition.status: status must be one of: unreviewed, accepted'],
    ['a misspelt field', (d) => Object.assign(d.draft.candidates.recognition, { confidense: 1 }), 'draft.candidates.recognition.confidense: "confidense" is not a field of the format'],
  ])('reports %s', (_, breakIt, expected) => {
    const data = draftStore();
    breakIt(data);
    const lines = problems(data);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`draft.json: ${expected}`);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('reports a candidate keyed %s, which the schema would drop without a word', async (key) => {
    // Keyed by an event id ("constructor" is a valid slug), as JSON.parse makes it: an own key, not the prototype.
    const data = JSON.parse(JSON.stringify(draftStore()).replace('"recognition":{', `"${key}":{`));
    expect(Object.keys(data.draft.candidates)).toEqual([key, 'arms-deal-2012']);
    const expected = `draft.json: draft.candidates.${key}: "${key}" cannot be a candidate key: JavaScript reserves the name, so the candidate would be lost (give its event another id)`;
    expect(problems(data)).toEqual([expected]);
    const sliced = await validateDatasetInSlices(data, () => Promise.resolve());
    expect(sliced.ok ? [] : sliced.problems.map((p) => formatProblem('draft.json', p))).toEqual([expected]);
  });
});
