/**
 * Rules that relate one part of an event store to another, which a per-field schema cannot
 * express: ids unique within each list, every reference resolving, ends not before starts.
 * A draft's and the stories' own rules live beside this (draftReferences.ts, storyReferences.ts).
 * Runs only on a document that already passed the schema.
 */
import type { Dataset } from './schema';
import type { Problem } from './problems';
import { endsBeforeStart, parsePartialDate } from '../model/dates';
import { checkDraftReferences } from './draftReferences';
import { checkStoryReferences } from './storyReferences';

type Listed = 'actors' | 'categories' | 'sources' | 'eras' | 'events';
const LISTS: readonly Listed[] = ['actors', 'categories', 'sources', 'eras', 'events'];

/** Every cross-reference problem in a schema-valid dataset, in document order. */
export function checkCrossReferences(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const ids = {} as Record<Listed, Map<string, number>>; // id → first index; .has() is all that is needed

  for (const list of LISTS) {
    const seen = new Map<string, number>();
    data[list].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        problems.push({
          path: [list, i, 'id'],
          eventId: list === 'events' ? item.id : undefined,
          message: `id "${item.id}" is used twice in ${list} (first at ${list}[${first}])`,
        });
      } else seen.set(item.id, i);
    });
    ids[list] = seen;
  }

  data.pair.forEach((actor, i) => {
    if (!ids.actors.has(actor)) problems.push({ path: ['pair', i], message: `pair names actor "${actor}", which is not in actors` });
  });
  if (data.pair[0] === data.pair[1]) problems.push({ path: ['pair'], message: 'pair must name two different actors' });

  data.eras.forEach((era, i) => {
    if (endsBeforeStart(parsePartialDate(era.start)!, parsePartialDate(era.end)!)) {
      problems.push({ path: ['eras', i, 'end'], message: `end ${era.end} is before start ${era.start}` });
    }
  });

  // One pass over the events, with no per-event allocation unless a problem is found: this
  // runs on every load, and at 100,000 events closures and copies cost more than the checks.
  const cited = new Set<string>();
  const events = data.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const at = (...rest: (string | number)[]): Pick<Problem, 'path' | 'eventId'> => ({ path: ['events', i, ...rest], eventId: event.id });
    if (!ids.categories.has(event.category)) {
      problems.push({ ...at('category'), message: `category "${event.category}" is not in categories` });
    }
    for (let j = 0; j < event.actors.length; j++) {
      if (!ids.actors.has(event.actors[j])) problems.push({ ...at('actors', j), message: `actor "${event.actors[j]}" is not in actors` });
    }
    for (let j = 0; j < event.sources.length; j++) {
      const citation = event.sources[j];
      cited.add(citation.source);
      if (!ids.sources.has(citation.source)) {
        problems.push({ ...at('sources', j, 'source'), message: `source "${citation.source}" is not in sources` });
      }
      const claimed = citation.claims;
      if (claimed?.start && claimed.end && endsBeforeStart(parsePartialDate(claimed.start)!, parsePartialDate(claimed.end)!)) {
        problems.push({ ...at('sources', j, 'claims', 'end'), message: `claimed end ${claimed.end} is before claimed start ${claimed.start}` });
      }
    }
    if (event.end !== undefined && event.end !== event.start && endsBeforeStart(parsePartialDate(event.start)!, parsePartialDate(event.end)!)) {
      problems.push({ ...at('end'), message: `end ${event.end} is before start ${event.start}` });
    }
  }

  data.sources.forEach((source, i) => {
    if (!cited.has(source.id)) problems.push({ path: ['sources', i], message: `source "${source.id}" is listed but no event cites it` });
  });
  if (data.stories) problems.push(...checkStoryReferences({ ...data, stories: data.stories }, ids));
  if (data.draft) problems.push(...checkDraftReferences({ ...data, draft: data.draft }));
  return problems;
}
