// @vitest-environment node
/**
 * Properties of the postMessage parser: whatever a host page (or any other window) posts, it
 * never throws, never changes what it was given, and accepts exactly the messages the protocol
 * documents, returning them as they were sent.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parseInbound } from '../../src/embed/protocol';
import { CERTAINTIES } from '../../src/data/schema';
import { parsePartialDate } from '../../src/model/dates';
import { holds, withinHangLimit } from './harness';
import { partialDate } from './arbitraries';

const TYPES = ['bilateral-timeline:goto', 'bilateral-timeline:setFilters', 'bilateral-timeline:setView'];
const KEYS = ['type', 'id', 'categories', 'actors', 'certainty', 'q', 'from', 'to', 'fit', '__proto__', 'constructor', 'toString', 'extra'];

/** The protocol as the README documents it, written independently of the parser. */
function wellFormed(data: unknown): boolean {
  if (Object.prototype.toString.call(data) !== '[object Object]') return false;
  const m = data as Record<string, unknown>;
  const keys = Object.keys(m);
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  const ids = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length <= 100 && v.every((x) => typeof x === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(x)));
  switch (m.type) {
    case 'bilateral-timeline:goto':
      return only('type', 'id') && typeof m.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id);
    case 'bilateral-timeline:setFilters':
      return (
        only('type', 'categories', 'actors', 'certainty', 'q') &&
        ids(m.categories) &&
        ids(m.actors) &&
        (m.certainty === undefined || m.certainty === null || (Array.isArray(m.certainty) && m.certainty.every((c) => (CERTAINTIES as readonly unknown[]).includes(c)))) &&
        (m.q === undefined || m.q === null || (typeof m.q === 'string' && m.q.length <= 200))
      );
    case 'bilateral-timeline:setView':
      // A known field whose value is undefined counts as absent.
      if (!only('type', 'from', 'to', 'fit')) return false;
      if (m.fit === true && m.from === undefined && m.to === undefined) return true;
      return m.fit === undefined && typeof m.from === 'string' && typeof m.to === 'string' && parsePartialDate(m.from) !== null && parsePartialDate(m.to) !== null;
    default:
      return false;
  }
}

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const idList = fc.option(fc.array(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), { maxLength: 5 }), { nil: null });

/** Messages the protocol documents. */
const documented = fc.oneof(
  id.map((i) => ({ type: 'bilateral-timeline:goto', id: i })),
  fc.record(
    { type: fc.constant('bilateral-timeline:setFilters'), categories: idList, actors: idList, certainty: fc.option(fc.subarray([...CERTAINTIES]), { nil: null }), q: fc.option(fc.string({ maxLength: 200 }), { nil: null }) },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('bilateral-timeline:setView'), from: partialDate, to: partialDate }),
  fc.constant({ type: 'bilateral-timeline:setView', fit: true }),
);

/** Anything a window could post: structured-clonable values of every kind, and near misses of real messages. */
const posted = fc.oneof(
  fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBigInt: true, withBoxedValues: true }),
  fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...TYPES, 'toString', '__proto__', 'constructor', 'hasOwnProperty'), fc.anything({ maxDepth: 1 }), id, idList)).map((o) => ({ ...o })),
  documented.chain((m) => fc.record({ key: fc.constantFrom(...KEYS), value: fc.anything({ maxDepth: 1 }) }).map(({ key, value }) => ({ ...m, [key]: value }))),
  fc.constantFrom(...TYPES, 'toString', 'constructor', '__proto__').map((type) => ({ type })),
);

describe('postMessage parser properties', () => {
  it('never throws, never changes its input, and accepts only documented messages, as sent', async () => {
    await holds('protocol: anything posted', fc.property(posted, (data) => {
      const before = fc.stringify(data);
      const message = withinHangLimit('parseInbound', () => parseInbound(data));
      if (fc.stringify(data) !== before) throw new Error('the parser changed its input');
      if (message === null) {
        if (wellFormed(data)) throw new Error('refused a documented message');
        return;
      }
      if (!wellFormed(data)) throw new Error(`accepted ${JSON.stringify(data)}`);
      const sent = Object.fromEntries(Object.entries(data as object).filter(([, v]) => v !== undefined));
      const got = Object.fromEntries(Object.entries(message).filter(([, v]) => v !== undefined));
      if (!isDeepStrictEqual(got, sent)) throw new Error(`returned ${JSON.stringify(got)} for ${JSON.stringify(sent)}`);
    }), 500);
  });

  it('accepts every documented message', async () => {
    await holds('protocol: documented messages', fc.property(documented, (data) => {
      if (parseInbound(structuredClone(data)) === null) throw new Error(`refused ${JSON.stringify(data)}`);
    }), 200);
  });
});
