/**
 * A problem found in an event store, and how it reads to a person. Every problem names the
 * place in the document (a JSON path) and, inside an event, that event's id.
 */

/** One thing wrong with a document. */
export interface Problem {
  /** Where in the document: keys and array indexes from the root. */
  path: (string | number)[];
  /** The id of the event the problem is in, when it is in one and the id is readable. */
  eventId?: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** `events[4].sources[0].quote` from ['events', 4, 'sources', 0, 'quote']. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * One line naming the file, the place, the event and what is wrong, e.g.
 * `data/events.json: events[4] "arms-deal-2012": end 2011 is before start 2012`.
 * Inside an event, the event's own path comes first, then its id, then the field.
 */
export function formatProblem(file: string, problem: Problem): string {
  const { path, eventId, message } = problem;
  if (path.length === 0) return `${file}: ${message}`;
  if (eventId !== undefined && path[0] === 'events' && typeof path[1] === 'number') {
    const rest = formatPath(path.slice(2));
    return `${file}: events[${path[1]}] "${eventId}"${rest ? ` ${rest}` : ''}: ${message}`;
  }
  return `${file}: ${formatPath(path)}: ${message}`;
}
