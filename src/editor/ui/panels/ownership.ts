/**
 * Which panel shows which part of the store: each list has its panel, and the timeline panel
 * takes everything else (its own fields, and any top-level key no panel claims, so no problem
 * is ever without a place). A later panel (reviewing a draft's candidates, writing stories)
 * claims its key here and appears in panels.tsx.
 */
import type { Path } from '../../document';

/** Top-level keys by the panel that shows them; the timeline panel shows the rest. */
export const PANEL_KEYS: Readonly<Record<string, readonly string[]>> = {
  events: ['events'],
  stories: ['stories'],
  sources: ['sources'],
  categories: ['categories'],
  actors: ['actors'],
  eras: ['eras'],
  review: ['draft'],
};

/** The panel a path belongs to. */
export function panelIdOf(path: Path): string {
  const head = path[0];
  for (const [panel, keys] of Object.entries(PANEL_KEYS)) if (typeof head === 'string' && keys.includes(head)) return panel;
  return 'timeline';
}

/** Panels whose items are chosen in a list and edited one at a time (the item is path[1]). */
export const LIST_PANELS: ReadonlySet<string> = new Set(['events', 'sources', 'stories']);
