/**
 * Resolves the interface language (the reader's choice, else the browser's), loads its catalog,
 * and sets <html lang dir> so the whole layout mirrors for Hebrew.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LocaleCtx, useAppState } from './context';
import { DIRECTION, INTL_LOCALE, pickLanguage, type Lang } from '../i18n/languages';
import { createTranslate, type Catalog } from '../i18n/translate';
import { loadCatalog } from '../i18n/loadCatalog';
import { en } from '../i18n/catalogs/en';

/** The language the page uses now. */
export function resolveLang(chosen: Lang | null): Lang {
  return chosen ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

/** Provides LocaleCtx to its children. */
export function LocaleProvider({ children, initialCatalog }: { children: ReactNode; initialCatalog?: Catalog }) {
  const lang = resolveLang(useAppState((s) => s.lang));
  const [loaded, setLoaded] = useState<{ lang: Lang; catalog: Catalog }>({ lang, catalog: initialCatalog ?? en });

  useEffect(() => {
    let live = true;
    if (loaded.lang !== lang) loadCatalog(lang).then((catalog) => live && setLoaded({ lang, catalog }));
    return () => void (live = false);
  }, [lang, loaded.lang]);

  const value = useMemo(() => {
    const current = loaded.lang;
    return { lang: current, locale: INTL_LOCALE[current], rtl: DIRECTION[current] === 'rtl', t: createTranslate(current, loaded.catalog) };
  }, [loaded]);

  useEffect(() => {
    document.documentElement.lang = value.lang;
    document.documentElement.dir = value.rtl ? 'rtl' : 'ltr';
  }, [value]);

  return <LocaleCtx.Provider value={value}>{children}</LocaleCtx.Provider>;
}
