/**
 * Generators for the property tests: valid event stores of any shape the format allows (with
 * hostile text in them: direction overrides, zero-width characters, markup, prototype names,
 * long strings), ways to break one, and texts and bytes that are almost, or not at all, JSON.
 */
import fc from 'fast-check';
import { daysInMonth, endsBeforeStart, parsePartialDate } from '../../src/model/dates';
import { CERTAINTIES, VALUE_KINDS, VISIBLE, type Dataset } from '../../src/data/schema';

/** Text a person might type, and text an attacker might. */
export const HOSTILE_TEXT = [
  '\u202Eevil override',
  'زمن \u2067isolated\u2069',
  'zero\u200Bwidth\u200D\uFEFF',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '"quoted" \\ back\\slash',
  'line\nbreak\ttab',
  '😀 surrogate pairs 🇮🇱',
  'x'.repeat(3000),
];

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const actorId = fc.oneof(fc.stringMatching(/^[A-Z]{3}$/), slug);
/** Text with something other than spaces in it, sometimes hostile. */
export const someText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => VISIBLE.test(s)) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
);

/** A calendar date whose shape is its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = fc
  .record({ year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), precision: fc.integer({ min: 0, max: 2 }) })
  .map(({ year, month, day, precision }) => {
    const mm = String(month).padStart(2, '0');
    if (precision === 0) return String(year);
    if (precision === 1) return `${year}-${mm}`;
    return `${year}-${mm}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
  });

/** A start and, when it does not end before the start, an end. */
const span = fc.tuple(partialDate, fc.option(partialDate, { nil: undefined })).map(([start, end]) =>
  end !== undefined && endsBeforeStart(parsePartialDate(start)!, parsePartialDate(end)!) ? { start } : { start, end },
);

const value = fc.record({
  amount: fc.double({ min: 0, max: 1e13, noNaN: true, noDefaultInfinity: true }),
  currency: fc.stringMatching(/^[A-Z]{3}$/),
  kind: fc.constantFrom(...VALUE_KINDS),
});

const claims = fc
  .record(
    { dates: span, value, certainty: fc.constantFrom(...CERTAINTIES), summary: someText, which: fc.subarray(['dates', 'value', 'certainty', 'summary'] as const, { minLength: 1 }) },
  )
  .map(({ dates, value, certainty, summary, which }) => ({
    ...(which.includes('dates') ? dates : {}),
    ...(which.includes('value') ? { value } : {}),
    ...(which.includes('certainty') ? { certainty } : {}),
    ...(which.includes('summary') ? { summary } : {}),
  }));

/** A valid event store: unique ids, every reference resolving, every source cited, ends after starts. */
export const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    id: slug,
    title: someText,
    description: someText,
    actors: fc.uniqueArray(fc.record({ id: actorId, name: someText }), { minLength: 2, maxLength: 5, selector: (a) => a.id }),
    categories: fc.uniqueArray(fc.record({ id: slug, label: someText }), { minLength: 1, maxLength: 4, selector: (c) => c.id }),
    sources: fc.uniqueArray(
      fc.record({ id: slug, title: someText, publisher: someText, url: slug.map((s) => `https://example.org/${s}`), published: fc.option(partialDate, { nil: undefined }) }),
      { minLength: 1, maxLength: 4, selector: (s) => s.id },
    ),
    eras: fc.uniqueArray(fc.record({ id: slug, title: someText, dates: span }), { maxLength: 3, selector: (e) => e.id }),
    eventIds: fc.uniqueArray(slug, { maxLength: 6 }),
    picks: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    events: fc.array(
      fc.record({ title: someText, summary: someText, dates: span, approximate: fc.option(fc.boolean(), { nil: undefined }), certainty: fc.constantFrom(...CERTAINTIES), value: fc.option(value, { nil: undefined }), quotes: fc.array(fc.record({ quote: someText, claims: fc.option(claims, { nil: undefined }), note: fc.option(someText, { nil: undefined }) }), { minLength: 1, maxLength: 3 }) }),
      { maxLength: 6 },
    ),
  })
  .map(({ id, title, description, actors, categories, sources, eras, eventIds, picks, events }) => {
    let next = 0;
    const pick = <T>(list: readonly T[]): T => list[picks[next++ % picks.length] % list.length];
    const made = eventIds.map((eventId, i) => {
      const e = events[i % Math.max(events.length, 1)] ?? { title: 'T', summary: 'S', dates: { start: '2000' }, certainty: 'confirmed' as const, quotes: [{ quote: 'q' }] };
      return omitUndefined({
        id: eventId,
        title: e.title,
        summary: e.summary,
        ...e.dates,
        approximate: e.approximate,
        category: pick(categories).id,
        actors: [...new Set([pick(actors).id, pick(actors).id])],
        certainty: e.certainty,
        value: e.value,
        sources: e.quotes.map((q) => omitUndefined({ source: pick(sources).id, quote: q.quote, claims: q.claims, note: q.note })),
      });
    });
    const cited = new Set(made.flatMap((e) => e.sources.map((c) => c.source)));
    return {
      version: 1 as const,
      id,
      title,
      description,
      pair: [actors[0].id, actors[1].id] as [string, string],
      actors,
      categories,
      sources: sources.filter((s) => cited.has(s.id)).map(omitUndefined),
      eras: eras.map((e) => ({ id: e.id, title: e.title, start: e.dates.start, end: e.dates.end ?? e.dates.start })),
      events: made,
    } as Dataset;
  });

function omitUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** Every path to a value in a JSON document, root first. */
export function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/** The value at `path`, or undefined. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let at = root;
  for (const key of path) at = at !== null && typeof at === 'object' && Object.hasOwn(at, key) ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/** A JSON text that is almost JSON: valid text cut short, with a character removed, doubled or replaced. */
export function nearlyJson(text: string): fc.Arbitrary<string> {
  return nearlyText(text, ['{', '}', '[', ']', '"', ',', ':', '\\', 'x', '\n', '\u0000', '\uFEFF']);
}

/** The text cut short, or with one character removed, doubled or replaced by one of `characters`. */
export function nearlyText(text: string, characters: readonly string[]): fc.Arbitrary<string> {
  return fc.record({ at: fc.nat({ max: Math.max(text.length - 1, 0) }), how: fc.constantFrom('cut', 'drop', 'double', 'replace'), ch: fc.constantFrom(...characters) }).map(({ at, how, ch }) => {
    if (how === 'cut') return text.slice(0, at);
    if (how === 'drop') return text.slice(0, at) + text.slice(at + 1);
    if (how === 'double') return text.slice(0, at) + text[at] + text.slice(at);
    return text.slice(0, at) + ch + text.slice(at + 1);
  });
}

/** A way of breaking a document at one of its paths. */
export type Mutation =
  | { kind: 'retype'; path: (string | number)[]; value: unknown }
  | { kind: 'delete'; path: (string | number)[] }
  | { kind: 'addKey'; path: (string | number)[]; key: string }
  | { kind: 'text'; path: (string | number)[]; value: string };

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * A copy of a JSON document broken at one of its paths: a value of another type, a key deleted,
 * a key added (prototype names included), or text replaced by hostile text; with what was done.
 */
export function mutatedJson(data: unknown): fc.Arbitrary<{ document: unknown; mutation: Mutation }> {
  const paths = pathsOf(data).slice(1);
  if (paths.length === 0) return fc.constant({ document: data, mutation: { kind: 'retype', path: [], value: data } });
  return fc.record({
    path: fc.constantFrom(...paths),
    replacement: fc.jsonValue({ maxDepth: 2 }),
    kind: fc.constantFrom('retype', 'delete', 'addKey', 'text'),
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, 'sumary', 'id'), fc.string({ maxLength: 8 })),
    text: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...HOSTILE_TEXT, '', '   ', '2012-13-45')),
  }).map(({ path, replacement, kind, key, text }) => {
    const copy = structuredClone(data);
    const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
    const last = path[path.length - 1];
    const original = parent[last];
    let mutation: Mutation;
    if (kind === 'delete' && !Array.isArray(parent)) {
      delete parent[last];
      mutation = { kind, path };
    } else if (kind === 'addKey' && typeOf(original) === 'object') {
      withOwnKey(original as object, key, 1);
      mutation = { kind, path: [...path, key], key };
    } else if (kind === 'text' && typeof original === 'string') {
      parent[last] = text;
      mutation = { kind, path, value: text };
    } else {
      const value = typeOf(replacement) === typeOf(original) ? (typeof original === 'string' ? 42 : 'x') : replacement;
      parent[last] = value;
      mutation = { kind: 'retype', path, value };
    }
    return { document: copy, mutation };
  });
}

/** Keys that reach Object.prototype when an object is filled carelessly. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype'] as const;

/** `object` with an own, enumerable `key` (as JSON.parse makes `__proto__`: an own key, not the prototype). */
export function withOwnKey<T extends object>(object: T, key: string, value: unknown): T {
  Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  return object;
}
