/**
 * What a window step (or the preview's view, taken as one) shows, in words: its dates as the
 * interface language writes them, what its filters keep and how its lanes run, e.g.
 * "2010 – 2014 · Categories: Arms and defence · Lanes: By country". Labels come from the
 * store being written, so a renamed category reads at once; an unknown id reads as itself.
 */
import { CERTAINTIES, type Certainty } from '../../../data/schema';
import { formatPartialDate } from '../../../model/format';
import { parsePartialDate } from '../../../model/dates';
import { listOf, textOf, type EditableStore, type Item } from '../../document';
import type { EditorTranslate } from '../../i18n/editorLocale';

/** Labels of the ids a filter names, by the store's list. */
function labels(store: EditableStore, list: 'categories' | 'actors', ids: unknown): string {
  const items = listOf(store, list);
  const field = list === 'categories' ? 'label' : 'name';
  return (Array.isArray(ids) ? ids : []).map((id) => textOf(items.find((item) => item.id === id)?.[field]) || textOf(id)).join(', ');
}

/** A window step's dates in words ("2010 – 2014"); what cannot be read as a date reads as typed. */
export function stepDatesText(step: Item, t: EditorTranslate, locale: string): string {
  const date = (value: unknown) => {
    const parsed = typeof value === 'string' ? parsePartialDate(value) : null;
    return parsed ? formatPartialDate(parsed, locale) : textOf(value) || '…';
  };
  return t('date.range', { start: date(step.from), end: date(step.to) });
}

/** A window step's view in words. */
export function stepViewText(step: Item, store: EditableStore, t: EditorTranslate, locale: string): string {
  const parts = [stepDatesText(step, t, locale)];
  const filters = (typeof step.filters === 'object' && step.filters !== null ? step.filters : {}) as Item;
  if (filters.categories) parts.push(`${t('filters.categories')}: ${labels(store, 'categories', filters.categories)}`);
  if (filters.actors) parts.push(`${t('filters.actors')}: ${labels(store, 'actors', filters.actors)}`);
  if (Array.isArray(filters.certainty)) parts.push(`${t('filters.certainty')}: ${filters.certainty.map((c) => (CERTAINTIES.includes(c as Certainty) ? t(`certainty.${c as Certainty}`) : textOf(c))).join(', ')}`);
  if (!filters.categories && !filters.actors && !filters.certainty) parts.push(t('stories.allEvents'));
  parts.push(`${t('toolbar.lanes')}: ${t(step.lanes === 'actor' ? 'toolbar.lanes.actor' : 'toolbar.lanes.category')}`);
  return parts.join(' · ');
}
