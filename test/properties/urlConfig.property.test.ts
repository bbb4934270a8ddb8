// @vitest-environment node
/**
 * Properties of the URL options: reading any query never throws and gives a config of the right
 * shape; writing a view and reading it back gives the same view.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CONFIG, parseConfig, parseDataUrl, windowOf, type ViewConfig } from '../../src/state/urlConfig';
import { stateToQuery } from '../../src/state/urlState';
import { INITIAL_STATE, type AppState } from '../../src/state/store';
import { CERTAINTIES } from '../../src/data/schema';
import { isLang, LANGUAGES } from '../../src/i18n/languages';
import { parsePartialDate } from '../../src/model/dates';
import { holds, withinHangLimit } from './harness';

const KEYS = Object.keys(DEFAULT_CONFIG);
const DAY = 86_400_000;
const ID = /^[A-Za-z0-9-]+$/;

/** Queries from plausible to hostile: known keys with any values, broken escapes, prototype names. */
const query = fc.oneof(
  fc.webQueryParameters(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS, '__proto__', 'constructor', ''), fc.string({ maxLength: 5 })), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('%', '%E0%A4%A', '%00', 'javascript:alert(1)', 'data:text/html,x', '2021-02-30', 'a,,b', '  dark  ', 'x'.repeat(500)))), { maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

/** Whether a config has the documented shape. */
function wellShaped(c: ViewConfig): string | null {
  const idList = (v: readonly string[] | null) => v === null || (v.every((x) => ID.test(x)) && new Set(v).size === v.length);
  if (!Object.isFrozen(c)) return 'not frozen';
  if (c.data !== null && parseDataUrl(c.data, 'http://localhost/') === null) return 'data';
  if (c.event !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.event)) return 'event';
  if ((c.from !== null && !parsePartialDate(c.from)) || (c.to !== null && !parsePartialDate(c.to))) return 'from/to';
  if (c.from !== null && c.to !== null && windowOf(c.from, c.to) === null) return 'empty window';
  if (!idList(c.categories) || !idList(c.actors)) return 'id lists';
  if (c.certainty !== null && !c.certainty.every((x) => (CERTAINTIES as readonly string[]).includes(x))) return 'certainty';
  if (typeof c.q !== 'string' || c.q.length > 200) return 'q';
  if (!['light', 'dark', 'auto'].includes(c.theme) || (c.lang !== null && !isLang(c.lang))) return 'theme/lang';
  if (!['category', 'actor'].includes(c.lanes) || !['full', 'minimal', 'none'].includes(c.controls) || typeof c.title !== 'boolean') return 'lanes/controls/title';
  if (Object.keys(c).sort().join() !== [...KEYS].sort().join()) return 'keys';
  return null;
}

const ids = fc.option(fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9-]{1,10}$/), { maxLength: 4 }).map((list) => new Set(list)), { nil: null });
const MIN_T = Date.UTC(1000, 0, 1);
const MAX_T = Date.UTC(2998, 11, 31);

/** A view the page can be in, and the options carried from its URL. */
const view = fc.record({
  selectedId: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/), { nil: null }),
  window: fc.option(fc.tuple(fc.integer({ min: MIN_T, max: MAX_T }), fc.integer({ min: MIN_T, max: MAX_T })).filter(([a, b]) => a !== b).map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a])), { nil: null }),
  categories: ids,
  actors: ids,
  certainties: fc.option(fc.subarray([...CERTAINTIES]).map((c) => new Set(c)), { nil: null }),
  query: fc.string({ maxLength: 200, unit: 'grapheme' }).map((q) => q.trim()),
  laneMode: fc.constantFrom('category', 'actor' as const),
  theme: fc.constantFrom('light', 'dark', 'auto' as const),
  lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
  data: fc.option(fc.webUrl({ withQueryParameters: true }), { nil: null }),
  controls: fc.constantFrom('full', 'minimal', 'none' as const),
  title: fc.boolean(),
});

describe('URL options properties', () => {
  it('reading any query never throws and gives a config of the documented shape', async () => {
    await holds('url: parse any query', fc.property(query, fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })), (search, base) => {
      const { config, warnings } = withinHangLimit('parseConfig', () => parseConfig(search, base));
      const wrong = wellShaped(config);
      if (wrong) throw new Error(`config has a bad ${wrong}: ${JSON.stringify(config)}`);
      if (!warnings.every((w) => typeof w.key === 'string')) throw new Error('a warning without a key');
      if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype changed');
    }), 400);
  });

  it('a view written to the URL reads back as the same view, without warnings', async () => {
    await holds('url: write then read', fc.property(view, (v) => {
      const state: AppState = { ...INITIAL_STATE, selectedId: v.selectedId, view: { window: v.window, fitted: !v.window, settled: true }, laneMode: v.laneMode, theme: v.theme, lang: v.lang, filters: { categories: v.categories, actors: v.actors, certainties: v.certainties, query: v.query } };
      const carried: ViewConfig = { ...DEFAULT_CONFIG, data: v.data, controls: v.controls, title: v.title };
      const search = stateToQuery(state, carried);
      const { config, warnings } = parseConfig(search, 'https://timeline.example/');
      if (warnings.length) throw new Error(`warnings for ${search}: ${JSON.stringify(warnings)}`);
      const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);
      const same = (a: unknown, b: unknown, what: string) => {
        if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: wrote ${JSON.stringify(a)}, read ${JSON.stringify(b)} from ${search}`);
      };
      same(v.selectedId, config.event, 'event');
      same(sorted(v.categories), config.categories && [...config.categories].sort(), 'categories');
      same(sorted(v.actors), config.actors && [...config.actors].sort(), 'actors');
      same(sorted(v.certainties), config.certainty && [...config.certainty].sort(), 'certainty');
      same(v.query, config.q, 'q');
      same([v.laneMode, v.theme, v.lang, v.data, v.controls, v.title], [config.lanes, config.theme, config.lang, config.data, config.controls, config.title], 'options');
      if (v.window) {
        const back = windowOf(config.from!, config.to!);
        // Within 1% of the width, or whole days for a window of a few days or less (a window
        // narrower than a day is written as that day, so an edge may move by a day and a half).
        const slack = Math.max((v.window[1] - v.window[0]) * 0.01, 1.5 * DAY);
        if (!back || Math.abs(back[0] - v.window[0]) > slack || Math.abs(back[1] - v.window[1]) > slack) throw new Error(`window ${v.window} came back as ${back} from ${search}`);
      } else same([config.from, config.to], [null, null], 'no window');
    }), 400);
  });
});
