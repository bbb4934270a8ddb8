/**
 * Rules that relate one part of an event store to another, which a per-field schema cannot
 * express: ids unique within each list, every reference resolving, ends not before starts.
 *
 * They run over whatever parts of a document can be read, even when other parts fail the
 * schema, so that one run reports every problem: each value is checked for its type before it
 * is used, and a value of the wrong type is left to the schema's report.
 */
import type { Problem } from './problems';
import { quoted } from './problems';
import { endsBeforeStart, parsePartialDate } from '../model/dates';

type Listed = 'actors' | 'categories' | 'sources' | 'eras' | 'events';
const LISTS: readonly Listed[] = ['actors', 'categories', 'sources', 'eras', 'events'];
const NONE: readonly unknown[] = [];

/** The value's own field `key` when the value is a plain object, else undefined. */
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
/** The value as a list, or an empty one when it is not a list. */
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : NONE);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Whether `end` is a readable date before the readable date `start`. */
function readsBefore(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string' || start === end) return false;
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  return a !== null && b !== null && endsBeforeStart(a, b);
}

/** An event's id as problems name it: readable text, else nothing. */
export function readableEventId(event: unknown): string | undefined {
  const id = field(event, 'id');
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Every cross-reference problem in a parsed document (valid or not), in document order. */
export function checkCrossReferences(data: unknown): Problem[] {
  const problems: Problem[] = [];
  // id → first index, for the lists whose every id can be read; a reference into a list with an
  // unreadable item cannot be judged (it may name that item), so it is not checked.
  const ids = {} as Record<Listed, Map<string, number> | null>;

  for (const name of LISTS) {
    const seen = new Map<string, number>();
    const items = field(data, name);
    let complete = Array.isArray(items);
    list(items).forEach((item, i) => {
      const id = text(field(item, 'id'));
      if (id === undefined) return void (complete = false);
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          path: [name, i, 'id'],
          eventId: name === 'events' ? readableEventId(item) : undefined,
          message: `id ${quoted(id)} is used twice in ${name} (first at ${name}[${first}])`,
        });
      } else seen.set(id, i);
    });
    ids[name] = complete ? seen : null;
  }
  const unknown = (name: Listed, id: unknown): id is string => typeof id === 'string' && ids[name] !== null && !ids[name].has(id);

  const pair = list(field(data, 'pair'));
  pair.forEach((actor, i) => {
    if (unknown('actors', actor)) problems.push({ path: ['pair', i], message: `pair names actor ${quoted(actor)}, which is not in actors` });
  });
  if (pair.length === 2 && typeof pair[0] === 'string' && pair[0] === pair[1]) problems.push({ path: ['pair'], message: 'pair must name two different actors' });

  list(field(data, 'eras')).forEach((era, i) => {
    const start = field(era, 'start');
    const end = field(era, 'end');
    if (readsBefore(start, end)) problems.push({ path: ['eras', i, 'end'], message: `end ${end} is before start ${start}` });
  });

  // One pass over the events, with no per-event allocation unless a problem is found: this
  // runs on every load, and at 100,000 events closures and copies cost more than the checks.
  const cited = new Set<string>();
  const events = field(data, 'events');
  const eventList = list(events);
  for (let i = 0; i < eventList.length; i++) {
    const event = eventList[i];
    const at = (...rest: (string | number)[]): Pick<Problem, 'path' | 'eventId'> => ({ path: ['events', i, ...rest], eventId: readableEventId(event) });
    const category = field(event, 'category');
    if (unknown('categories', category)) {
      problems.push({ ...at('category'), message: `category ${quoted(category)} is not in categories` });
    }
    const actors = list(field(event, 'actors'));
    for (let j = 0; j < actors.length; j++) {
      const actor = actors[j];
      if (unknown('actors', actor)) problems.push({ ...at('actors', j), message: `actor ${quoted(actor)} is not in actors` });
    }
    const citations = list(field(event, 'sources'));
    for (let j = 0; j < citations.length; j++) {
      const citation = citations[j];
      const source = field(citation, 'source');
      if (typeof source === 'string') {
        cited.add(source);
        if (unknown('sources', source)) problems.push({ ...at('sources', j, 'source'), message: `source ${quoted(source)} is not in sources` });
      }
      const claimed = field(citation, 'claims');
      const claimedStart = field(claimed, 'start');
      const claimedEnd = field(claimed, 'end');
      if (readsBefore(claimedStart, claimedEnd)) {
        problems.push({ ...at('sources', j, 'claims', 'end'), message: `claimed end ${claimedEnd} is before claimed start ${claimedStart}` });
      }
    }
    const start = field(event, 'start');
    const end = field(event, 'end');
    if (readsBefore(start, end)) problems.push({ ...at('end'), message: `end ${end} is before start ${start}` });
  }

  // Without a readable list of events, every source would look uncited: say nothing instead.
  if (Array.isArray(events)) {
    list(field(data, 'sources')).forEach((source, i) => {
      const id = text(field(source, 'id'));
      if (id !== undefined && !cited.has(id)) problems.push({ path: ['sources', i], message: `source ${quoted(id)} is listed but no event cites it` });
    });
  }
  return problems;
}
