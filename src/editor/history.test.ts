// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, canRedo, canUndo, record, redo, seal, startHistory, undo } from './history';

describe('history', () => {
  it('undoes and redoes each step in order', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('merges edits of one open group into one step, and seals it', () => {
    let h = startHistory('');
    for (const text of ['F', 'Fo', 'Foo']) h = record(h, text, 'events[0].title');
    expect(h.past).toEqual(['']);
    h = seal(h);
    h = record(h, 'Foo!', 'events[0].title');
    expect(h.past).toEqual(['', 'Foo']);
    h = record(h, 'Foo!?', 'events[0].summary');
    expect(h.past).toEqual(['', 'Foo', 'Foo!']);
    expect(undo(undo(undo(h))).present).toBe('');
  });

  it('forgets what was undone once a new edit is made', () => {
    let h = record(record(startHistory(1), 2), 3);
    h = undo(h);
    h = record(h, 4);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1, 2]);
    expect(redo(h)).toBe(h);
  });

  it('records nothing when the value did not change', () => {
    const h = record(startHistory('a'), 'b');
    expect(record(h, 'b')).toBe(h);
  });

  it('an undo closes the group, so the next keystroke is a step of its own', () => {
    let h = record(startHistory('a'), 'ab', 'f');
    h = record(h, 'abc', 'f');
    h = undo(h);
    h = record(h, 'aX', 'f');
    expect(h.past).toEqual(['a']);
    expect(undo(h).present).toBe('a');
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) h = record(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(5);
  });
});
