/**
 * Sources made from web addresses found while importing: links in TimelineJS3 text, or an
 * address written where our CSV expects a source id. One source per address, with a stable id
 * the first time the address is met and the same id after that.
 */
import type { Source } from '../data/schema';
import { slugify, type IdAllocator } from './slug';
import type { TextLink } from './htmlToText';

/** Sources made from links, one per address. */
export class LinkSources {
  private readonly byUrl = new Map<string, Source>();

  /** `ids` holds the source ids already taken (the imported timeline's own, or a CSV's source rows). */
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
