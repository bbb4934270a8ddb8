/**
 * The interface languages and how each is written. Data text stays in the language it was
 * written in; only the chrome, dates and numbers follow the reader's language.
 */

/** Interface languages, English first (the fallback). */
export const LANGUAGES = ['en', 'ru', 'he', 'az'] as const;
/** One interface language. */
export type Lang = (typeof LANGUAGES)[number];

/** Writing direction per language. */
export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', ru: 'ltr', he: 'rtl', az: 'ltr' };

/** The BCP 47 locale given to Intl: British English writes "26 February 2012"; Azerbaijani in Latin script. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru', he: 'he', az: 'az-Latn' };

/** Each language's name in itself, for the language menu. */
export const NATIVE_NAME: Record<Lang, string> = { en: 'English', ru: 'Русский', he: 'עברית', az: 'Azərbaycanca' };

/** True for a supported language code. */
export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences, else English. */
export function pickLanguage(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
    if (base === 'iw') return 'he'; // the old code for Hebrew, still sent by some systems
  }
  return 'en';
}

/** The language the page uses: the reader's choice, else the browser's first supported one. */
export function resolveLang(chosen: Lang | null): Lang {
  return chosen ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}
