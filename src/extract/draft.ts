/**
 * A draft: candidates packed as a valid event store, with the extraction metadata in its
 * top-level `draft` object (see docs/data-format.md, *Drafts*). The article becomes the one
 * source every candidate cites, quoting its exact sentence; when the pair's dataset already
 * lists the article (same address or title), that source entry is reused.
 */
import type { Dataset, RawEvent, Source } from '../data/schema';
import type { ExtractedCandidate } from './types';
import { CONTEXT_CATEGORY, DEFAULT_CATEGORIES } from './categories';
import { createGazetteer } from './actors/gazetteer';

/** What is known about the article besides its text. */
export interface ArticleMeta {
  /** Its headline. */
  title: string;
  /** Its text, the one the offsets count in. */
  text: string;
  /** The file it was read from (name only). */
  file?: string;
  /** Its http(s) address. */
  url?: string;
  /** Who published it. */
  publisher?: string;
  /** When, YYYY-MM-DD (or coarser). */
  published?: string;
}

/** What a draft reuses from the pair's dataset: its categories (else the default set), actor names and sources. */
export type DraftBase = Pick<Dataset, 'actors' | 'sources'> & { categories?: Dataset['categories'] };

/** How to build the draft. */
export interface DraftOptions {
  /** The two actor ids the timeline is about. */
  pair: [string, string];
  /** The pair's existing dataset (or the timeline open in the editor): its categories, actor names and sources are reused. */
  base?: DraftBase;
  /** Mark candidates accepted instead of unreviewed. */
  accept?: boolean;
}

/** Where a draft's source points when the article's address is not known: a reserved, never-resolving name (RFC 2606). */
export const UNKNOWN_URL = 'https://example.invalid/article-address-unknown';

/** The draft store for an article's candidates. */
export function buildDraft(candidates: ExtractedCandidate[], article: ArticleMeta, options: DraftOptions): Dataset {
  const { pair, base } = options;
  const source = articleSource(article, base);
  const gazetteer = createGazetteer(base?.actors);
  const ids = new Set<string>();
  const events: RawEvent[] = candidates.map((c) => ({
    id: uniqueId(slugify(`${c.title.split(/\s+/).slice(0, 6).join(' ')} ${c.date.start.slice(0, 4)}`), ids),
    title: c.title,
    summary: c.sentence,
    start: c.date.start,
    ...(c.date.end ? { end: c.date.end } : {}),
    ...(c.date.approximate ? { approximate: true } : {}),
    category: c.category,
    actors: c.actors,
    certainty: c.certainty,
    ...(c.value ? { value: c.value } : {}),
    sources: [{ source: source.id, quote: c.sentence }],
  }));

  const actorIds = [...new Set([...pair, ...events.flatMap((e) => e.actors)])];
  const knownName = new Map(base?.actors.map((a) => [a.id, a.name]));
  const categories = [...(base?.categories ?? DEFAULT_CATEGORIES)];
  if (events.some((e) => e.category === CONTEXT_CATEGORY.id) && !categories.some((c) => c.id === CONTEXT_CATEGORY.id)) categories.push(CONTEXT_CATEGORY);
  const names = pair.map((id) => knownName.get(id) ?? gazetteer.nameOf(id));

  return {
    version: 1,
    id: `draft-${slugify(article.title).slice(0, 60).replace(/-+$/, '') || 'article'}`,
    title: `Draft: ${article.title}`,
    description: `Candidate events between ${names[0]} and ${names[1]} read from “${article.title}” by npm run extract: ${events.length} candidates, ${options.accept ? 'accepted without review' : 'not yet reviewed'}.`,
    pair,
    actors: actorIds.map((id) => ({ id, name: knownName.get(id) ?? gazetteer.nameOf(id) })),
    categories,
    sources: events.length ? [source] : [],
    eras: [],
    events,
    draft: {
      article: { title: article.title, ...(events.length ? { source: source.id } : {}), ...(article.file ? { file: article.file } : {}), text: article.text },
      candidates: Object.fromEntries(
        candidates.map((c, i) => [
          events[i].id,
          {
            status: options.accept ? 'accepted' : 'unreviewed',
            confidence: c.confidence,
            dateMethod: c.dateMethod,
            dateText: c.dateText,
            sentence: { start: c.sentenceStart, end: c.sentenceEnd },
            ...(c.context ? { context: c.context } : {}),
          },
        ]),
      ),
    },
  };
}

/** The article as a source: the pair dataset's own entry when it lists the same address or title. */
function articleSource(article: ArticleMeta, base: DraftBase | undefined): Source {
  const sameTitle = (s: Source) => normalise(s.title) === normalise(article.title);
  const known = base?.sources.find((s) => (article.url && s.url === article.url) || sameTitle(s));
  if (known) return known;
  const publisher = article.publisher ?? (article.url ? new URL(article.url).hostname.replace(/^www\./, '') : 'Unknown publisher');
  const year = article.published?.slice(0, 4) ?? '';
  return {
    id: slugify(`${publisher.split(/\s+/).slice(0, 3).join(' ')} ${year}`) || 'article',
    title: article.title,
    publisher,
    url: article.url ?? UNKNOWN_URL,
    ...(article.published ? { published: article.published } : {}),
  };
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A slug of lower-case ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || 'event';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
