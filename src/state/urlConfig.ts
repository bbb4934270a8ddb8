/**
 * The page's URL options, parsed once into one readonly, typed config with defaults and a
 * whitelist (the keys and their parsers are in urlKeys.ts). Shared by the main page and the
 * embed. An unknown key or an invalid value falls back to its default with a warning; nothing
 * here ever throws. Checks that need the data (does this event or category exist?) happen
 * after loading, in urlState.ts.
 */
import type { Certainty } from '../data/schema';
import type { Lang } from '../i18n/languages';
import { windowOf } from '../model/windowText';
import { URL_KEYS } from './urlKeys';

export { windowOf } from '../model/windowText';
export { parseDataUrl } from './urlKeys';

/** Colour theme. */
export type Theme = 'light' | 'dark' | 'auto';
/** How much chrome the embed shows. */
export type Controls = 'full' | 'minimal' | 'none';

/** Every URL option with its parsed value. */
export interface ViewConfig {
  /** Another dataset's URL (same origin or CORS-enabled http(s)); null for the default. */
  readonly data: string | null;
  /** The story to tell, or null. */
  readonly story: string | null;
  /** Its step: 0 for the title card, 1 … n for the steps. */
  readonly step: number;
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
  story: null,
  step: 0,
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

/** Parses a query string (with or without "?") into a config and the warnings for what was ignored. */
export function parseConfig(search: string, base = 'http://localhost/'): { config: ViewConfig; warnings: ConfigWarning[] } {
  const params = new URLSearchParams(search);
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const warnings: ConfigWarning[] = [];
  for (const [key, raw] of params) {
    if (!Object.hasOwn(URL_KEYS, key)) {
      warnings.push({ key });
      continue;
    }
    const value = URL_KEYS[key as keyof ViewConfig].parse(raw.trim(), base);
    if (value === undefined) warnings.push({ key, value: raw });
    else config[key] = value;
  }
  // A step means nothing without its story.
  if (config.step && !config.story) {
    warnings.push({ key: 'step', value: String(config.step) });
    config.step = 0;
  }
  if (config.from && config.to && windowOf(config.from as string, config.to as string) === null) {
    warnings.push({ key: 'to', value: String(config.to) });
    config.from = config.to = null;
  }
  return { config: Object.freeze(config) as unknown as ViewConfig, warnings };
}
