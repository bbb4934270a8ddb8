// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getIn, insertAt, listOf, moveAt, readStore, removeAt, sameJson, setIn, textOf } from './document';

const store = { title: 'T', events: [{ id: 'a', actors: ['ISR'] }, { id: 'b', end: '2012' }], sources: [] };

describe('immutable edits by path', () => {
  it('sets a value deep down and shares everything else', () => {
    const next = setIn(store, ['events', 0, 'title'], 'New');
    expect(getIn(next, ['events', 0, 'title'])).toBe('New');
    expect(getIn(store, ['events', 0, 'title'])).toBeUndefined();
    expect(next.events[1]).toBe(store.events[1]);
    expect(next.sources).toBe(store.sources);
  });

  it('removes an optional field when set to undefined', () => {
    const next = setIn(store, ['events', 1, 'end'], undefined);
    expect(Object.keys(next.events[1])).toEqual(['id']);
  });

  it('makes missing containers: a list for a numeric key', () => {
    expect(setIn({}, ['events', 0, 'value', 'amount'], 5)).toEqual({ events: [{ value: { amount: 5 } }] });
  });

  it('inserts, removes and moves list items', () => {
    expect(insertAt(store, ['events'], { id: 'c' }).events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(insertAt(store, ['events'], { id: 'c' }, 0).events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(removeAt(store, ['events'], 0).events.map((e) => e.id)).toEqual(['b']);
    expect(removeAt(store, ['events'], 5)).toBe(store);
    expect(moveAt(store, ['events'], 0, 1).events.map((e) => e.id)).toEqual(['b', 'a']);
    expect(moveAt(store, ['events'], 1, 1)).toBe(store);
    expect(insertAt({}, ['eras'], { id: 'x' })).toEqual({ eras: [{ id: 'x' }] });
  });
});

describe('reading values for the form', () => {
  it('lists only objects, and nothing for a missing list', () => {
    expect(listOf({ events: [{ id: 'a' }, 3, null] }, 'events')).toEqual([{ id: 'a' }]);
    expect(listOf({}, 'events')).toEqual([]);
  });

  it.each([
    [undefined, ''],
    [null, ''],
    ['x', 'x'],
    [12, '12'],
    [true, 'true'],
    [['a'], '["a"]'],
  ])('shows %j as %j', (value, text) => {
    expect(textOf(value)).toBe(text);
  });
});

describe('readStore', () => {
  it('opens any object whose lists are lists of objects, problems and all', () => {
    expect(readStore({ title: '', events: [{ start: 'soon' }] })).toEqual({ ok: true, store: { title: '', events: [{ start: 'soon' }] } });
    expect(readStore({})).toMatchObject({ ok: true });
  });

  it.each([
    [[], 'not an object'],
    ['text', 'not an object'],
    [{ events: {} }, '"events" is not a list'],
    [{ sources: [1] }, 'sources[0] is not an object'],
    [{ events: [{ sources: 'x' }] }, 'events[0].sources is not a list'],
  ])('refuses %j: %s', (value, message) => {
    const read = readStore(value);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
  });
});

describe('sameJson', () => {
  it('ignores key order and compares deeply', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
  });
});
