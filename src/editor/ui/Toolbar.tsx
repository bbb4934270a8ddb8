/**
 * The editor's actions (Open, From an article, New event, Undo, Redo, Save, Download) and where
 * saving stands, announced politely. Save writes through the save server only, and a draft only
 * once its candidates are reviewed (or all accepted, on request); Download always gives the
 * store now as a file, a draft file while it has problems or candidates to review.
 */
import { useEffect, useRef } from 'react';
import { insertAt, listOf } from '../document';
import { newEvent } from '../items';
import { canRedo, canUndo } from '../history';
import { downloadFile } from '../storeFile';
import { acceptAll, candidatesOf, nextToReview } from '../review';
import type { SaveStatus } from '../session';
import { ProblemList } from './fields';
import { useEditor, useSession, useText } from './context';

/** Puts a file in the browser's downloads. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The status line's words. */
function statusText(save: SaveStatus, dirty: boolean, t: ReturnType<typeof useText>['t'], locale: string): string {
  switch (save.kind) {
    case 'saving':
      return t('save.saving');
    case 'saved':
      return dirty ? t('save.unsaved') : t('save.saved', { name: save.name, time: new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(save.at) });
    case 'blocked':
      return t('save.blocked', { count: save.problems });
    case 'unreviewed':
      return t('save.unreviewed', { count: save.count });
    case 'unavailable':
      return `${dirty ? t('save.unsaved') : t('save.clean')} ${t('save.unavailable')}`;
    case 'rejected':
      return t('save.rejected');
    case 'failed':
      return t('save.failed', { message: save.message });
    case 'conflict':
      return t('conflict.title');
    default:
      return dirty ? t('save.unsaved') : t('save.clean');
  }
}

/** The toolbar and the status line. */
export function Toolbar({ onOpen, onFromArticle, onSave, notice, setNotice }: { onOpen: () => void; onFromArticle: () => void; onSave: () => void; notice: string | null; setNotice: (notice: string | null) => void }) {
  const { app, go } = useEditor();
  const { t, locale } = useText();
  const { session } = app;
  const history = useSession((s) => s.history);
  const save = useSession((s) => s.save);
  const dirty = useSession((s) => s.history.present !== s.open?.base);
  const problems = useSession((s) => s.problems.length);
  const drafts = useSession((s) => s.drafts);
  const ready = useSession((s) => s.open !== null);

  const addEvent = () => {
    const index = listOf(session.get().history.present, 'events').length;
    session.edit((s) => insertAt(s, ['events'], newEvent(s)));
    session.seal();
    go({ panel: 'events', index }, ['events', index, 'title']);
  };
  const downloadStore = () => {
    const state = session.get();
    if (!state.open) return;
    const file = downloadFile(state.history.present, state.open.origin, state.problems.length);
    download(file.fileName, file.text);
    setNotice(t('downloaded', { file: file.fileName }));
  };

  const reviewThem = () => {
    const index = nextToReview(candidatesOf(session.get().history.present), 0);
    session.dismissSave();
    go({ panel: 'review', index }, ['review', index]);
  };

  // The side column sticks below the toolbar, whose height changes with the status line.
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = bar.current!;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--toolbar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <section ref={bar} className="editor-toolbar" aria-label={t('editor.actions')}>
      <div className="button-row">
        <button type="button" onClick={onOpen}>{t('editor.open')}</button>
        <button type="button" onClick={onFromArticle} disabled={!ready}>{t('editor.fromArticle')}</button>
        <button type="button" onClick={addEvent} disabled={!ready}>{t('editor.newEvent')}</button>
        <button type="button" onClick={() => session.undo()} disabled={!canUndo(history)} aria-keyshortcuts="Control+Z">{t('editor.undo')}</button>
        <button type="button" onClick={() => session.redo()} disabled={!canRedo(history)} aria-keyshortcuts="Control+Shift+Z">{t('editor.redo')}</button>
        <button type="button" className="primary" onClick={onSave} disabled={!ready} aria-keyshortcuts="Control+S" aria-describedby="editor-save-status">{t('editor.save')}</button>
        <button type="button" onClick={downloadStore} disabled={!ready}>{t('editor.download')}</button>
      </div>
      <div id="editor-save-status" className={`save-status save-${save.kind}${problems ? ' has-problems' : ''}`} role="status">
        <p>{notice ?? statusText(save, dirty, t, locale)}</p>
        {save.kind === 'rejected' && <ProblemList problems={save.problems} />}
        {save.kind === 'unreviewed' && (
          <div className="button-row">
            <button type="button" onClick={reviewThem}>{t('save.review')}</button>
            <button type="button" onClick={() => (session.edit(acceptAll), onSave())}>{t('save.acceptAll', { count: save.count })}</button>
          </div>
        )}
        {drafts !== 'kept' && <p>{t('drafts.failing')}</p>}
        {!app.lastingDrafts && <p>{t('drafts.unavailable')}</p>}
      </div>
    </section>
  );
}
