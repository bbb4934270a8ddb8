/**
 * Short lists edited in place, one row per item: categories (whose order is the lanes' order,
 * so rows move up and down), countries and parties, and eras. Each row says how often its id
 * is used, so removing one in use is a choice made knowingly (the validator then names every
 * reference left without it).
 */
import type { ReactNode } from 'react';
import { listOf, moveAt, removeAt, textOf, type ListName } from '../../document';
import { addItem, NEW_ITEM, referenceCount } from '../../items';
import { problemsNotShown } from '../../problemIndex';
import { ProblemList, TextField } from '../fields';
import { DateField } from '../DateField';
import { useEdit, useEditor, useProblems, useStore, useText } from '../context';
import { IdField } from './IdField';

type RowList = Exclude<ListName, 'events' | 'sources'>;

const FIELDS: Record<RowList, string[]> = {
  categories: ['id', 'label'],
  actors: ['id', 'name'],
  eras: ['id', 'title', 'start', 'end'],
};

/** The fields of one row. */
function RowFields({ list, index }: { list: RowList; index: number }) {
  const { t } = useText();
  const at = (field: string) => [list, index, field];
  if (list === 'categories') return (<><TextField path={at('label')} label={t('field.label')} /><IdField path={at('id')} list="categories" /></>);
  if (list === 'actors') return (<><TextField path={at('name')} label={t('field.name')} /><IdField path={at('id')} list="actors" /></>);
  return (
    <>
      <TextField path={at('title')} label={t('field.title')} />
      <DateField path={at('start')} label={t('field.start')} />
      <DateField path={at('end')} label={t('field.end')} />
      <TextField path={at('id')} label={t('field.id')} />
    </>
  );
}

/** A panel of rows for `list`; `extra` adds controls beside the add button. */
export function RowsPanel({ list, addLabel, help, extra }: { list: RowList; addLabel: string; help?: string; extra?: ReactNode }) {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const { go, place } = useEditor();
  const problems = useProblems();
  const items = listOf(store, list);
  const act = (change: Parameters<typeof edit.apply>[0]) => (edit.apply(change), edit.seal());
  const first = FIELDS[list][1];
  return (
    <div className="rows-panel">
      {help && <p className="muted">{help}</p>}
      <ProblemList problems={problems.at([list])} />
      <ol className="rows">
        {items.map((item, i) => {
          const uses = list === 'eras' ? null : referenceCount(store, list, textOf(item.id));
          return (
            <li key={i} className="row">
              <fieldset>
                <legend dir="auto">{textOf(item[first]) || textOf(item.id) || '—'}{uses !== null && <span className="muted"> · {t('item.used', { count: uses })}</span>}</legend>
                <ProblemList problems={problemsNotShown(problems, [list, i], FIELDS[list].map((f) => [list, i, f]))} />
                <div className="row-fields">
                  <RowFields list={list} index={i} />
                </div>
                <div className="row-actions">
                  {list === 'categories' && (
                    <>
                      <button type="button" disabled={i === 0} onClick={() => act((s) => moveAt(s, [list], i, -1))}>{t('item.up')}</button>
                      <button type="button" disabled={i === items.length - 1} onClick={() => act((s) => moveAt(s, [list], i, 1))}>{t('item.down')}</button>
                    </>
                  )}
                  <button type="button" className="danger" onClick={() => act((s) => removeAt(s, [list], i))}>{t('item.remove')}</button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="add-line">
        <button
          type="button"
          onClick={() => {
            act((s) => addItem(s, list, NEW_ITEM[list](s)).store);
            go(place, [list, items.length, first]);
          }}
        >
          {addLabel}
        </button>
        {extra}
      </div>
    </div>
  );
}
