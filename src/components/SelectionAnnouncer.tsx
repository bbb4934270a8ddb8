/**
 * Tells screen readers, politely, which event was selected, wherever the selection came from
 * (a mark, the list, previous / next, a host page's goto message).
 */
import { useAppState, useLocale } from './context';
import { selectSelectedEvent } from '../state/selectors';
import { formatEventDate } from '../model/format';

/** A visually hidden live region. */
export function SelectionAnnouncer() {
  const { t, locale } = useLocale();
  const event = useAppState(selectSelectedEvent);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {event ? t('details.announce', { title: event.title, date: formatEventDate(event, locale, t) }) : ''}
    </p>
  );
}
