/**
 * A source's fields: id, title, publisher, address and publication date. Shown in the Sources
 * panel and inside a citation, where a change applies to every event citing the source.
 */
import { ProblemList, TextField } from '../fields';
import { DateField } from '../DateField';
import { useProblems, useText } from '../context';
import { problemsNotShown } from '../../problemIndex';
import { IdField } from './IdField';

const OWN_FIELDS = ['id', 'title', 'publisher', 'url', 'published'];

/** The fields of the source at `index`. */
export function SourceFields({ index }: { index: number }) {
  const { t } = useText();
  const problems = useProblems();
  const at = (field: string) => ['sources', index, field];
  return (
    <div className="source-fields">
      <ProblemList problems={problemsNotShown(problems, ['sources', index], OWN_FIELDS.map(at))} />
      <TextField path={at('title')} label={t('field.title')} />
      <div className="field-row">
        <TextField path={at('publisher')} label={t('field.publisher')} />
        <DateField path={at('published')} label={t('field.published')} optional />
      </div>
      <TextField path={at('url')} label={t('field.url')} inputMode="url" />
      <IdField path={at('id')} list="sources" />
    </div>
  );
}
