/**
 * The store as the editor holds it: a JSON object that may be invalid while it is being
 * written (an empty title, a date half typed, a citation without its source). The validator
 * says what is wrong; nothing here refuses a value. Edits are immutable: each returns a new
 * store sharing every part it did not touch, which is what makes undo snapshots cheap.
 */

/** A store being edited. Any part may be missing or of the wrong kind until it validates. */
export type EditableStore = { readonly [key: string]: unknown };
/** One object of a list (an event, a source, a category…). */
export type Item = { readonly [key: string]: unknown };
/** Keys and indexes from the store's root, as the validator's problems name places. */
export type Path = readonly (string | number)[];

/** The lists of the store that hold items with ids. */
export const LISTS = ['events', 'sources', 'categories', 'actors', 'eras'] as const;
/** One of those lists. */
export type ListName = (typeof LISTS)[number];

const isObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items of a list, or none when the list is missing. */
export function listOf(store: EditableStore | Item, key: string): Item[] {
  const list = store[key];
  return Array.isArray(list) ? (list.filter(isObject) as Item[]) : [];
}

/** A field's value as the text a form field shows ('' for nothing). */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** The value at a path, or undefined. */
export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; `undefined` removes the key (optional fields are
 * absent rather than empty). Missing containers are made: a list for a numeric key.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const node = root as unknown;
  const child = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  const next = setIn(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  if (Array.isArray(node) && typeof key === 'number') {
    const copy = [...node];
    if (next === undefined) copy.splice(key, 1);
    else copy[key] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = isObject(node) ? { ...node } : {};
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** A copy with `item` inserted in the list at `path` (at the end by default). */
export function insertAt<T>(root: T, path: Path, item: unknown, index?: number): T {
  const list = getIn(root, path);
  const items = Array.isArray(list) ? [...list] : [];
  items.splice(index ?? items.length, 0, item);
  return setIn(root, path, items);
}

/** A copy without the list item at `index`. */
export function removeAt<T>(root: T, path: Path, index: number): T {
  const list = getIn(root, path);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return root;
  return setIn(root, path, list.filter((_, i) => i !== index));
}

/** A copy with the list item at `index` moved by `offset` places (clamped). */
export function moveAt<T>(root: T, path: Path, index: number, offset: number): T {
  const list = getIn(root, path);
  if (!Array.isArray(list)) return root;
  const to = Math.min(list.length - 1, Math.max(0, index + offset));
  if (to === index) return root;
  const items = [...list];
  const [item] = items.splice(index, 1);
  items.splice(to, 0, item);
  return setIn(root, path, items);
}

/** A copy without the object at `path` when it has no keys left (an optional group emptied field by field). */
export function pruneEmpty<T>(root: T, path: Path): T {
  const node = getIn(root, path);
  return isObject(node) && Object.keys(node).length === 0 ? setIn(root, path, undefined) : root;
}

/** Why a file cannot be edited in the form, or the store it holds. */
export type ReadStore = { ok: true; store: EditableStore } | { ok: false; message: string };

/**
 * Checks that a parsed file can be edited in the form: an object whose lists, where present,
 * are lists of objects. Everything else may be wrong: the form shows the validator's problems
 * and the person fixes them. Nothing is changed or filled in.
 */
export function readStore(value: unknown): ReadStore {
  if (!isObject(value)) return { ok: false, message: 'the file is JSON, but not an object: it is not an event store' };
  for (const key of LISTS) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return { ok: false, message: `"${key}" is not a list` };
    const bad = list.findIndex((item) => !isObject(item));
    if (bad >= 0) return { ok: false, message: `${key}[${bad}] is not an object` };
  }
  const events = value.events as unknown[] | undefined;
  for (const [i, event] of (events ?? []).entries()) {
    for (const key of ['actors', 'sources']) {
      const inner = (event as Item)[key];
      if (inner !== undefined && !Array.isArray(inner)) return { ok: false, message: `events[${i}].${key} is not a list` };
    }
  }
  return { ok: true, store: value };
}

/** True when two JSON values are the same (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Item)[k], (b as Item)[k]));
}
