/**
 * "Embed": builds the <iframe> snippet for the current view (selected event, window, filters,
 * or the story step being told), or for one of the data's stories from its title card, with a
 * theme, chrome, height and a title for screen readers; shows a live preview and copies the
 * code. A native modal <dialog> keeps focus inside and returns it on close.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useAppState, useConfig, useLocale, useTimeline } from './context';
import { selectStories } from '../state/selectors';
import { embedSnippet, embedUrl, type EmbedOptions } from '../embed/snippet';

/** Props of EmbedDialog. */
export interface EmbedDialogProps {
  /** Called when the dialog closes. */
  onClose: () => void;
}

/** The embed dialog. */
export function EmbedDialog({ onClose }: EmbedDialogProps) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const state = useAppState((s) => s);
  const title = useTimeline()?.title ?? '';
  const config = useConfig();
  const stories = useAppState(selectStories);
  const [options, setOptions] = useState<EmbedOptions>({
    heightMode: 'auto',
    height: 600,
    theme: state.theme,
    controls: 'full',
    showTitle: true,
    frameTitle: t('timeline.label', { title }),
    story: null,
  });
  const [copied, setCopied] = useState(false);
  const code = useRef<HTMLTextAreaElement>(null);
  const ids = { start: useId(), mode: useId(), height: useId(), theme: useId(), controls: useId(), title: useId(), frame: useId(), code: useId() };

  // No close() on cleanup: the element leaves with the component, and a close event fired from
  // a cleanup would tell the parent to unmount a dialog it just mounted (StrictMode runs effects twice).
  useEffect(() => {
    if (!dialog.current!.open) dialog.current!.showModal();
  }, []);

  const src = embedUrl(state, config, options, location.href);
  const snippet = embedSnippet(src, options, location.href);
  const set = (patch: Partial<EmbedOptions>) => {
    setCopied(false);
    setOptions({ ...options, ...patch });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
    } catch {
      // Clipboard refused (permissions, insecure context): select the text so Ctrl+C works.
      code.current?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title" onClose={onClose}>
      <h2 id="embed-dialog-title">{t('embed.dialogTitle')}</h2>
      <div className="embed-options">
        {stories.length > 0 && (
          <>
            <label htmlFor={ids.start}>{t('embed.startOn')}</label>
            <select id={ids.start} value={options.story ?? ''} onChange={(e) => set({ story: e.target.value || null })}>
              <option value="">{t('embed.startOn.view')}</option>
              {stories.map((story) => <option key={story.id} value={story.id}>{t('embed.startOn.story', { title: story.title })}</option>)}
            </select>
          </>
        )}
        <fieldset>
          <legend>{t('embed.height')}</legend>
          <label><input type="radio" name={ids.mode} checked={options.heightMode === 'auto'} onChange={() => set({ heightMode: 'auto' })} /> {t('embed.height.auto')}</label>
          <label><input type="radio" name={ids.mode} checked={options.heightMode === 'fixed'} onChange={() => set({ heightMode: 'fixed' })} /> {t('embed.height.fixed')}</label>
          <label htmlFor={ids.height}>{t('embed.heightPixels')}</label>
          <input id={ids.height} type="number" min={300} max={4000} step={10} value={options.height} onChange={(e) => set({ height: Number(e.target.value) || 600 })} />
        </fieldset>
        <label htmlFor={ids.theme}>{t('toolbar.theme')}</label>
        <select id={ids.theme} value={options.theme} onChange={(e) => set({ theme: e.target.value as EmbedOptions['theme'] })}>
          {(['auto', 'light', 'dark'] as const).map((th) => <option key={th} value={th}>{t(`theme.${th}`)}</option>)}
        </select>
        <label htmlFor={ids.controls}>{t('embed.controls')}</label>
        <select id={ids.controls} value={options.controls} onChange={(e) => set({ controls: e.target.value as EmbedOptions['controls'] })}>
          {(['full', 'minimal', 'none'] as const).map((c) => <option key={c} value={c}>{t(`embed.controls.${c}`)}</option>)}
        </select>
        <label><input type="checkbox" checked={options.showTitle} onChange={(e) => set({ showTitle: e.target.checked })} /> {t('embed.showTitle')}</label>
        <label htmlFor={ids.frame}>{t('embed.frameTitle')}</label>
        <input id={ids.frame} type="text" value={options.frameTitle} onChange={(e) => set({ frameTitle: e.target.value })} />
      </div>
      <label htmlFor={ids.code}>{t('embed.code')}</label>
      <textarea id={ids.code} ref={code} className="embed-code" readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <p className="embed-actions">
        <button type="button" onClick={copy}>{t('embed.copy')}</button>
        <span role="status" aria-live="polite">{copied ? t('embed.copied') : ''}</span>
        <button type="button" className="close" onClick={() => dialog.current?.close()}>{t('embed.close')}</button>
      </p>
      <h3>{t('embed.preview')}</h3>
      {/* The preview is a picture of the result: inert, so Tab and Escape stay with the dialog.
          A new frame for each address: Chromium can drop a change of src that arrives while the
          sandboxed frame's first page is still coming in, leaving the preview on the old view. */}
      <iframe key={src} className="embed-preview" src={src} title={options.frameTitle} sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" inert />
    </dialog>
  );
}
