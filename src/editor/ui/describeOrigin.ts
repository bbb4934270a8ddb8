/**
 * Where a store came from, in words: "data/events.json", "the file mine.csv", an address, "a
 * new timeline".
 */
import type { Origin } from '../drafts';
import type { EditorTranslate } from '../i18n/editorLocale';

/** The origin in words. */
export function describeOrigin(origin: Origin, t: EditorTranslate): string {
  switch (origin.kind) {
    case 'server':
      return t('editor.what.server', { name: origin.name });
    case 'url':
      return t('editor.what.url', { url: origin.url });
    case 'file':
      return t('editor.what.file', { name: origin.fileName });
    case 'new':
      return t('editor.what.new');
  }
}
