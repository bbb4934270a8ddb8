/**
 * "From an article…": the extractor of `npm run extract`, run in the browser on a pasted or
 * picked article (plain text, Markdown or HTML, read as the command reads them; HTML is only
 * tokenised, never rendered). Loaded on demand by the editor, so the extractor and its
 * dependencies (chrono-node, compromise, countries-list, htmlparser2) reach nobody who does not
 * use it. The draft it makes is what the command would write with the same options, with the
 * open timeline as the pair's dataset: its categories, parties and sources are reused.
 */
import type { Dataset } from '../data/schema';
import { VISIBLE } from '../data/schema';
import { extractCandidates, inferPair } from '../extract/extract';
import { buildDraft } from '../extract/draft';
import { createGazetteer } from '../extract/actors/gazetteer';
import { inferBlocks } from '../extract/structure';
import { markdownToArticle } from '../extract/markdown';
import { htmlToArticle } from '../interchange/htmlArticle';
import type { EditableStore } from './document';
import { extractionBase } from './addDraft';

/** How the article's text is written. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

/** The article and the options of `npm run extract`. */
export interface ArticleRequest {
  /** The article as pasted or read from its file. */
  text: string;
  /** How it is written. */
  format: ArticleFormat;
  /** The file it came from (name only). */
  fileName?: string;
  /** Its title (else the page's or the first line's). */
  title?: string;
  /** Its http(s) address (else the page's canonical one). */
  url?: string;
  /** Who published it. */
  publisher?: string;
  /** When, YYYY-MM-DD, for "last Sunday" and the like. */
  published?: string;
  /** The two countries (ISO 3166-1 alpha-3); else the two the article names most. */
  pair?: [string, string];
}

/** The draft, or why there is none. */
export type ArticleOutcome = { ok: true; draft: Dataset; candidates: number; context: number } | { ok: false; reason: 'empty' | 'no-pair' };

/** Reads the article and proposes its dated events as a draft. */
export function draftFromArticle(request: ArticleRequest, store: EditableStore): ArticleOutcome {
  const article =
    request.format === 'html' ? htmlToArticle(request.text) : request.format === 'markdown' ? { ...markdownToArticle(request.text), meta: {} } : { text: request.text, blocks: inferBlocks(request.text), meta: {} };
  if (!VISIBLE.test(article.text)) return { ok: false, reason: 'empty' };
  const meta: { title?: string; url?: string; publisher?: string; published?: string } = article.meta;
  const titleBlock = article.blocks.find((b) => b.kind === 'title');
  const title = [request.title, meta.title, titleBlock && article.text.slice(titleBlock.start, titleBlock.end), request.fileName].map((t) => t?.trim()).find((t) => t) ?? 'Article';
  const base = extractionBase(store);
  let pair = request.pair;
  if (!pair) {
    try {
      pair = inferPair(article.text, article.blocks, createGazetteer(base.actors));
    } catch {
      return { ok: false, reason: 'no-pair' };
    }
  }
  const categories = base.categories.length ? base.categories : undefined;
  const published = request.published ?? meta.published;
  const candidates = extractCandidates(article.text, article.blocks, { published, pair, categories, knownActors: base.actors });
  const draft = buildDraft(
    candidates,
    { title, text: article.text, file: request.fileName, url: request.url ?? meta.url, publisher: request.publisher ?? meta.publisher, published },
    { pair, base: { ...base, categories } },
  );
  return { ok: true, draft, candidates: candidates.length, context: candidates.filter((c) => c.context).length };
}
