/**
 * The file changed on disk since it was opened (or a new dataset's name is taken): both
 * versions side by side, part by part (each event by id, each of the timeline's own fields),
 * what differs in each, and a choice per part. Nothing is written until the person saves their
 * choice; cancelling leaves the file and the form as they were. A file that is gone or no
 * longer JSON is said so, and saving replaces it only when asked.
 */
import { useId, useState } from 'react';
import { textOf, type Item } from '../document';
import type { Difference, Side } from '../versions';
import type { SaveStatus } from '../session';
import { differenceName } from './differenceText';
import { Modal } from './Modal';
import { useEditor, useText } from './context';

type Conflict = Extract<SaveStatus, { kind: 'conflict' }>;

const CLIP = 160;

/** A value in a few words: text as it is (clipped), lists and objects as short JSON. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > CLIP ? `${text.slice(0, CLIP)}…` : text;
}

/** One side of a difference: for an event, the fields that differ, one per line. */
function Side({ d, side }: { d: Difference; side: Side }) {
  const { t } = useText();
  const value = d[side];
  if (value === undefined) return <span className="muted">{t('conflict.absent')}</span>;
  if (d.kind === 'field' || d.fields.length === 0) return <span dir="auto">{d.kind === 'event' ? textOf((value as Item).title) || shown(value) : shown(value)}</span>;
  return (
    <dl className="conflict-fields">
      {d.fields.map((field) => (
        <div key={field}>
          <dt>{field}</dt>
          <dd dir="auto">{(value as Item)[field] === undefined ? t('conflict.absent') : shown((value as Item)[field])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The conflict dialog for a save that met another version. */
export function ConflictDialog({ conflict, onClose }: { conflict: Conflict; onClose: () => void }) {
  const { app } = useEditor();
  const { t } = useText();
  const titleId = useId();
  const [choices, setChoices] = useState<Record<string, Side>>(() => Object.fromEntries(conflict.differences.map((d) => [d.key, d.suggested])));
  const { differences, current, name } = conflict;
  const intro = current === null
    ? t('conflict.gone', { name })
    : current.malformed
      ? `${t('conflict.changed', { name })} ${t('conflict.malformed', { reason: current.malformed })}`
      : app.session.get().open?.origin.kind === 'server' ? t('conflict.changed', { name }) : t('conflict.exists', { name });
  const setAll = (side: Side) => setChoices(Object.fromEntries(differences.map((d) => [d.key, side])));
  return (
    <Modal labelledBy={titleId} className="conflict-dialog" onClose={onClose}>
      {(close) => (
        <>
          <h2 id={titleId}>{t('conflict.title')}</h2>
          <p>{intro}</p>
          {conflict.theirs && differences.length === 0 && <p>{t('conflict.same')}</p>}
          {differences.length > 0 && (
            <>
              <div className="button-row">
                <button type="button" onClick={() => setAll('mine')}>{t('conflict.allMine')}</button>
                <button type="button" onClick={() => setAll('theirs')}>{t('conflict.allTheirs')}</button>
              </div>
              <div className="conflict-table-wrap">
                <table className="conflict-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('conflict.part')}</th>
                      <th scope="col">{t('conflict.theirs')}</th>
                      <th scope="col">{t('conflict.mine')}</th>
                      <th scope="col">{t('conflict.keep')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {differences.map((d) => {
                      const part = d.kind === 'event' ? t('conflict.event', { name: differenceName(d) }) : t('conflict.field', { name: d.name });
                      return (
                        <tr key={d.key} data-key={d.key}>
                          <th scope="row" dir="auto">
                            {part}
                            {d.changed?.mine && d.changed.theirs && <span className="both"> ({t('conflict.both')})</span>}
                          </th>
                          <td data-side="theirs"><Side d={d} side="theirs" /></td>
                          <td data-side="mine"><Side d={d} side="mine" /></td>
                          <td>
                            <fieldset className="keep-choice">
                              <legend className="visually-hidden">{`${t('conflict.keep')}: ${part}`}</legend>
                              {(['theirs', 'mine'] as const).map((side) => (
                                <label key={side}>
                                  <input type="radio" name={d.key} value={side} checked={choices[d.key] === side} onChange={() => setChoices({ ...choices, [d.key]: side })} />
                                  {t(side === 'mine' ? 'conflict.mine' : 'conflict.theirs')}
                                </label>
                              ))}
                            </fieldset>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                close();
                void app.session.resolveConflict(choices);
              }}
            >
              {differences.length > 0 ? t('conflict.apply') : t('conflict.saveMine')}
            </button>
            <button type="button" onClick={close}>{t('conflict.cancel')}</button>
          </div>
        </>
      )}
    </Modal>
  );
}
