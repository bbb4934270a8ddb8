/**
 * What paper gets after the chart: every filtered event with its date, summary and sources,
 * and where a source disagrees with the record, the comparison.
 * Rendered only while printing (beforeprint → afterprint, which browsers fire around their
 * print dialog), so the screen never pays for a thousand hidden nodes, or a hundred thousand.
 */
import { useEffect, useState } from 'react';
import { useAppState, useLocale } from './context';
import { selectFilteredEvents } from '../state/selectors';
import { formatEventDate, formatValue } from '../model/format';
import type { Timeline, TimelineEvent } from '../model/types';
import { disagreementsOf } from '../model/disagreements';
import { DisagreementTable } from './DisagreementTable';

/** True between the browser's beforeprint and afterprint events. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', off);
    return () => {
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

/** The printed event list. */
export function PrintList({ timeline }: { timeline: Timeline }) {
  const events = useAppState(selectFilteredEvents);
  const { t } = useLocale();
  return (
    <section className="print-list" aria-hidden="true">
      <h2>{t('list.label')}</h2>
      <ol>
        {events.map((e) => (
          <li key={e.id}>
            <PrintEvent event={e} timeline={timeline} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One event on paper: title, date, category, certainty, value, summary and every source with its quote. */
export function PrintEvent({ event: e, timeline }: { event: TimelineEvent; timeline: Timeline }) {
  const { t, locale } = useLocale();
  return (
    <>
      <h3 dir="auto">{e.title}</h3>
      <p className="print-meta">
        {formatEventDate(e, locale, t)} · <bdi>{timeline.categories.find((c) => c.id === e.category)?.label}</bdi> · {t(`certainty.${e.certainty}`)}
        {e.value ? ` · ${formatValue(e.value, locale, t)}` : ''}
      </p>
      <p dir="auto">{e.summary}</p>
      <ul className="print-sources">
        {e.sources.map((c, i) => {
          const source = timeline.sources.get(c.source);
          return (
            <li key={i} dir="auto">
              {source ? <><bdi>{source.title}</bdi> — <bdi>{source.publisher}</bdi></> : <bdi>{c.source}</bdi>}: “<bdi>{c.quote}</bdi>” {source && <span className="print-url">{source.url}</span>}
              <DisagreementTable disagreements={disagreementsOf(e, c)} sourceName={source?.publisher ?? c.source} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
