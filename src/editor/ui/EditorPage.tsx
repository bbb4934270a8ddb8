/**
 * The editor page: the toolbar and status, the draft offer, the form (one panel per part of
 * the store, as tabs) beside the live preview and the list of problems, and the dialogs. It
 * owns where the form is (panel and item) and moves focus to a field on request; everything
 * about the store itself is the session's.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatPath } from '../../data/problems';
import { listOf, textOf, type Path } from '../document';
import type { DraftRecord, Origin } from '../drafts';
import { openFromServer, openFromText, openFromUrl, type Opened } from '../openers';
import { DEFAULT_DATA_URL } from '../../state/startApp';
import type { EditorApp } from '../startEditor';
import { EditorContext, useEditor, useProblems, useSession, useStore, useText, type Place } from './context';
import { PANELS } from './panels/panels';
import { panelIdOf } from './panels/ownership';
import { Toolbar } from './Toolbar';
import { DraftOffer } from './DraftOffer';
import { Preview } from './Preview';
import { ProblemSummary } from './ProblemSummary';
import { OpenDialog } from './OpenDialog';
import { SaveAsDialog } from './SaveAsDialog';
import { ConflictDialog } from './ConflictDialog';
import { EditorSettings } from './EditorSettings';
import { describeOrigin } from './describeOrigin';
import { ArticleDialog } from './ArticleDialog';
import { candidatesOf, nextToReview } from '../review';

/** Focuses the field at `path`, or the nearest enclosing place that has one. */
function focusPath(path: Path): void {
  for (let n = path.length; n > 0; n--) {
    const target = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(formatPath(path.slice(0, n)))}"]`);
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'nearest' });
      return;
    }
  }
}

/** The reader's page for what is open, when it has one (a file or a new timeline exists only here). */
function readerLink(origin: Origin): string | null {
  if (origin.kind === 'server') return origin.name === 'events' ? './' : `./?data=${encodeURIComponent(`data/${origin.name}.json`)}`;
  return origin.kind === 'url' ? `./?data=${encodeURIComponent(origin.url)}` : null;
}

type OpenState = { kind: 'opening' } | { kind: 'ready' } | { kind: 'error'; message: string; lines?: string[] };

/** The editor page for a started editor. */
export function EditorPage({ app }: { app: EditorApp }) {
  const [place, setPlace] = useState<Place>({ panel: 'events', index: null });
  const [focusRequest, setFocusRequest] = useState<{ path: Path } | null>(null);
  const go = useCallback((next: Place, focus?: Path) => {
    setPlace(next);
    setFocusRequest(focus ? { path: focus } : null);
  }, []);
  useLayoutEffect(() => {
    if (focusRequest) focusPath(focusRequest.path);
  }, [focusRequest]);
  const value = useMemo(() => ({ app, go, place }), [app, go, place]);
  return (
    <EditorContext.Provider value={value}>
      <Editor />
    </EditorContext.Provider>
  );
}

function Editor() {
  const { app, go, place } = useEditor();
  const { session, preview } = app;
  const { t } = useText();
  const store = useStore();
  const problems = useProblems();
  const origin = useSession((s) => s.open?.origin ?? null);
  const save = useSession((s) => s.save);
  const [openState, setOpenState] = useState<OpenState>({ kind: 'opening' });
  const [dialog, setDialog] = useState<'open' | 'saveAs' | 'article' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [importReport, setImportReport] = useState<{ title: string; lines: string[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const started = useRef(false);

  /** Opens what an opener read, or says why it could not. */
  const openStore = useCallback(async (opened: Opened, what: string) => {
    setNotice(null);
    if (!opened.ok) {
      setImportReport({ title: t('editor.openFailed', { what, reason: opened.message }), lines: opened.lines ?? [] });
      setOpenState((s) => (s.kind === 'ready' ? s : { kind: 'error', message: t('editor.openFailed', { what, reason: opened.message }), lines: opened.lines }));
      return;
    }
    await session.open(opened.store, opened.origin);
    setImportReport(opened.report ? { title: t('open.imported', { file: what }), lines: opened.report } : null);
    setOpenState({ kind: 'ready' });
    const wanted = app.config.event;
    const index = wanted ? listOf(opened.store, 'events').findIndex((e) => e.id === wanted) : -1;
    // A draft opens at its review, unless an event was asked for.
    const candidates = candidatesOf(opened.store);
    if (index < 0 && candidates.length) go({ panel: 'review', index: nextToReview(candidates, 0) });
    else go({ panel: 'events', index: index >= 0 ? index : null });
  }, [app, go, session, t]);

  // What to open first: ?data=, else the save server's dataset, else the default dataset.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const { config, api, datasets } = app;
    const name = config.dataset ?? (datasets.includes('events') ? 'events' : datasets[0]);
    if (config.data) void openFromUrl(config.data, location.href).then((o) => openStore(o, config.data!));
    else if (api && name) void openFromServer(api, name).then((o) => openStore(o, `data/${name}.json`));
    else if (api) setDialog('open');
    else void openFromUrl(DEFAULT_DATA_URL, location.href).then((o) => openStore(o, DEFAULT_DATA_URL));
  }, [app, openStore]);

  // A click on a mark in the preview opens its event in the form (the Stories panel takes its
  // steps' events from the preview itself, and a story playing there selects events too).
  const panelShown = useRef(place.panel);
  panelShown.current = place.panel;
  useEffect(() => preview.store.subscribe((state, previous) => {
    const id = state.selectedId;
    if (!id || id === previous.selectedId || panelShown.current === 'stories') return;
    const index = listOf(session.get().history.present, 'events').findIndex((e) => e.id === id);
    if (index >= 0) go({ panel: 'events', index });
  }), [preview, session, go]);
  // …and the event chosen in the form is the one marked in the preview.
  const chosenId = place.panel === 'events' && place.index !== null ? textOf(listOf(store, 'events')[place.index]?.id) : null;
  useEffect(() => {
    if (chosenId && preview.store.get().selectedId !== chosenId) preview.actions.select(chosenId, { animate: false });
  }, [chosenId, preview]);

  const saveNow = useCallback(async () => {
    setNotice(null);
    const status = await session.save();
    if (status.kind === 'needs-name') setDialog('saveAs');
  }, [session]);

  // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo over the whole visit, in fields too;
  // Ctrl+S saves.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) session.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') session.redo();
      else if (key === 's' && !e.shiftKey) void saveNow();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, saveNow]);

  // A file dropped anywhere on the page opens.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => e.relatedTarget === null && setDragging(false);
    const drop = async (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      setDragging(false);
      if (!file) return;
      e.preventDefault();
      setDialog(null);
      void openStore(await openFromText(await file.text(), file.name), file.name);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openStore]);

  const openDraft = async (draft: DraftRecord) => {
    await session.openDraft(draft);
    setOpenState({ kind: 'ready' });
    go({ panel: 'events', index: null });
  };

  const what = origin ? describeOrigin(origin, t) : '';
  const panels = PANELS.filter((p) => !p.shown || p.shown(store));
  const current = panels.find((p) => p.id === place.panel) ?? panels[0];
  const countFor = (id: string) => problems.all.filter((p) => panelIdOf(p.path) === id).length;
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: panels.length - 1 - i }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    // Arrow keys follow the reading direction: in right-to-left languages → goes back.
    const rtl = document.documentElement.dir === 'rtl' && (e.key === 'ArrowRight' || e.key === 'ArrowLeft');
    const next = panels[(i + (rtl ? -step : step) + panels.length) % panels.length];
    go({ panel: next.id, index: null }, [`tab-${next.id}`]);
  };

  return (
    <div className={`editor${dragging ? ' dragging' : ''}`} data-status={openState.kind === 'opening' ? 'loading' : openState.kind === 'error' ? 'error' : 'ready'}>
      <header className="editor-header">
        <div className="titles">
          <h1 dir="auto">{t('editor.name')}{origin && <span className="editing">: {textOf(store.title) || what}</span>}</h1>
          {origin && (
            <p className="muted origin">
              {t('editor.editing', { what })}
              {readerLink(origin) && <> · <a href={readerLink(origin)!}>{t('editor.viewPage')}</a></>}
            </p>
          )}
        </div>
        <EditorSettings />
      </header>
      <Toolbar onOpen={() => setDialog('open')} onFromArticle={() => setDialog('article')} onSave={saveNow} notice={notice} setNotice={setNotice} />
      {importReport && (
        <section className="import-report" aria-label={importReport.title}>
          <p>{importReport.title}</p>
          {importReport.lines.length > 0 && <ul>{importReport.lines.map((line, i) => <li key={i} lang="en">{line}</li>)}</ul>}
          <button type="button" onClick={() => setImportReport(null)}>{t('save.dismiss')}</button>
        </section>
      )}
      <DraftOffer what={what} />
      {!origin && (
        <main>
          {openState.kind === 'opening' && <p className="loading">{t('editor.opening')}</p>}
          {openState.kind === 'error' && (
            <div className="error-panel" role="alert">
              <p>{openState.message}</p>
              {openState.lines && <ul>{openState.lines.map((l, i) => <li key={i} lang="en">{l}</li>)}</ul>}
            </div>
          )}
        </main>
      )}
      {origin && (
        <main className="editor-main">
          <section className="editor-form" aria-label={t('panels.label')}>
            <div role="tablist" aria-label={t('panels.label')} className="tabs">
              {panels.map((p, i) => {
                const count = countFor(p.id);
                return (
                  <button
                    key={p.id}
                    type="button"
                    role="tab"
                    id={`tab-${p.id}`}
                    data-path={`tab-${p.id}`}
                    aria-selected={p.id === current.id}
                    aria-controls="editor-tabpanel"
                    tabIndex={p.id === current.id ? 0 : -1}
                    onClick={() => go({ panel: p.id, index: null })}
                    onKeyDown={(e) => onTabKey(e, i)}
                  >
                    {t(p.label)}
                    {count > 0 && (
                      <>
                        <span className="tab-count" aria-hidden="true">{count}</span>
                        <span className="visually-hidden"> · {t('panel.problems', { count })}</span>
                      </>
                    )}
                  </button>
                );
              })}
            </div>
            <div role="tabpanel" id="editor-tabpanel" aria-labelledby={`tab-${current.id}`} className="tabpanel">
              <current.Panel />
            </div>
          </section>
          <aside className="editor-side">
            {current.Side && <current.Side />}
            <Preview />
            <ProblemSummary />
          </aside>
        </main>
      )}
      {dialog === 'open' && <OpenDialog onOpened={openStore} onDraft={openDraft} onClose={() => setDialog(null)} />}
      {dialog === 'article' && (
        <ArticleDialog
          onClose={() => setDialog(null)}
          onAdded={(count, title) => {
            const index = nextToReview(candidatesOf(session.get().history.present), 0);
            setNotice(t('article.found', { count, title }));
            go({ panel: 'review', index }, ['review', index]);
          }}
        />
      )}
      {dialog === 'saveAs' && save.kind === 'needs-name' && (
        <SaveAsDialog suggested={save.suggested} onSave={(name) => void session.save(name)} onClose={() => setDialog(null)} />
      )}
      {save.kind === 'conflict' && <ConflictDialog conflict={save} onClose={() => session.get().save.kind === 'conflict' && session.dismissSave()} />}
      {dragging && <div className="drop-overlay" aria-hidden="true">{t('editor.dropHere')}</div>}
    </div>
  );
}
