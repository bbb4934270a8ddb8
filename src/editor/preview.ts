/**
 * What the live preview can draw while the store is being written. A store with problems cannot
 * be normalised as it is (a half-typed date has no place on the axis), but one unfinished event
 * should not freeze the whole preview: items with problems are left out, and the rest is
 * validated again (leaving out an event can leave a source uncited, leaving out a source can
 * break a citation, leaving out an event can break a story's step), a few passes at most. Problems outside the lists (the title, the pair)
 * leave nothing to draw; the editor then keeps showing the last store that could be drawn.
 */
import { validateDataset } from '../data/validate';
import type { Dataset } from '../data/schema';
import type { EditableStore } from './document';

/** A drawable dataset and how many of the store's events it leaves out. */
export interface Preview {
  /** The dataset to draw. */
  dataset: Dataset;
  /** Events of the store not drawn because of their problems. */
  hiddenEvents: number;
}

// A story with problems is left out too: it is never drawn, only played, and one half-written
// story must not stop the preview from drawing the rest or playing the others.
const DROPPABLE = new Set(['events', 'sources', 'eras', 'categories', 'actors', 'stories']);
const MAX_PASSES = 5;

/** The largest drawable part of a store, or null when its top level itself has problems. */
export function previewOf(store: EditableStore): Preview | null {
  const { draft: _draft, ...rest } = store; // review metadata is not drawn
  let candidate: Record<string, unknown> = rest;
  const total = Array.isArray(store.events) ? store.events.length : 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = validateDataset(candidate);
    if (result.ok) return { dataset: result.data, hiddenEvents: total - result.data.events.length };
    const drop = new Map<string, Set<number>>();
    for (const { path } of result.problems) {
      const [list, index] = path;
      if (typeof list !== 'string' || !DROPPABLE.has(list) || typeof index !== 'number') return null;
      drop.set(list, (drop.get(list) ?? new Set()).add(index));
    }
    candidate = { ...candidate };
    for (const [list, indexes] of drop) candidate[list] = (candidate[list] as unknown[]).filter((_, i) => !indexes.has(i));
  }
  return null;
}
