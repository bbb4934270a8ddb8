/**
 * Theme and language of the editor. The language loads the editor's catalog and the reader's
 * (the preview's chart speaks it too) before it changes.
 */
import { useId, useSyncExternalStore } from 'react';
import { LANGUAGES, NATIVE_NAME, isLang } from '../../i18n/languages';
import type { Theme } from '../../state/urlConfig';
import { useEditor, useText } from './context';

const THEMES: Theme[] = ['auto', 'light', 'dark'];

/** The theme and language selects. */
export function EditorSettings() {
  const { app } = useEditor();
  const { t, lang } = useText();
  const { store, actions } = app.preview;
  const theme = useSyncExternalStore(store.subscribe, () => store.get().theme);
  const ids = { theme: useId(), lang: useId() };
  return (
    <div className="page-settings">
      <label htmlFor={ids.theme}>{t('toolbar.theme')}</label>
      <select id={ids.theme} value={theme} onChange={(e) => actions.setTheme(e.target.value as Theme)}>
        {THEMES.map((th) => <option key={th} value={th}>{t(`theme.${th}`)}</option>)}
      </select>
      <label htmlFor={ids.lang}>{t('toolbar.language')}</label>
      <select id={ids.lang} value={lang} onChange={(e) => isLang(e.target.value) && void app.setLang(e.target.value)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{NATIVE_NAME[l]}</option>)}
      </select>
    </div>
  );
}
