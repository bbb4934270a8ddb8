/**
 * The events: the list (in the store's order, filterable) and the chosen event's form.
 */
import { listOf, textOf } from '../../document';
import { useEditor, useStore, useText } from '../context';
import { ItemList } from './ItemList';
import { EventForm } from './EventForm';

/** The Events panel. */
export function EventsPanel() {
  const store = useStore();
  const { t } = useText();
  const { place } = useEditor();
  const rows = listOf(store, 'events').map((event, index) => ({
    index,
    title: textOf(event.title) || t('events.untitled'),
    detail: textOf(event.start),
    search: `${textOf(event.title)} ${textOf(event.id)} ${textOf(event.summary)}`,
  }));
  return (
    <div className="list-panel">
      <ItemList list="events" rows={rows} label={t('events.list')} empty={t('events.none')} />
      {place.index !== null && place.index < rows.length ? <EventForm key={place.index} index={place.index} /> : <p className="muted pick">{t('events.pick')}</p>}
    </div>
  );
}
