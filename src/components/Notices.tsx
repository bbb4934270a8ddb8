/**
 * Notices: what the URL or a host asked for and the page could not do, and what it changed to
 * show an event the reader asked for. Announced politely; dismissible. They float over the page
 * rather than push the chart down.
 */
import { useActions, useAppState, useLocale } from './context';
import type { Notice } from '../state/store';
import type { Translate } from '../i18n/translate';
import { isolate } from '../i18n/isolate';

/** The notice box, or nothing. */
export function Notices() {
  const actions = useActions();
  const { t } = useLocale();
  const notices = useAppState((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.length > 0 && (
        <>
          <ul>{notices.map((n, i) => <li key={i}>{describe(n, t)}</li>)}</ul>
          <button type="button" onClick={() => actions.dismissNotices()}>{t('notice.dismiss')}</button>
        </>
      )}
    </div>
  );
}

/** A notice in words. Keys and values come from the URL, anyone's to write: isolated, so they cannot reorder the sentence. */
export function describe(notice: Notice, t: Translate): string {
  switch (notice.kind) {
    case 'unknownOption':
      return t('notice.unknownOption', { key: isolate(notice.key) });
    case 'unknownEvent':
      return t('notice.unknownEvent', { id: isolate(notice.value) });
    case 'unknownId':
      return t('notice.unknownId', { key: isolate(notice.key), id: isolate(notice.value) });
    case 'badValue':
      return t('notice.badValue', { key: isolate(notice.key), value: isolate(notice.value) });
    case 'outsideData':
      return t('notice.outsideData', { from: isolate(notice.from), to: isolate(notice.to) });
    case 'eventOutsideWindow':
      return t('notice.eventOutsideWindow', { id: isolate(notice.id) });
    case 'filtersRelaxed':
      return t('notice.filtersRelaxed', { title: isolate(notice.title) });
    case 'unknownStory':
      return t('notice.unknownStory', { id: isolate(notice.id) });
  }
}
