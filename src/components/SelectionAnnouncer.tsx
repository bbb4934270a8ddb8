/**
 * Tells screen readers, politely, which event was selected, wherever the selection came from
 * (a mark, the list, previous / next, a host page's goto message). Quiet while a story is told:
 * the story's own announcement names the step's event.
 */
import { useAppState, useLocale } from './context';
import { selectSelectedEvent } from '../state/selectors';
import { formatEventDate } from '../model/format';

/** A visually hidden live region. */
export function SelectionAnnouncer() {
  const { t, locale } = useLocale();
  const event = useAppState((s) => (s.story ? null : selectSelectedEvent(s)));
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {event ? t('details.announce', { title: event.title, date: formatEventDate(event, locale, t) }) : ''}
    </p>
  );
}
