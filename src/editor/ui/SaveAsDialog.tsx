/**
 * Saving a store that is not yet a dataset of the save server (a file, an address, a new
 * timeline): the name of the new `data/<name>.json`. A name already taken comes back from the
 * server as a conflict, never an overwrite.
 */
import { useId, useState } from 'react';
import { DATASET_NAME } from '../saveProtocol';
import { Modal } from './Modal';
import { useText } from './context';

/** The save-as dialog. */
export function SaveAsDialog({ suggested, onSave, onClose }: { suggested: string; onSave: (name: string) => void; onClose: () => void }) {
  const { t } = useText();
  const [name, setName] = useState(suggested);
  const ids = { title: useId(), name: useId(), help: useId() };
  const valid = DATASET_NAME.test(name);
  return (
    <Modal labelledBy={ids.title} onClose={onClose}>
      {(close) => (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            close();
            onSave(name);
          }}
        >
          <h2 id={ids.title}>{t('saveAs.title')}</h2>
          <div className="field">
            <label htmlFor={ids.name}>{t('saveAs.name')}</label>
            <p className="field-help" id={ids.help}>{valid ? t('saveAs.help', { name }) : t('saveAs.bad')}</p>
            <input id={ids.name} value={name} aria-describedby={ids.help} aria-invalid={!valid || undefined} onChange={(e) => setName(e.target.value)} autoFocus />
          </div>
          <div className="button-row">
            <button type="submit" className="primary" disabled={!valid}>{t('editor.save')}</button>
            <button type="button" onClick={close}>{t('saveAs.cancel')}</button>
          </div>
        </form>
      )}
    </Modal>
  );
}
