/**
 * One candidate as the extractor proposed it: its sentence, its date and how it was worked out,
 * how sure the extractor is, whether it is context, and the event's category, actors,
 * certainty and money value; then what to do with it: accept, edit, reject, or merge with an
 * existing event (the suggested ones first: same date and actors, or the same sentence).
 * All data is shown as text.
 */
import { useId, useMemo, useState } from 'react';
import { parsePartialDate } from '../../../model/dates';
import { formatEventDate, formatMoney } from '../../../model/format';
import type { Value } from '../../../data/schema';
import { listOf, textOf } from '../../document';
import { articleTextOf, mergeSuggestions, type CandidateEntry } from '../../review';
import { useStore, useText } from '../context';

/** What the person decided for the chosen candidate. */
export type ReviewAction = { kind: 'accept' | 'reject' | 'edit' } | { kind: 'merge'; target: string; targetTitle: string };

/** The event's date in words at its precision ("2012", "c. 1990 – 1995"), or as stored when it does not read. */
function useDateText(event: CandidateEntry['event']): string {
  const { t, locale } = useText();
  const start = textOf(event.start);
  const startDate = parsePartialDate(start);
  const endDate = event.end === undefined ? startDate : parsePartialDate(textOf(event.end));
  if (!startDate || !endDate) return start;
  const shown = formatEventDate({ startDate, endDate, end: event.end as string | undefined, approximate: event.approximate === true }, locale, t);
  return `${shown} (${t(`date.${startDate.precision}`)})`;
}

/** The chosen candidate's facts and actions. */
export function CandidateCard({ entry, onAction }: { entry: CandidateEntry; onAction: (action: ReviewAction) => void }) {
  const store = useStore();
  const { t, locale } = useText();
  const ids = { heading: useId(), target: useId(), help: useId() };
  const { event, candidate } = entry;
  const date = useDateText(event);
  const [choice, setChoice] = useState<{ for: string; target: string } | null>(null);
  const suggestions = useMemo(() => mergeSuggestions(store, entry.id), [store, entry.id]);
  const events = listOf(store, 'events');
  const titleAt = (i: number) => textOf(events[i]?.title) || textOf(events[i]?.id);
  const nameOf = new Map(listOf(store, 'actors').map((a) => [textOf(a.id), textOf(a.name) || textOf(a.id)]));
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const actors = Array.isArray(event.actors) ? event.actors.map((a) => nameOf.get(textOf(a)) ?? textOf(a)) : [];
  const category = listOf(store, 'categories').find((c) => c.id === event.category);
  const value = event.value as Value | undefined;
  const target = choice?.for === entry.id ? choice.target : (suggestions[0]?.id ?? '');
  const targetIndex = events.findIndex((e) => e.id === target);
  const suggested = new Set(suggestions.map((s) => s.id));
  const text = articleTextOf(store);

  return (
    <section className="candidate-card" aria-labelledby={ids.heading}>
      <h3 id={ids.heading} dir="auto">{textOf(event.title) || entry.id}</h3>
      {entry.index < 0 && <p className="field-problems">{t('review.noEvent')}</p>}
      <figure className="candidate-sentence">
        <figcaption>{t('review.sentence')}</figcaption>
        {entry.sentence ? <blockquote dir="auto">{text.slice(entry.sentence.start, entry.sentence.end)}</blockquote> : <p>{t('review.noSentence')}</p>}
      </figure>
      <dl className="candidate-facts">
        <dt>{t('review.date')}</dt>
        <dd>{date}</dd>
        <dt>{t('review.method')}</dt>
        <dd dir="auto">{t('review.methodText', { method: t(`method.${textOf(candidate.dateMethod)}` as 'method.explicit'), text: textOf(candidate.dateText) })}</dd>
        <dt>{t('review.confidence')}</dt>
        <dd>{typeof candidate.confidence === 'number' ? new Intl.NumberFormat(locale, { style: 'percent' }).format(candidate.confidence) : '—'}</dd>
        {candidate.context !== undefined && (
          <>
            <dt>{t('review.context')}</dt>
            <dd>{t(`context.${textOf(candidate.context)}` as 'context.caption')}</dd>
          </>
        )}
        <dt>{t('field.category')}</dt>
        <dd dir="auto">{textOf(category?.label) || textOf(event.category)}</dd>
        <dt>{t('field.actors')}</dt>
        <dd dir="auto">{list(actors)}</dd>
        <dt>{t('field.certainty')}</dt>
        <dd>{t(`certainty.${textOf(event.certainty)}` as 'certainty.confirmed')}</dd>
        {value && typeof value.amount === 'number' && (
          <>
            <dt>{t('field.value')}</dt>
            <dd>{formatMoney(value, locale)}</dd>
          </>
        )}
      </dl>
      <div className="button-row review-actions">
        <button type="button" className="primary" aria-keyshortcuts="A" onClick={() => onAction({ kind: 'accept' })} disabled={entry.status === 'accepted'}>
          {t('review.accept')}
        </button>
        <button type="button" aria-keyshortcuts="E" onClick={() => onAction({ kind: 'edit' })} disabled={entry.index < 0}>{t('review.edit')}</button>
        <button type="button" className="danger" aria-keyshortcuts="R" onClick={() => onAction({ kind: 'reject' })}>{t('review.reject')}</button>
      </div>
      <fieldset className="review-merge" disabled={entry.index < 0}>
        <legend>{t('review.mergeInto')}</legend>
        <p className="field-help">{t('review.mergeHelp')}</p>
        <p className="field-help" id={ids.help}>
          {suggestions.length
            ? suggestions.slice(0, 3).map((s) => `${titleAt(s.index)}: ${s.sameQuote ? t('review.whyQuote') : t('review.whyDate', { actors: list(s.sharedActors.map((a) => nameOf.get(a) ?? a)) })}`).join(' · ')
            : t('review.noSuggestion')}
        </p>
        <div className="field-row with-button">
          <div className="field">
            <label htmlFor={ids.target}>{t('review.mergeTarget')}</label>
            <select id={ids.target} aria-describedby={ids.help} value={target} onChange={(e) => setChoice({ for: entry.id, target: e.target.value })}>
              {suggestions.length === 0 && <option value="">{t('field.choose')}</option>}
              {suggestions.length > 0 && (
                <optgroup label={t('review.suggested')}>
                  {suggestions.map((s) => <option key={s.id} value={s.id}>{`${titleAt(s.index)} (${textOf(events[s.index].start)})`}</option>)}
                </optgroup>
              )}
              <optgroup label={t('review.others')}>
                {events.map((e, i) => (i === entry.index || suggested.has(textOf(e.id)) ? null : <option key={`${i}-${textOf(e.id)}`} value={textOf(e.id)}>{`${titleAt(i)} (${textOf(e.start)})`}</option>))}
              </optgroup>
            </select>
          </div>
          <button type="button" disabled={targetIndex < 0 || targetIndex === entry.index} onClick={() => onAction({ kind: 'merge', target, targetTitle: titleAt(targetIndex) })}>
            {t('review.merge')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
