/**
 * A date typed as people write it ("26 Feb 2012", "Feb 2012", "2012"), stored in the format's
 * form ("2012-02-26") and shown back with its precision: "Stored as 2012-02-26 (day): 26
 * February 2012". What cannot be read as a date is stored as typed, so a draft keeps it and
 * the validator points at it; when the field loses focus a readable date shows in its stored
 * form. Undo and redo, which change the store from outside, replace the text.
 */
import { useRef, useState } from 'react';
import { formatPath } from '../../data/problems';
import { parsePartialDate } from '../../model/dates';
import { formatPartialDate } from '../../model/format';
import { getIn, setIn, textOf, type EditableStore, type Path } from '../document';
import { readTypedDate } from '../typedDate';
import { useEdit, useStore, useText } from './context';
import { FieldFrame } from './fields';

/** Props of DateField. */
export interface DateFieldProps {
  /** Where in the store. */
  path: Path;
  /** The visible label. */
  label: string;
  /** Emptying it removes the key. */
  optional?: boolean;
  /** Instead of writing the date at `path`: how the store changes (a start that carries an id along). */
  change?: (store: EditableStore, date: string) => EditableStore;
  /** Tidies the store after each write. */
  tidy?: (store: EditableStore) => EditableStore;
}

/** A date field. */
export function DateField({ path, label, optional, change, tidy = (s) => s }: DateFieldProps) {
  const store = useStore();
  const edit = useEdit();
  const { t, locale } = useText();
  const stored = textOf(getIn(store, path));
  const [text, setText] = useState(stored);
  // The value this field last wrote: anything else arriving from the store (undo, another
  // event chosen) replaces what is typed.
  const written = useRef(stored);
  if (stored !== written.current) {
    written.current = stored;
    setText(stored);
  }
  const group = formatPath(path);

  const write = (typed: string) => {
    setText(typed);
    const read = readTypedDate(typed);
    const value = read.ok ? read.date : optional && typed.trim() === '' ? undefined : typed;
    written.current = value ?? '';
    edit.apply((s) => tidy(change ? change(s, value ?? '') : setIn(s, path, value)), group);
  };

  const read = readTypedDate(text);
  const parsed = read.ok ? parsePartialDate(read.date) : null;
  const help = read.ok && parsed
    ? t('date.storedAs', { date: read.date, precision: t(`date.${read.precision}`), shown: formatPartialDate(parsed, locale) })
    : read.ok || read.reason === 'empty'
      ? t('date.hint')
      : `${t(read.reason === 'impossible' ? 'date.impossible' : 'date.unreadable')} ${t('date.hint')}`;

  return (
    <FieldFrame
      path={path}
      label={label}
      help={help}
      render={(input) => (
        <input
          {...input}
          type="text"
          value={text}
          dir="auto"
          onChange={(e) => write(e.target.value)}
          onBlur={() => {
            edit.seal();
            if (read.ok && text !== read.date) setText(read.date);
          }}
        />
      )}
    />
  );
}
