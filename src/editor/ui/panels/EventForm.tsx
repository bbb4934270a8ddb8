/**
 * One event's fields: everything the format holds for it, each bound to its path, with the
 * event's own problems that no field shows (an unknown key, a missing list) listed at the top.
 */
import { useId } from 'react';
import { CERTAINTIES, VALUE_KINDS } from '../../../data/schema';
import { getIn, listOf, setIn, textOf, type Path } from '../../document';
import { removeEvent } from '../../review';
import { setEventText } from '../../items';
import { problemsNotShown } from '../../problemIndex';
import { CheckboxField, ProblemList, SelectField, TextField } from '../fields';
import { DateField } from '../DateField';
import { useEdit, useEditor, useProblems, useSavedEventIds, useStore, useText } from '../context';
import { CitationList } from './CitationList';
import { ValueFields } from './ValueFields';
import { IdField } from './IdField';
import { CandidateBar } from './CandidateBar';

const OWN_FIELDS = ['id', 'title', 'summary', 'start', 'end', 'approximate', 'category', 'actors', 'certainty', 'value', 'sources'];

/** The form of the event at `index`. */
export function EventForm({ index }: { index: number }) {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const { go } = useEditor();
  const problems = useProblems();
  const savedIds = useSavedEventIds();
  const headingId = useId();
  const event = listOf(store, 'events')[index];
  if (!event) return null;
  const at = (...rest: (string | number)[]): Path => ['events', index, ...rest];
  const categories = listOf(store, 'categories').map((c) => ({ value: textOf(c.id), label: textOf(c.label) || textOf(c.id) }));
  const actors = listOf(store, 'actors');
  const chosen = Array.isArray(event.actors) ? (event.actors as unknown[]).map(textOf) : [];
  const unlisted = chosen.filter((id) => !actors.some((a) => a.id === id));

  const toggleActor = (id: string, on: boolean) => {
    edit.apply((s) => {
      const current = (getIn(s, at('actors')) as unknown[] | undefined)?.map(textOf) ?? [];
      return setIn(s, at('actors'), on ? [...current, id] : current.filter((a) => a !== id));
    });
    edit.seal();
  };

  return (
    <section className="item-form" aria-labelledby={headingId}>
      <div className="item-form-head">
        <h2 id={headingId} dir="auto">{textOf(event.title) || t('events.untitled')}</h2>
        <button
          type="button"
          className="danger"
          onClick={() => {
            edit.apply((s) => removeEvent(s, index));
            edit.seal();
            go({ panel: 'events', index: null }, ['events-list']);
          }}
        >
          {t('events.delete')}
        </button>
      </div>
      <CandidateBar index={index} />
      <ProblemList problems={problemsNotShown(problems, at(), OWN_FIELDS.map((f) => at(f)))} />
      <TextField path={at('title')} label={t('field.title')} change={(s, text) => setEventText(s, index, 'title', text, savedIds)} />
      <TextField path={at('summary')} label={t('field.summary')} multiline />
      <div className="field-row">
        <DateField path={at('start')} label={t('field.start')} change={(s, date) => setEventText(s, index, 'start', date, savedIds)} />
        <DateField path={at('end')} label={t('field.end')} optional />
      </div>
      <CheckboxField path={at('approximate')} label={t('field.approximate')} />
      <div className="field-row">
        <SelectField path={at('category')} label={t('field.category')} options={categories} />
        <SelectField path={at('certainty')} label={t('field.certainty')} options={CERTAINTIES.map((c) => ({ value: c, label: t(`certainty.${c}`) }))} />
      </div>
      <fieldset className="field choices" data-path={`events[${index}].actors`} tabIndex={-1}>
        <legend>{t('field.actors')}</legend>
        {[...actors.map((a) => ({ id: textOf(a.id), name: textOf(a.name) || textOf(a.id) })), ...unlisted.map((id) => ({ id, name: t('field.notListed', { value: id }) }))].map((actor) => (
          <label key={actor.id} className="choice">
            <input type="checkbox" checked={chosen.includes(actor.id)} onChange={(e) => toggleActor(actor.id, e.target.checked)} />
            <span dir="auto">{actor.name}</span>
          </label>
        ))}
        <ProblemList problems={problems.under(at('actors'))} />
      </fieldset>
      <ValueFields path={at('value')} kinds={VALUE_KINDS} />
      <IdField path={at('id')} list="events" />
      <CitationList eventIndex={index} />
    </section>
  );
}
