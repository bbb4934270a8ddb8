/**
 * A money value ({amount, currency, kind}), on an event or in what a source claims: absent
 * until added, removable. The amount is stored as a number once the text is one; anything else
 * ("1.", "1,6") is kept as typed, so the field never rewrites what is being typed and the
 * validator says what is wrong.
 */
import { formatPath } from '../../../data/problems';
import { getIn, setIn, type EditableStore, type Path } from '../../document';
import { ProblemList, SelectField, TextField } from '../fields';
import { useEdit, useProblems, useStore, useText } from '../context';

/** A typed amount as the store holds it: a number when it is plainly one, else the text. */
export function readAmount(text: string): number | string {
  const plain = text.trim();
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/** The value fields at `path`, or a button that adds a value. */
export function ValueFields({ path, kinds, label, tidy = (s) => s }: { path: Path; kinds: readonly string[]; label?: string; tidy?: (store: EditableStore) => EditableStore }) {
  const store = useStore();
  const edit = useEdit();
  const problems = useProblems();
  const { t } = useText();
  if (getIn(store, path) === undefined) {
    return (
      <p className="add-line">
        <button type="button" data-path={formatPath(path)} onClick={() => (edit.apply((s) => tidy(setIn(s, path, { amount: '', currency: 'USD', kind: 'announced' }))), edit.seal())}>
          {label ? `${t('field.addValue')}: ${label}` : t('field.addValue')}
        </button>
      </p>
    );
  }
  const amount = [...path, 'amount'];
  return (
    <fieldset className="field group">
      <legend>{label ?? t('field.value')}</legend>
      <ProblemList problems={problems.at(path)} />
      <div className="field-row three">
        <TextField path={amount} label={t('field.amount')} inputMode="decimal" change={(s, text) => setIn(s, amount, readAmount(text))} tidy={tidy} />
        <TextField path={[...path, 'currency']} label={t('field.currency')} tidy={tidy} />
        <SelectField path={[...path, 'kind']} label={t('field.kind')} options={kinds.map((k) => ({ value: k, label: t(`value.${k}` as 'value.announced') }))} tidy={tidy} />
      </div>
      <button type="button" onClick={() => (edit.apply((s) => tidy(setIn(s, path, undefined))), edit.seal())}>{t('field.removeValue')}</button>
    </fieldset>
  );
}
