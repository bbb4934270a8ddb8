/**
 * Quiet notices about what the URL asked for and the page ignored. Announced politely; dismissible.
 */
import { useAppState, useLocale, useStore } from './context';
import type { Notice } from '../state/store';
import type { Translate } from '../i18n/translate';
import { isolate } from '../i18n/isolate';

/** The notice line, or nothing. */
export function Notices() {
  const store = useStore();
  const { t } = useLocale();
  const notices = useAppState((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.length > 0 && (
        <>
          <ul>{notices.map((n, i) => <li key={i}>{describe(n, t)}</li>)}</ul>
          <button type="button" onClick={() => store.set({ notices: [] })}>{t('notice.dismiss')}</button>
        </>
      )}
    </div>
  );
}

function describe(notice: Notice, t: Translate): string {
  // Keys and values come from the URL, anyone's to write: isolated, so they cannot reorder the sentence.
  const key = isolate(notice.key);
  const value = isolate(notice.value ?? '');
  if (notice.kind === 'unknownOption') return t('notice.unknownOption', { key });
  if (notice.kind === 'unknownEvent') return t('notice.unknownEvent', { id: value });
  if (notice.kind === 'unknownId') return t('notice.unknownId', { key, id: value });
  return t('notice.badValue', { key, value });
}
