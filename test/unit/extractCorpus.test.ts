// @vitest-environment node
/**
 * The labelled extraction corpus: its labels are well formed and quote their articles
 * exactly, and the extractor meets the targets on it (recall ≥ 0.9, precision ≥ 0.8
 * of (date, sentence) pairs). `npm run extract:eval` prints the full table.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readArticle } from '../../scripts/extract/readArticle';
import { readCorpus, scoreLabelled } from '../../scripts/extract/corpus';
import { addTallies, rates, type Tally } from '../../src/extract/evaluate';
import { DATE_METHODS } from '../../src/data/schema';
import { parsePartialDate } from '../../src/model/dates';

const DIR = 'test/extract-corpus';
const corpus = readCorpus(DIR);

describe('the extraction corpus', () => {
  it('has at least eight labelled articles in more than one format', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((c) => c.article.split('.').pop())).size).toBeGreaterThan(1);
  });

  it.each(corpus.map((c) => [c.file, c] as const))('%s: each label is a real date and an exact sentence of the article', (_, labels) => {
    const { text } = readArticle(join(DIR, labels.article));
    for (const label of labels.events) {
      expect(text.includes(label.sentence), label.sentence).toBe(true);
      expect(parsePartialDate(label.start), label.start).not.toBeNull();
      if (label.end) expect(parsePartialDate(label.end), label.end).not.toBeNull();
      expect(DATE_METHODS).toContain(label.how);
    }
  });

  it('the extractor meets the targets: recall ≥ 0.9 and precision ≥ 0.8', { timeout: 60_000 }, () => {
    const total = new Map<string, Tally>();
    for (const labels of corpus) addTallies(total, scoreLabelled(DIR, labels).tallies);
    const { recall, precision } = rates(total.get('all')!);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });
});
