/**
 * The checks every set of interface catalogs passes against its English one: no key missing or
 * empty, the same {placeholders}, and every plural form the language's Intl.PluralRules can
 * select. Shared by the reader's catalogs and the editor's (imported by tests only).
 */
import { describe, expect, it } from 'vitest';
import { INTL_LOCALE, type Lang } from './languages';

/** Registers the tests of `catalogs` against `english`. */
export function describeCatalogs(english: Record<string, string>, catalogs: [Exclude<Lang, 'en'>, Record<string, string>][]): void {
  const baseOf = (key: string): string => key.split('#')[0];
  const isPlural = (key: string): boolean => key.includes('#');

  /** English keys with plural families folded to their base. */
  const englishBases = [...new Set(Object.keys(english).map(baseOf))];
  const pluralBases = new Set(Object.keys(english).filter(isPlural).map(baseOf));

  /** The English text a key is compared with: a plural family's #other form. */
  const englishFor = (base: string): string => (pluralBases.has(base) ? english[`${base}#other`] : english[base]);

  const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

  /** The catalog's keys in a family: the base key itself and any `base#form`. */
  const family = (catalog: Record<string, string>, base: string): string[] => Object.keys(catalog).filter((k) => k === base || k.startsWith(`${base}#`));

  describe.each(catalogs)('the %s catalog', (lang, catalog) => {
    const categories = new Intl.PluralRules(INTL_LOCALE[lang]).resolvedOptions().pluralCategories;

    it.each(englishBases)('has %s, not empty', (base) => {
      const keys = family(catalog, base);
      expect(keys, `${lang} misses ${base}`).not.toEqual([]);
      for (const key of keys) {
        expect(typeof catalog[key]).toBe('string');
        // A separator may be a space (Russian groups thousands with one); nothing else may be blank.
        if (key === 'number.group') expect(catalog[key]).toHaveLength(1);
        else expect(catalog[key].trim(), `${lang} ${key} is empty`).not.toBe('');
      }
    });

    it.each(englishBases)('keeps the placeholders of %s', (base) => {
      const expected = placeholders(englishFor(base));
      for (const key of family(catalog, base)) expect(placeholders(catalog[key]), `${lang} ${key}`).toEqual(expected);
    });

    it.each([...pluralBases])('has every plural form of %s', (base) => {
      for (const category of categories) expect(catalog[`${base}#${category}`], `${lang} ${base}#${category}`).toBeTruthy();
    });

    it('has no key English lacks and no plural form the language never selects', () => {
      const extra = Object.keys(catalog).filter((key) => {
        const base = baseOf(key);
        if (!englishBases.includes(base)) return true;
        if (!isPlural(key)) return false;
        return !pluralBases.has(base) || !(categories as readonly string[]).includes(key.slice(base.length + 1));
      });
      expect(extra).toEqual([]);
    });
  });
}
