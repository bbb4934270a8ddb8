/**
 * Theme and language pickers (boot.ts applies them to the document).
 */
import { useId } from 'react';
import { useActions, useAppState, useLocale } from './context';
import { LANGUAGES, NATIVE_NAME, isLang } from '../i18n/languages';
import type { Theme } from '../state/urlConfig';

const THEMES: Theme[] = ['auto', 'light', 'dark'];

/** The theme and language selects. */
export function PageSettings() {
  const actions = useActions();
  const { t, lang } = useLocale();
  const theme = useAppState((s) => s.theme);
  const themeId = useId();
  const langId = useId();
  return (
    <div className="page-settings">
      <label htmlFor={themeId}>{t('toolbar.theme')}</label>
      <select id={themeId} value={theme} onChange={(e) => actions.setTheme(e.target.value as Theme)}>
        {THEMES.map((th) => <option key={th} value={th}>{t(`theme.${th}`)}</option>)}
      </select>
      <label htmlFor={langId}>{t('toolbar.language')}</label>
      <select id={langId} value={lang} onChange={(e) => isLang(e.target.value) && void actions.setLang(e.target.value)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{NATIVE_NAME[l]}</option>)}
      </select>
    </div>
  );
}
