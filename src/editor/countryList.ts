/**
 * Country names in the interface languages, from i18n-iso-countries, for starting a timeline
 * between two countries. Each language's names are fetched only when asked for (about 8 KB
 * each), and only the four interface languages can be: the package's other locales never reach
 * the bundle. Ids are ISO 3166-1 alpha-3 codes, as the store's actor ids.
 */
import type { LocaleData } from 'i18n-iso-countries';
import { INTL_LOCALE, type Lang } from '../i18n/languages';

const LOCALES: Record<Lang, () => Promise<{ default: LocaleData }>> = {
  en: () => import('i18n-iso-countries/langs/en.json'),
  ru: () => import('i18n-iso-countries/langs/ru.json'),
  he: () => import('i18n-iso-countries/langs/he.json'),
  az: () => import('i18n-iso-countries/langs/az.json'),
};

/** A country to choose. */
export interface Country {
  /** ISO 3166-1 alpha-3 code (the actor id). */
  code: string;
  /** Its name in the interface language. */
  name: string;
  /** Its name in English (for ids, which are ASCII). */
  english: string;
}

/** Every country, named in `lang` and sorted as that language sorts. */
export async function loadCountries(lang: Lang): Promise<Country[]> {
  const [{ default: countries }, local, english] = await Promise.all([import('i18n-iso-countries'), LOCALES[lang](), LOCALES.en()]);
  countries.registerLocale(english.default);
  countries.registerLocale(local.default);
  const collator = new Intl.Collator(INTL_LOCALE[lang]);
  return Object.entries(countries.getNames(lang, { select: 'official' }))
    .map(([alpha2, name]) => ({ code: countries.alpha2ToAlpha3(alpha2) ?? '', name, english: countries.getName(alpha2, 'en') ?? name }))
    .filter((c) => c.code !== '')
    .sort((a, b) => collator.compare(a.name, b.name));
}
