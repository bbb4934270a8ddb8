/**
 * The list beside a list panel's form (events, sources, stories): a filter, and one button per item
 * with its title, a detail and how many problems it has. The chosen item is marked with
 * aria-current; choosing one opens it in the form.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useEditor, useProblems, useText } from '../context';

/** One row of the list. */
export interface ListRow {
  /** The item's index in its list. */
  index: number;
  /** Its title (or a stand-in for an untitled one). */
  title: string;
  /** A second line: a date, a publisher. */
  detail: string;
  /** Text the filter searches. */
  search: string;
}

/** The list of a panel's items; `find` labels its filter (default: "Find an event"). */
export function ItemList({ list, rows, label, empty, find }: { list: 'events' | 'sources' | 'stories'; rows: ListRow[]; label: string; empty: string; find?: string }) {
  const { t } = useText();
  const { place, go } = useEditor();
  const problems = useProblems();
  const [query, setQuery] = useState('');
  const findId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // The chosen item stays in sight in the list (a new event is added at its end).
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [place.index]);
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = rows.filter((row) => terms.every((term) => row.search.toLowerCase().includes(term)));
  return (
    <div className="item-list">
      <label htmlFor={findId} className="visually-hidden">{find ?? t('events.find')}</label>
      <input id={findId} type="search" placeholder={find ?? t('events.find')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul ref={listRef} aria-label={label} data-path={`${list}-list`} tabIndex={-1}>
        {shown.map((row) => {
          const count = problems.under([list, row.index]).length;
          return (
            <li key={row.index}>
              <button type="button" aria-current={place.index === row.index || undefined} onClick={() => go({ panel: list, index: row.index }, [list, row.index, 'title'])}>
                <span className="item-title" dir="auto">{row.title}</span>
                <span className="item-detail" dir="auto">{row.detail}</span>
                {count > 0 && <span className="item-problems">{t('panel.problems', { count })}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="muted">{rows.length === 0 ? empty : t('events.noMatch')}</p>}
    </div>
  );
}
