/**
 * The lists an import fills as it reads events: categories made from TimelineJS3 groups, and
 * sources made from the http(s) links in the events' text. Each hands out a stable id the first
 * time it meets a group or an address and the same id after that.
 */
import type { Source } from '../../data/schema';
import type { Category } from '../../model/types';
import { IdAllocator, slugify } from '../slug';
import type { TextLink } from '../htmlToText';

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

/** Sources made from links, one per address. */
export class LinkSources {
  private readonly byUrl = new Map<string, Source>();

  /** `ids` is shared with the imported timeline's own source, whose id is reserved in it. */
  constructor(private readonly ids: IdAllocator) {}

  /** The source id for a link, made on first sight: titled by the link's words, published by its host. */
  idFor(link: TextLink): string {
    let source = this.byUrl.get(link.url);
    if (!source) {
      const url = new URL(link.url);
      const host = url.hostname.replace(/^www\./, '');
      const id = this.ids.allocate(slugify(`${host} ${decodeSafely(url.pathname)}`, 50) || 'linked-source');
      source = { id, title: link.text || link.url, publisher: host, url: link.url };
      this.byUrl.set(link.url, source);
    }
    return source.id;
  }

  /** The sources made, in order of first appearance. */
  list(): Source[] {
    return [...this.byUrl.values()];
  }
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
