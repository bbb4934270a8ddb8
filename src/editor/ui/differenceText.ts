/**
 * Differences between two versions in words, for the draft offer and the conflict dialog:
 * "Added: Gas deal", "Changed: Arms deal (title, summary)", "Changed: title".
 */
import { textOf, type Item } from '../document';
import type { Difference } from '../versions';
import type { EditorTranslate } from '../i18n/editorLocale';

/** A difference's name: an event's title (either side's), or the field's name. */
export function differenceName(d: Difference): string {
  if (d.kind === 'field') return d.name;
  const event = (d.mine ?? d.theirs) as Item | undefined;
  return textOf(event?.title) || d.name;
}

/** One line per difference, as the version `after` differs from `before` (mine = after). */
export function differenceLines(differences: readonly Difference[], t: EditorTranslate): string[] {
  return differences.map((d) => {
    const name = differenceName(d);
    if (d.kind === 'field') return t('diff.field', { name });
    if (d.theirs === undefined) return t('diff.added', { name });
    if (d.mine === undefined) return t('diff.removed', { name });
    return t('diff.changed', { name, fields: d.fields.join(', ') });
  });
}
