/**
 * "Sources disagree": where one citation claims something other than the record, the two side
 * by side, field by field. Shown in the details and on paper.
 */
import { useLocale } from './context';
import { formatPartialDate, formatValue } from '../model/format';
import { parsePartialDate } from '../model/dates';
import type { Disagreement } from '../model/disagreements';
import type { Value } from '../model/types';
import { isolate } from '../i18n/isolate';

/** Props of DisagreementTable. */
export interface DisagreementTableProps {
  /** What the citation claims differently; nothing is drawn when empty. */
  disagreements: Disagreement[];
  /** Who says so (the source's publisher). */
  sourceName: string;
}

/** The comparison table, or nothing. */
export function DisagreementTable({ disagreements, sourceName }: DisagreementTableProps) {
  const { t, locale } = useLocale();
  if (disagreements.length === 0) return null;
  const says = t('details.sourceSays', { source: isolate(sourceName) });
  const show = (value: string | Value | null, field: Disagreement['field']): string => {
    if (value === null) return '—';
    if (typeof value !== 'string') return formatValue(value, locale, t);
    if (field === 'start' || field === 'end') {
      const date = parsePartialDate(value);
      return date ? formatPartialDate(date, locale) : value;
    }
    if (field === 'certainty') return t(`certainty.${value as 'confirmed'}`);
    return value;
  };
  return (
    <div className="disagree" role="note">
      <p className="disagree-title">{t('details.disagree')}</p>
      <table>
        <thead>
          <tr><td /><th scope="col">{t('details.record')}</th><th scope="col">{says}</th></tr>
        </thead>
        <tbody>
          {disagreements.map((d) => (
            <tr key={d.field}>
              <th scope="row">{t(`field.${d.field}`)}</th>
              <td data-label={t('details.record')} dir="auto">{show(d.record, d.field)}</td>
              <td data-label={says} dir="auto">{show(d.claimed, d.field)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
