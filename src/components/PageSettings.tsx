/**
 * Theme and language pickers, and the effect that applies the theme to <html data-theme>.
 */
import { useEffect, useId } from 'react';
import { useAppState, useLocale, useStore } from './context';
import { LANGUAGES, NATIVE_NAME, isLang } from '../i18n/languages';
import type { Theme } from '../state/urlConfig';

const THEMES: Theme[] = ['auto', 'light', 'dark'];

/** Applies the chosen theme to the document (auto follows prefers-color-scheme in CSS). */
export function useThemeAttribute() {
  const theme = useAppState((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

/** The theme and language selects. */
export function PageSettings() {
  const store = useStore();
  const { t, lang } = useLocale();
  const theme = useAppState((s) => s.theme);
  const themeId = useId();
  const langId = useId();
  return (
    <div className="page-settings">
      <label htmlFor={themeId}>{t('toolbar.theme')}</label>
      <select id={themeId} value={theme} onChange={(e) => store.set({ theme: e.target.value as Theme })}>
        {THEMES.map((th) => <option key={th} value={th}>{t(`theme.${th}`)}</option>)}
      </select>
      <label htmlFor={langId}>{t('toolbar.language')}</label>
      <select id={langId} value={lang} onChange={(e) => isLang(e.target.value) && store.set({ lang: e.target.value })}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{NATIVE_NAME[l]}</option>)}
      </select>
    </div>
  );
}
