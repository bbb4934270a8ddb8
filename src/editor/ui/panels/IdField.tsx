/**
 * The id of an item others refer to: a category, actor or source (events, the pair and
 * citations point at them), or an event (a draft's candidates are keyed by it). Typing changes
 * the id alone; when the field is left, every reference to the id it had carries over to the
 * new one, in the same undo step (done at the end rather than per keystroke, so an id passing
 * through another item's id on the way never merges their references).
 */
import { useRef } from 'react';
import { getIn, textOf, type Path } from '../../document';
import { renameReferences, type ReferencedList } from '../../items';
import { formatPath } from '../../../data/problems';
import { TextField } from '../fields';
import { useEdit, useEditor, useText } from '../context';

/** The id field of the item at `path` in `list`. */
export function IdField({ path, list }: { path: Path; list: ReferencedList }) {
  const { t } = useText();
  const edit = useEdit();
  const { session } = useEditor().app;
  const before = useRef<string | null>(null);
  return (
    <TextField
      path={path}
      label={t('field.id')}
      help={t('field.idHelp')}
      onStart={() => (before.current = textOf(getIn(session.get().history.present, path)))}
      onDone={() => {
        const from = before.current;
        before.current = null;
        const to = textOf(getIn(session.get().history.present, path));
        if (from !== null && from !== to) edit.apply((s) => renameReferences(s, list, from, to), formatPath(path));
      }}
    />
  );
}
