/**
 * What a mark says: its label (a deal's value first, so it shows on the mark even when the
 * title is cut short) and its accessible name (title, date at its precision, category,
 * certainty). Both are worked out once per event: zoom frames redraw marks, not words.
 *
 * Data text is bidi-isolated (FSI … PDI), so that a right-to-left title cannot reorder the
 * money beside it, nor the money the title: "$1.6bn · title" reads right in Hebrew too.
 */
import { formatEventDate, formatMoney } from '../model/format';
import type { TimelineEvent } from '../model/types';
import type { LocaleContext } from '../state/selectors';

const FSI = '\u2068';
const PDI = '\u2069';

/** Wraps text in a first-strong isolate. */
export const isolate = (text: string) => `${FSI}${text}${PDI}`;

/** The words of marks in one language. */
export interface MarkText {
  /** The label drawn beside a mark. */
  labelOf: (event: TimelineEvent) => string;
  /** The name a screen reader hears and the tooltip shows. */
  nameOf: (event: TimelineEvent) => string;
}

/** Makes the label and name functions for a locale; `categoryLabel` names a category id. */
export function createMarkText({ t, locale }: LocaleContext, categoryLabel: (id: string) => string): MarkText {
  const labels = new WeakMap<TimelineEvent, string>();
  const names = new WeakMap<TimelineEvent, string>();
  const labelOf = (e: TimelineEvent): string => {
    let label = labels.get(e);
    if (label === undefined) labels.set(e, (label = e.value ? `${isolate(formatMoney(e.value, locale))} · ${isolate(e.title)}` : e.title));
    return label;
  };
  return {
    labelOf,
    nameOf(e) {
      let name = names.get(e);
      if (name === undefined) {
        const date = formatEventDate(e, locale, t);
        names.set(e, (name = t('timeline.markName', { title: labelOf(e), date, category: categoryLabel(e.category), certainty: t(`certainty.${e.certainty}`) })));
      }
      return name;
    },
  };
}
