/**
 * An event's citations: for each, the source (chosen from the store's sources, or a new one
 * made on the spot and filled in right there), the quote, a note, and what this source claims
 * instead of the record (dates, certainty, account, money), which exists only while one of its
 * fields is filled.
 */
import { CERTAINTIES, VALUE_KINDS } from '../../../data/schema';
import { insertAt, listOf, pruneEmpty, removeAt, setIn, textOf, type EditableStore, type Path } from '../../document';
import { addItem, NEW_ITEM, newCitation } from '../../items';
import { formatPath } from '../../../data/problems';
import { ProblemList, SelectField, TextField } from '../fields';
import { DateField } from '../DateField';
import { useEdit, useEditor, useProblems, useStore, useText } from '../context';
import { SourceFields } from './SourceFields';
import { Disclosure } from '../Disclosure';
import { ValueFields } from './ValueFields';

/** The citations of the event at `eventIndex`. */
export function CitationList({ eventIndex }: { eventIndex: number }) {
  const store = useStore();
  const edit = useEdit();
  const { t } = useText();
  const { go, place } = useEditor();
  const problems = useProblems();
  const listPath: Path = ['events', eventIndex, 'sources'];
  const citations = listOf(listOf(store, 'events')[eventIndex] ?? {}, 'sources');
  const sources = listOf(store, 'sources');
  const options = sources.map((s) => ({ value: textOf(s.id), label: [textOf(s.title) || textOf(s.id), textOf(s.publisher)].filter(Boolean).join(' — ') }));

  const addCitation = () => {
    edit.apply((s) => insertAt(s, listPath, newCitation()));
    edit.seal();
    go(place, [...listPath, citations.length, 'source']);
  };

  return (
    <section className="citations-form">
      <h3>{t('events.citations')}</h3>
      <ProblemList problems={problems.at(listPath)} />
      {citations.map((citation, j) => {
        const at = (...rest: (string | number)[]): Path => [...listPath, j, ...rest];
        const sourceIndex = sources.findIndex((s) => s.id === citation.source);
        const claims = at('claims');
        const tidy = (s: EditableStore) => pruneEmpty(s, claims);
        const newSource = () => {
          edit.apply((s) => {
            const source = NEW_ITEM.sources(s);
            return setIn(addItem(s, 'sources', source).store, at('source'), source.id);
          });
          edit.seal();
          go(place, ['sources', sources.length, 'title']);
        };
        return (
          <fieldset key={j} className="citation-form">
            <legend>{t('citation.n', { n: j + 1 })}</legend>
            <ProblemList problems={problems.at(at())} />
            <div className="field-row with-button">
              <SelectField path={at('source')} label={t('field.source')} options={options} />
              <button type="button" onClick={newSource}>{t('citation.newSource')}</button>
            </div>
            {sourceIndex >= 0 && (
              <Disclosure key={sourceIndex} className="inline-source" summary={t('citation.editSource')} initiallyOpen={problems.under(['sources', sourceIndex]).length > 0}>
                <SourceFields index={sourceIndex} />
              </Disclosure>
            )}
            <TextField path={at('quote')} label={t('field.quote')} help={t('field.quoteHelp')} multiline />
            <TextField path={at('note')} label={t('field.note')} optional />
            <Disclosure className="claims" summary={t('citation.claims')} initiallyOpen={citation.claims !== undefined}>
              <ProblemList problems={problems.at(claims)} />
              <div className="field-row">
                <DateField path={[...claims, 'start']} label={t('claims.start')} optional tidy={tidy} />
                <DateField path={[...claims, 'end']} label={t('claims.end')} optional tidy={tidy} />
              </div>
              <SelectField
                path={[...claims, 'certainty']}
                label={t('claims.certainty')}
                optional
                placeholder={t('field.none')}
                tidy={tidy}
                options={CERTAINTIES.map((c) => ({ value: c, label: t(`certainty.${c}`) }))}
              />
              <TextField path={[...claims, 'summary']} label={t('claims.summary')} optional multiline tidy={tidy} />
              <ValueFields path={[...claims, 'value']} kinds={VALUE_KINDS} label={t('claims.amount')} tidy={tidy} />
            </Disclosure>
            <button type="button" className="danger" onClick={() => (edit.apply((s) => removeAt(s, listPath, j)), edit.seal(), go(place, [formatPath(listPath) + '-add']))}>
              {t('citation.remove')}
            </button>
          </fieldset>
        );
      })}
      <button type="button" data-path={`${formatPath(listPath)}-add`} onClick={addCitation}>{t('citation.add')}</button>
    </section>
  );
}
