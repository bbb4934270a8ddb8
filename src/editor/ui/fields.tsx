/**
 * The form's fields. Each is bound to a path of the store: it shows the value there, writes
 * what is typed back (an emptied optional field is removed, not left empty), and shows the
 * validator's problems for that path beside it, tied to the input with aria-describedby. Every
 * input carries `data-path`, so a problem in the summary can move focus to its field.
 */
import { useId, type ReactNode } from 'react';
import { formatPath, type Problem } from '../../data/problems';
import { getIn, setIn, textOf, type EditableStore, type Path } from '../document';
import { useEdit, useProblems, useStore, useText } from './context';

/** The problems of one place, in words (the validator writes English). */
export function ProblemList({ problems, id }: { problems: readonly Problem[]; id?: string }) {
  const { lang } = useText();
  if (problems.length === 0) return null;
  return (
    <ul className="field-problems" id={id}>
      {problems.map((p, i) => (
        <li key={i} lang={lang === 'en' ? undefined : 'en'}>{p.message}</li>
      ))}
    </ul>
  );
}

/** What every field is given. */
export interface FieldProps {
  /** Where in the store. */
  path: Path;
  /** The visible label. */
  label: string;
  /** A line of help under the label. */
  help?: ReactNode;
  /** Emptying it removes the key (optional fields of the format). */
  optional?: boolean;
  /** Instead of writing the text at `path`: how the store changes (titles that carry an id along). */
  change?: (store: EditableStore, text: string) => EditableStore;
  /** Text area instead of a one-line input. */
  multiline?: boolean;
  /** Input type and mode hints. */
  inputMode?: 'text' | 'url' | 'decimal';
  /** Called when the field loses focus, before its undo group is sealed (an edit made then is part of the same step). */
  onDone?: () => void;
  /** Tidies the store after each write (an emptied claims object is removed). */
  tidy?: (store: EditableStore) => EditableStore;
  /** Called when the field gets focus. */
  onStart?: () => void;
}

/** What ties an input to its field: its id, its path, its help and problems, whether it is invalid. */
export interface InputBinding {
  /** The id the label points at. */
  id: string;
  /** The store path, for moving focus to the field from a problem. */
  'data-path': string;
  /** The help and problems. */
  'aria-describedby': string | undefined;
  /** Set while the field has a problem. */
  'aria-invalid': true | undefined;
}

/** Label, help and problems around one input; `render` gets the attributes that bind the input to them. */
export function FieldFrame({ path, label, help, render, className = 'field' }: Pick<FieldProps, 'path' | 'label' | 'help'> & { className?: string; render: (input: InputBinding) => ReactNode }) {
  const id = useId();
  const problems = useProblems().at(path);
  const describedBy = [help ? `${id}-help` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${className}${problems.length ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {help && <p className="field-help" id={`${id}-help`}>{help}</p>}
      {render({ id, 'data-path': formatPath(path), 'aria-describedby': describedBy, 'aria-invalid': problems.length > 0 || undefined })}
      <ProblemList problems={problems} id={`${id}-problems`} />
    </div>
  );
}

/** A text field (one line, or a text area). */
export function TextField({ path, label, help, optional, change, multiline, inputMode = 'text', onDone, onStart, tidy = (s) => s }: FieldProps) {
  const store = useStore();
  const edit = useEdit();
  const value = textOf(getIn(store, path));
  const group = formatPath(path);
  const write = (text: string) => {
    if (change) edit.apply((s) => tidy(change(s, text)), group);
    else edit.apply((s) => tidy(setIn(s, path, optional && text.trim() === '' ? undefined : text)), group);
  };
  const done = () => {
    onDone?.();
    edit.seal();
  };
  return (
    <FieldFrame
      path={path}
      label={label}
      help={help}
      render={(input) => {
        const common = { ...input, value, onBlur: done, onFocus: onStart, dir: 'auto' as const };
        return multiline ? (
          <textarea {...common} rows={3} onChange={(e) => write(e.target.value)} />
        ) : (
          <input {...common} type={inputMode === 'url' ? 'url' : 'text'} inputMode={inputMode} onChange={(e) => write(e.target.value)} />
        );
      }}
    />
  );
}

/** One choice of a select. */
export interface Option {
  /** The stored value. */
  value: string;
  /** What the person reads. */
  label: string;
}

/** A select; a value the options lack (a broken reference) is shown as such rather than hidden. */
export function SelectField({ path, label, help, options, placeholder, optional, tidy = (s) => s }: Pick<FieldProps, 'path' | 'label' | 'help' | 'optional' | 'tidy'> & { options: readonly Option[]; placeholder?: string }) {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const value = textOf(getIn(store, path));
  const listed = value === '' || options.some((o) => o.value === value);
  return (
    <FieldFrame
      path={path}
      label={label}
      help={help}
      render={(input) => (
        <select
          {...input}
          value={value}
          onChange={(e) => {
            const chosen = e.target.value;
            edit.apply((s) => tidy(setIn(s, path, optional && chosen === '' ? undefined : chosen)));
            edit.seal();
          }}
        >
          {(value === '' || optional) && <option value="">{placeholder ?? t('field.choose')}</option>}
          {!listed && <option value={value}>{t('field.notListed', { value })}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    />
  );
}

/** A checkbox for an optional true/false field (unticked removes it). */
export function CheckboxField({ path, label }: Pick<FieldProps, 'path' | 'label'>) {
  const store = useStore();
  const edit = useEdit();
  const problems = useProblems().at(path);
  const id = useId();
  return (
    <div className="field checkbox">
      <input
        id={id}
        type="checkbox"
        data-path={formatPath(path)}
        checked={getIn(store, path) === true}
        aria-describedby={problems.length ? `${id}-problems` : undefined}
        onChange={(e) => {
          edit.set(path, e.target.checked ? true : undefined);
          edit.seal();
        }}
      />
      <label htmlFor={id}>{label}</label>
      <ProblemList problems={problems} id={`${id}-problems`} />
    </div>
  );
}
