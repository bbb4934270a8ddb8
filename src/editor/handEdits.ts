/**
 * What an edit made by hand in the event form means for a draft's candidate: changing a
 * candidate's event is reviewing it, so the candidate is accepted in the same undo step as the
 * change; and when the article's quote is edited to other words of the article (a shorter
 * quote, say), the candidate's sentence offsets follow it, so the draft still points at exactly
 * the words quoted; and when its id follows a retyped title, the candidate's key follows too.
 * Only an edit that changes one event and nothing else counts: renaming a source or a
 * category touches many events and accepts none of them.
 */
import { getIn, listOf, setIn, textOf, type EditableStore, type Item } from './document';
import { acceptCandidate, articleTextOf, draftOf } from './review';
import { renameReferences } from './items';

/** `after`, with the rules above applied to the change from `before`. */
export function followHandEdits(before: EditableStore, after: EditableStore): EditableStore {
  if (!draftOf(after) || !Array.isArray(before.events) || !Array.isArray(after.events)) return after;
  const was = listOf(before, 'events');
  const now = listOf(after, 'events');
  if (was.length !== now.length) return after;
  const changed = now.flatMap((event, i) => (event !== was[i] ? [i] : []));
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const onlyEvents = [...keys].every((key) => key === 'events' || key === 'draft' || before[key] === after[key]);
  if (changed.length !== 1 || !onlyEvents) return after;
  const [i] = changed;
  const [from, to] = [textOf(was[i].id), textOf(now[i].id)];
  const has = (store: EditableStore, key: string) => getIn(store, ['draft', 'candidates', key]) !== undefined;
  // An id that follows the title as it is typed takes the candidate along (unless that would be ambiguous).
  const renamed = from !== to && has(after, from) ? renameReferences(after, 'events', from, to) : after;
  const id = [to, from].find((key) => has(renamed, key));
  if (id === undefined) return after;
  return followQuote(acceptCandidate(renamed, id), id, was[i], now[i]);
}

/** The candidate's offsets moved to its event's new quote of the article, when the article has those words. */
function followQuote(store: EditableStore, id: string, was: Item, now: Item): EditableStore {
  const source = getIn(store, ['draft', 'article', 'source']);
  const quoteOf = (event: Item) => textOf(listOf(event, 'sources').find((c) => c.source === source)?.quote);
  const quote = quoteOf(now);
  if (quote === '' || quote === quoteOf(was)) return store;
  const text = articleTextOf(store);
  const near = Number(getIn(store, ['draft', 'candidates', id, 'sentence', 'start'])) || 0;
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best < 0 ? store : setIn(store, ['draft', 'candidates', id, 'sentence'], { start: best, end: best + quote.length });
}
