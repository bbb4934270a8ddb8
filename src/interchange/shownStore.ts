/**
 * A store of only some of a store's events (those a reader's filters leave), still valid on
 * its own: the sources those events cite and no other (the format refuses an uncited source),
 * the categories they use, the actors they involve plus the pair, and the eras that overlap
 * them. A draft's extraction metadata is left out: it describes the whole article's
 * candidates, not a selection; so are the stories, told over the whole store's events; and so
 * is `$schema`, a path relative to data/ that would not resolve beside a file taken elsewhere. Pure; O(events + citations + lists).
 */
import type { Dataset } from '../data/schema';
import { coveredInterval, parsePartialDate } from '../model/dates';

/** The store cut down to the events whose ids are in `keep`, with what they need. */
export function storeOfEvents(data: Dataset, keep: ReadonlySet<string>): Dataset {
  const events = data.events.filter((e) => keep.has(e.id));
  const cited = new Set(events.flatMap((e) => e.sources.map((c) => c.source)));
  const categories = new Set(events.map((e) => e.category));
  const actors = new Set([...data.pair, ...events.flatMap((e) => e.actors)]);
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const [t0, t1] = interval(e.start, e.end);
    lo = Math.min(lo, t0);
    hi = Math.max(hi, t1);
  }
  const { draft: _draft, stories: _stories, $schema: _schema, ...rest } = data;
  return {
    ...rest,
    actors: data.actors.filter((a) => actors.has(a.id)),
    // The format needs one category at least: with no event left, the store keeps them all.
    categories: events.length ? data.categories.filter((c) => categories.has(c.id)) : data.categories,
    sources: data.sources.filter((s) => cited.has(s.id)),
    eras: data.eras.filter((era) => {
      const [t0, t1] = interval(era.start, era.end);
      return t0 < hi && t1 > lo;
    }),
    events,
  };
}

function interval(start: string, end?: string): [number, number] {
  return coveredInterval(parsePartialDate(start)!, end ? parsePartialDate(end)! : undefined);
}
