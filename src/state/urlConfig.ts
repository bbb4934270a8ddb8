/**
 * The page's URL options, parsed once into one readonly, typed config with defaults and a
 * whitelist. Shared by the main page and the embed. An unknown key or an invalid value falls
 * back to its default with a warning; nothing here ever throws. Checks that need the data
 * (does this event or category exist?) happen after loading, in applyConfig.ts.
 */
import { parsePartialDate, startOf, endOf } from '../model/dates';
import { CERTAINTIES, type Certainty } from '../data/schema';
import { isLang, type Lang } from '../i18n/languages';

/** Colour theme. */
export type Theme = 'light' | 'dark' | 'auto';
/** How much chrome the embed shows. */
export type Controls = 'full' | 'minimal' | 'none';

/** Every URL option with its parsed value. */
export interface ViewConfig {
  /** Another dataset's URL (same origin or CORS-enabled http(s)); null for the default. */
  readonly data: string | null;
  /** Selected event id. */
  readonly event: string | null;
  /** Visible window start, as a partial date ("2010", "2010-06", "2010-06-15"). */
  readonly from: string | null;
  /** Visible window end, inclusive at its precision ("2014" runs to the end of 2014). */
  readonly to: string | null;
  /** Category ids shown, or null for all. */
  readonly categories: readonly string[] | null;
  /** Actor ids shown, or null for all. */
  readonly actors: readonly string[] | null;
  /** Certainty levels shown, or null for all. */
  readonly certainty: readonly Certainty[] | null;
  /** Search text. */
  readonly q: string;
  /** Colour theme. */
  readonly theme: Theme;
  /** Interface language, or null to follow the browser. */
  readonly lang: Lang | null;
  /** Lane by category or by actor. */
  readonly lanes: 'category' | 'actor';
  /** Embed chrome. */
  readonly controls: Controls;
  /** Whether the embed shows its title line. */
  readonly title: boolean;
}

/** Defaults: the view of a bare URL. */
export const DEFAULT_CONFIG: ViewConfig = Object.freeze({
  data: null,
  event: null,
  from: null,
  to: null,
  categories: null,
  actors: null,
  certainty: null,
  q: '',
  theme: 'auto',
  lang: null,
  lanes: 'category',
  controls: 'full',
  title: true,
});

/** Why a URL value was ignored. */
export interface ConfigWarning {
  /** The option's key. */
  key: string;
  /** The rejected value, absent for an unknown key. */
  value?: string;
}

const KEYS = Object.keys(DEFAULT_CONFIG) as (keyof ViewConfig)[];
const ID_LIST = /^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$/;

type Parser = (raw: string, base: string) => unknown | undefined;

const oneOf = <T extends string>(...allowed: T[]): Parser => (raw) => (allowed as string[]).includes(raw) ? raw : undefined;
const idList: Parser = (raw) => (raw === '' ? [] : ID_LIST.test(raw) ? [...new Set(raw.split(','))] : undefined);

const PARSERS: Record<keyof ViewConfig, Parser> = {
  data: (raw, base) => parseDataUrl(raw, base) ?? undefined,
  event: (raw) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw) ? raw : undefined),
  from: (raw) => (parsePartialDate(raw) ? raw : undefined),
  to: (raw) => (parsePartialDate(raw) ? raw : undefined),
  categories: idList,
  actors: idList,
  certainty: (raw) => {
    const list = idList(raw, '') as string[] | undefined;
    return list?.every((c) => (CERTAINTIES as readonly string[]).includes(c)) ? list : undefined;
  },
  q: (raw) => raw.slice(0, 200),
  theme: oneOf('light', 'dark', 'auto'),
  lang: (raw) => (isLang(raw) ? raw : undefined),
  lanes: oneOf('category', 'actor'),
  controls: oneOf('full', 'minimal', 'none'),
  title: (raw) => (raw === 'show' || raw === '1' || raw === 'true' ? true : raw === 'hide' || raw === '0' || raw === 'false' ? false : undefined),
};

/** Parses a query string (with or without "?") into a config and the warnings for what was ignored. */
export function parseConfig(search: string, base = 'http://localhost/'): { config: ViewConfig; warnings: ConfigWarning[] } {
  const params = new URLSearchParams(search);
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const warnings: ConfigWarning[] = [];
  for (const [key, raw] of params) {
    if (!(KEYS as string[]).includes(key)) {
      warnings.push({ key });
      continue;
    }
    const value = PARSERS[key as keyof ViewConfig](raw.trim(), base);
    if (value === undefined) warnings.push({ key, value: raw });
    else config[key] = value;
  }
  if (config.from && config.to && windowOf(config.from as string, config.to as string) === null) {
    warnings.push({ key: 'to', value: String(config.to) });
    config.from = config.to = null;
  }
  return { config: Object.freeze(config) as unknown as ViewConfig, warnings };
}

/** The [t0, t1) window in UTC ms that from/to describe ("to" inclusive at its precision), or null if empty. */
export function windowOf(from: string, to: string): [number, number] | null {
  const a = parsePartialDate(from);
  const b = parsePartialDate(to);
  if (!a || !b) return null;
  const t0 = startOf(a);
  const t1 = endOf(b);
  return t1 > t0 ? [t0, t1] : null;
}

/**
 * A dataset URL the page may load: an http(s) URL, absolute or relative to the page. Anything
 * else (javascript:, data:, file:) is refused.
 */
export function parseDataUrl(raw: string, base: string): string | null {
  if (raw === '') return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? raw : null;
  } catch {
    return null;
  }
}
