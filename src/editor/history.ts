/**
 * Undo and redo over a whole editing visit, as immutable values: each state of the store is a
 * snapshot, and snapshots share every part an edit did not touch, so keeping hundreds costs
 * little. Keystrokes in one field make one step: an edit in the same group as the one before
 * replaces the present instead of pushing it, until the group is sealed (the field loses
 * focus) or another group begins.
 */

/** The undo history of a value. */
export interface History<T> {
  /** Earlier states, oldest first. */
  readonly past: readonly T[];
  /** The state now. */
  readonly present: T;
  /** States undone, the next redo first. */
  readonly future: readonly T[];
  /** The group the last edit belongs to, while it is still open. */
  readonly group: string | null;
}

/** How many steps are kept; older ones are dropped (a visit rarely makes this many). */
export const HISTORY_LIMIT = 2000;

/** A history that starts at `present`. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], group: null };
}

/** Records an edit; one in the same open group as the last replaces it (one undo step). */
export function record<T>(history: History<T>, next: T, group: string | null = null): History<T> {
  if (Object.is(next, history.present)) return history;
  if (group !== null && group === history.group) return { ...history, present: next, future: [] };
  const past = [...history.past, history.present];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, present: next, future: [], group };
}

/** Closes the open group: the next edit is a step of its own. */
export function seal<T>(history: History<T>): History<T> {
  return history.group === null ? history : { ...history, group: null };
}

/** One step back (unchanged when there is none). */
export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: history.past[history.past.length - 1], future: [history.present, ...history.future], group: null };
}

/** One step forward again (unchanged when there is none). */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  return { past: [...history.past, history.present], present: history.future[0], future: history.future.slice(1), group: null };
}

/** True when there is a step to undo. */
export const canUndo = (history: History<unknown>): boolean => history.past.length > 0;
/** True when there is a step to redo. */
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0;
