/**
 * The sources: the list and the chosen source's fields, how often events cite it, and its
 * removal (the validator then names every citation left without it).
 */
import { useId } from 'react';
import { listOf, removeAt, textOf } from '../../document';
import { addItem, NEW_ITEM, referenceCount } from '../../items';
import { useEdit, useEditor, useStore, useText } from '../context';
import { ItemList } from './ItemList';
import { SourceFields } from './SourceFields';

/** The Sources panel. */
export function SourcesPanel() {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const { place, go } = useEditor();
  const headingId = useId();
  const sources = listOf(store, 'sources');
  const rows = sources.map((source, index) => ({
    index,
    title: textOf(source.title) || textOf(source.id),
    detail: textOf(source.publisher),
    search: `${textOf(source.title)} ${textOf(source.id)} ${textOf(source.publisher)} ${textOf(source.url)}`,
  }));
  const chosen = place.index !== null ? sources[place.index] : undefined;
  const add = () => {
    edit.apply((s) => addItem(s, 'sources', NEW_ITEM.sources(s)).store);
    edit.seal();
    go({ panel: 'sources', index: sources.length }, ['sources', sources.length, 'title']);
  };
  return (
    <div className="list-panel">
      <div>
        <button type="button" onClick={add}>{t('sources.add')}</button>
        <ItemList list="sources" rows={rows} label={t('sources.list')} empty={t('sources.pick')} />
      </div>
      {chosen && place.index !== null ? (
        <section className="item-form" aria-labelledby={headingId} key={place.index}>
          <div className="item-form-head">
            <h2 id={headingId} dir="auto">{textOf(chosen.title) || textOf(chosen.id)}</h2>
            <button
              type="button"
              className="danger"
              onClick={() => {
                edit.apply((s) => removeAt(s, ['sources'], place.index!));
                edit.seal();
                go({ panel: 'sources', index: null }, ['sources-list']);
              }}
            >
              {t('sources.delete')}
            </button>
          </div>
          <p className="muted">{t('sources.citedBy', { count: referenceCount(store, 'sources', textOf(chosen.id)) })}</p>
          <SourceFields index={place.index} />
        </section>
      ) : (
        <p className="muted pick">{t('sources.pick')}</p>
      )}
    </div>
  );
}
