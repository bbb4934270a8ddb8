/**
 * Open: a dataset of the save server, a store at an address (or the default one), a file from
 * this computer (an event store, or a TimelineJS3 file or sheet through the importer), a new
 * timeline between two countries or other parties, or a draft this browser kept.
 */
import { useEffect, useId, useState } from 'react';
import type { DraftRecord } from '../drafts';
import type { Opened } from '../openers';
import { openFromServer, openFromText, openFromUrl } from '../openers';
import { DEFAULT_DATA_URL } from '../../state/startApp';
import { Modal } from './Modal';
import { NewTimelineForm } from './NewTimelineForm';
import { useEditor, useSession, useText } from './context';
import { describeOrigin } from './describeOrigin';

/** Props of OpenDialog. */
export interface OpenDialogProps {
  /** Opens what was read (or reports why nothing could be). */
  onOpened: (opened: Opened, what: string) => void;
  /** Opens a kept draft. */
  onDraft: (draft: DraftRecord) => void;
  /** The dialog closed. */
  onClose: () => void;
}

/** The Open dialog. */
export function OpenDialog({ onOpened, onDraft, onClose }: OpenDialogProps) {
  const { app } = useEditor();
  const { t, locale } = useText();
  const openKey = useSession((s) => s.open?.key);
  const ids = { title: useId(), url: useId(), file: useId() };
  const [names, setNames] = useState<string[]>(app.datasets);
  const [drafts, setDrafts] = useState<DraftRecord[]>([]);
  const [url, setUrl] = useState('');

  useEffect(() => {
    void app.api?.list().then((r) => r.kind === 'listed' && setNames(r.names));
    void app.drafts.list().then(setDrafts, () => setDrafts([]));
  }, [app]);

  const time = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  return (
    <Modal labelledBy={ids.title} className="open-dialog" onClose={onClose}>
      {(close) => {
        const done = (opened: Opened, what: string) => {
          close();
          onOpened(opened, what);
        };
        return (
          <>
            <div className="dialog-head">
              <h2 id={ids.title}>{t('open.title')}</h2>
              <button type="button" onClick={close}>{t('open.close')}</button>
            </div>
            {app.api && names.length > 0 && (
              <section>
                <h3>{t('open.server')}</h3>
                <ul className="button-list">
                  {names.map((name) => (
                    <li key={name}>
                      <button type="button" onClick={async () => done(await openFromServer(app.api!, name), `data/${name}.json`)}>data/{name}.json</button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section>
              <h3>{t('open.url')}</h3>
              <form
                className="field-row with-button"
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (url.trim()) done(await openFromUrl(url.trim(), location.href), url.trim());
                }}
              >
                <div className="field">
                  <label htmlFor={ids.url}>{t('open.urlLabel')}</label>
                  <input id={ids.url} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…/events.json" />
                </div>
                <button type="submit">{t('open.urlOpen')}</button>
              </form>
              {!app.api && (
                <button type="button" onClick={async () => done(await openFromUrl(DEFAULT_DATA_URL, location.href), DEFAULT_DATA_URL)}>{t('open.default')}</button>
              )}
            </section>
            <section>
              <h3>{t('open.file')}</h3>
              <div className="field">
                <label htmlFor={ids.file}>{t('open.fileLabel')}</label>
                <input
                  id={ids.file}
                  type="file"
                  accept=".json,.csv,application/json,text/csv"
                  onChange={async (e) => {
                    const file = e.target.files?.[0];
                    if (file) done(await openFromText(await file.text(), file.name), file.name);
                  }}
                />
              </div>
              <p className="muted">{t('open.drop')}</p>
            </section>
            <section>
              <h3>{t('open.new')}</h3>
              <NewTimelineForm onCreate={(store, created) => done({ ok: true, store, origin: { kind: 'new', created } }, t('editor.what.new'))} />
            </section>
            {drafts.length > 0 && (
              <section>
                <h3>{t('open.drafts')}</h3>
                <ul className="button-list">
                  {drafts.map((draft) => (
                    <li key={draft.key}>
                      <span dir="auto">{t('open.draftItem', { what: describeOrigin(draft.origin, t), time: time(draft.updated) })}</span>{' '}
                      <button type="button" onClick={() => (close(), onDraft(draft))}>{t('open.draftOpen')}</button>{' '}
                      {draft.key !== openKey && (
                        <button type="button" onClick={() => void app.drafts.remove(draft.key).then(() => setDrafts(drafts.filter((d) => d.key !== draft.key)))}>
                          {t('open.draftDelete')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        );
      }}
    </Modal>
  );
}
