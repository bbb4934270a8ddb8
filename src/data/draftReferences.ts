/**
 * Cross-references of a draft's extraction metadata (the optional top-level `draft` object
 * that `npm run extract` writes): every candidate names an event of the store, the article
 * names a listed source, and each candidate's sentence offsets point, in the article text, at
 * exactly the words its event quotes from that article.
 */
import type { Dataset, Draft } from './schema';
import type { Problem } from './problems';

/** Every problem in a draft's metadata, given the ids of the store's events and sources. */
export function checkDraftReferences(data: Dataset & { draft: Draft }): Problem[] {
  const { article, candidates } = data.draft;
  const problems: Problem[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  if (article.source !== undefined && !sourceIds.has(article.source)) {
    problems.push({ path: ['draft', 'article', 'source'], message: `source "${article.source}" is not in sources` });
  }
  const events = new Map(data.events.map((e) => [e.id, e]));
  for (const [id, candidate] of Object.entries(candidates)) {
    const at = (...rest: string[]) => ['draft', 'candidates', id, ...rest];
    const event = events.get(id);
    if (!event) {
      problems.push({ path: at(), message: `candidate "${id}" names no event of this store` });
      continue;
    }
    const { start, end } = candidate.sentence;
    if (end <= start || end > article.text.length) {
      problems.push({ path: at('sentence'), message: `sentence offsets ${start}–${end} are not inside the article text (${article.text.length} characters)` });
      continue;
    }
    const citation = event.sources.find((c) => c.source === article.source);
    if (citation && citation.quote !== article.text.slice(start, end)) {
      problems.push({ path: at('sentence'), message: `the article text at ${start}–${end} is not the quote of event "${id}"` });
    }
  }
  return problems;
}
