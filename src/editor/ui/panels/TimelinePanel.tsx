/**
 * The timeline's own fields: title, description, the pair and the dataset id, with any problem
 * of the document's top level (a wrong version, an unknown field) listed first.
 */
import { listOf, textOf } from '../../document';
import { ProblemList, SelectField, TextField } from '../fields';
import { useProblems, useStore, useText } from '../context';
import { problemsNotShown } from '../../problemIndex';
import { panelIdOf } from './ownership';

/** The Timeline panel. */
export function TimelinePanel() {
  const store = useStore();
  const { t } = useText();
  const problems = useProblems();
  const actors = listOf(store, 'actors').map((a) => ({ value: textOf(a.id), label: textOf(a.name) || textOf(a.id) }));
  const shown = [['title'], ['description'], ['pair'], ['id']];
  const elsewhere = problemsNotShown(problems, [], shown).filter((p) => panelIdOf(p.path) === 'timeline');
  return (
    <div className="timeline-panel">
      <ProblemList problems={elsewhere} />
      <TextField path={['title']} label={t('field.title')} />
      <TextField path={['description']} label={t('field.description')} multiline />
      <div className="field-row">
        <SelectField path={['pair', 0]} label={t('field.pairFirst')} options={actors} />
        <SelectField path={['pair', 1]} label={t('field.pairSecond')} options={actors} />
      </div>
      <ProblemList problems={problems.at(['pair'])} />
      <TextField path={['id']} label={t('field.id')} help={t('field.idHelp')} />
    </div>
  );
}
