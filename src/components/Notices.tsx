/**
 * Quiet notices about what the URL asked for and the page ignored. Announced politely; dismissible.
 */
import { useAppState, useLocale, useStore } from './context';
import type { Notice } from '../state/store';
import type { Translate } from '../i18n/translate';

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
  if (notice.kind === 'unknownOption') return t('notice.unknownOption', { key: notice.key });
  if (notice.kind === 'unknownEvent') return t('notice.unknownEvent', { id: notice.value ?? '' });
  if (notice.kind === 'unknownId') return t('notice.unknownId', { key: notice.key, id: notice.value ?? '' });
  return t('notice.badValue', { key: notice.key, value: notice.value ?? '' });
}
