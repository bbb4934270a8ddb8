/**
 * The editor's context around a real editing session (drafts in memory, no save server) and a
 * real preview store, for component tests of the editor's fields. Imported by tests only.
 */
import type { ReactNode } from 'react';
import { createStore } from '../../../src/state/store';
import { createViewController } from '../../../src/render/viewController';
import { createActions } from '../../../src/state/actions';
import { createEditorSession, type EditorSession } from '../../../src/editor/session';
import { createMemoryDraftStorage } from '../../../src/editor/drafts';
import type { EditableStore } from '../../../src/editor/document';
import type { EditorApp } from '../../../src/editor/startEditor';
import { EditorContext } from '../../../src/editor/ui/context';

/** A started editor with `store` open, and the wrapper that provides it. */
export async function editorWith(store: EditableStore): Promise<{ app: EditorApp; session: EditorSession; Wrapper: (props: { children: ReactNode }) => ReactNode }> {
  const preview = createStore();
  const view = createViewController(preview);
  const actions = createActions(preview, view);
  const drafts = createMemoryDraftStorage();
  const session = createEditorSession({ storage: drafts, api: null });
  await session.open(store, { kind: 'file', fileName: 'test.json' });
  const app: EditorApp = {
    session,
    preview: { store: preview, view, actions },
    api: null,
    datasets: [],
    drafts,
    lastingDrafts: false,
    config: { data: null, dataset: null, event: null, lang: 'en', theme: 'light' },
    setLang: async (lang) => actions.setLang(lang),
  };
  const value = { app, go: () => {}, place: { panel: 'events', index: 0 } };
  const Wrapper = ({ children }: { children: ReactNode }) => <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
  return { app, session, Wrapper };
}
