/**
 * Categories made from TimelineJS3 groups as an import meets them: a stable id the first time
 * a group appears and the same id after that.
 */
import type { Category } from '../../model/types';
import { IdAllocator, slugify } from '../slug';

/** Id of the category for events without a group. */
const UNGROUPED_ID = 'events';
/** Its label when no event has a group. */
const ALL_EVENTS = 'Events';
/** Its label when other events do have groups. */
const UNGROUPED = 'Other events';

/** Categories from groups, in order of first appearance. */
export class GroupCategories {
  private readonly byGroup = new Map<string, Category>();
  private readonly ids = new IdAllocator();

  /** The category id for a group's label; "" stands for no group. */
  idFor(group: string): string {
    let category = this.byGroup.get(group);
    if (!category) {
      const id = this.ids.allocate(group ? slugify(group) || `group-${this.byGroup.size + 1}` : UNGROUPED_ID);
      category = { id, label: group };
      this.byGroup.set(group, category);
    }
    return category.id;
  }

  /** The categories made, the one for ungrouped events labelled by whether groups exist at all. */
  list(): Category[] {
    const grouped = [...this.byGroup.keys()].some((g) => g !== '');
    return [...this.byGroup.values()].map((c) => (c.label === '' ? { id: c.id, label: grouped ? UNGROUPED : ALL_EVENTS } : c));
  }
}
