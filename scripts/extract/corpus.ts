/**
 * The labelled extraction corpus (test/extract-corpus): reading its label files and scoring
 * the extractor on one article. Shared by `npm run extract:eval` and the corpus test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCandidates } from '../../src/extract/extract';
import { scoreArticle, type ArticleScore, type Label } from '../../src/extract/evaluate';
import { readArticle } from './readArticle';

/** A label file: the article it labels, how to read it, and its dated events. */
export interface LabelFile {
  /** The label file's own name. */
  file: string;
  /** The article's file name, beside the label file. */
  article: string;
  /** Which part of the corpus: `dev`, `blind`, `blind-2`. */
  split: string;
  /** `news` or `encyclopedic`. */
  style: string;
  /** Publication date, for news. */
  published?: string;
  /** The two actors the article is about. */
  pair: [string, string];
  /** Every dated event a careful reader finds. */
  events: Label[];
}

/** Every label file in `dir`, by name. */
export function readCorpus(dir: string): LabelFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<LabelFile, 'file'>) }));
}

/** Runs the extractor on one labelled article and scores its (date, sentence) pairs. */
export function scoreLabelled(dir: string, labels: LabelFile): ArticleScore {
  const article = readArticle(join(dir, labels.article));
  const candidates = extractCandidates(article.text, article.blocks, { published: labels.published, pair: labels.pair });
  const predictions = candidates.map((c) => ({ start: c.date.start, end: c.date.end, how: c.dateMethod, sentence: c.sentence }));
  return scoreArticle(labels.events, predictions);
}
