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

/** Past this many characters a value quoted in a message is cut short: a line names a value, it does not reprint it. */
const QUOTE_LIMIT = 80;

// Characters that are invisible or reorder text: direction marks, embeddings, overrides and
// isolates, zero-width spaces and joiners, the soft hyphen and the byte-order mark. Written as
// \uXXXX in messages, so a value that contains one shows it and cannot reorder the line (or a
// terminal) it is printed in.
const HIDDEN = /[\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * A value as a message quotes it: JSON (strings in double quotes, control characters escaped),
 * with invisible and direction characters escaped too, and cut short past QUOTE_LIMIT characters.
 */
export function quoted(value: unknown): string {
  let text = JSON.stringify(value) ?? String(value);
  if (text.length > QUOTE_LIMIT) {
    const cut = /[\uD800-\uDBFF]/.test(text[QUOTE_LIMIT - 1]) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
    const size = typeof value === 'string' ? ` (${value.length.toLocaleString('en')} characters)` : '';
    text = `${text.slice(0, cut)}…${typeof value === 'string' ? '"' : ''}${size}`;
  }
  return visible(text);
}

/** The text with its invisible and direction characters written as \uXXXX. */
export function visible(text: string): string {
  return text.replace(HIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** `events[4].sources[0].quote` from ['events', 4, 'sources', 0, 'quote']. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!/^[A-Za-z_$][\w$]*$/.test(key)) out += `[${quoted(key)}]`; // "a b", "", or a key with hidden characters
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
    return `${file}: events[${path[1]}] ${quoted(eventId)}${rest ? ` ${rest}` : ''}: ${message}`;
  }
  return `${file}: ${formatPath(path)}: ${message}`;
}
