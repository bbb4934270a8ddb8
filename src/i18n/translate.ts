/**
 * Looks up interface text in the reader's language, filling {placeholders} and choosing plural
 * forms with Intl.PluralRules. Falls back to English for a missing key (a test makes sure no
 * catalog misses one).
 */
import { en, type MessageKey } from './catalogs/en';
import { INTL_LOCALE, type Lang } from './languages';

/** Keys as written without a plural suffix. */
export type BaseKey = MessageKey extends infer K ? (K extends `${infer B}#${string}` ? B : K) : never;

/** A catalog: the same keys as English. */
export type Catalog = Record<MessageKey, string>;

/** Message parameters. */
export type Params = Record<string, string | number>;

/** A bound translator for one language. */
export type Translate = (key: BaseKey, params?: Params) => string;

/** Makes a translator over a catalog (English fills any gap). */
export function createTranslate(lang: Lang, catalog: Partial<Catalog>): Translate {
  const plural = new Intl.PluralRules(INTL_LOCALE[lang]);
  const number = new Intl.NumberFormat(INTL_LOCALE[lang]);
  const lookup = (key: string): string | undefined =>
    (catalog as Record<string, string | undefined>)[key] ?? (en as Record<string, string | undefined>)[key];
  return (key, params = {}) => {
    const count = params.count;
    const template =
      (typeof count === 'number' ? lookup(`${key}#${plural.select(count)}`) ?? lookup(`${key}#other`) : undefined) ?? lookup(key) ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}
