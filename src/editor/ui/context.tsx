/**
 * What every part of the editor's form needs from above: the started editor (session, preview,
 * save API), the interface language, the store now with its problems by path, and the way to
 * change the store and to move focus to a field. Panels read and edit through this, so a new
 * panel is one component and one entry in panels.tsx.
 */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { EditorApp } from '../startEditor';
import type { SessionState } from '../session';
import { setIn, type EditableStore, type Path } from '../document';
import { indexProblems, type ProblemIndex } from '../problemIndex';
import { selectLocale, type LocaleContext } from '../../state/selectors';
import { editorTranslator, type EditorTranslate } from '../i18n/editorLocale';
import { listOf, textOf } from '../document';
import { followHandEdits } from '../handEdits';

/** Where the form is: which panel, and which item of a list panel. */
export interface Place {
  /** The panel's id. */
  panel: string;
  /** The selected item of a list panel (an event, a source), if any. */
  index: number | null;
}

/** What the editor's components are given. */
export interface EditorContextValue {
  /** The started editor. */
  app: EditorApp;
  /** Shows a panel (and an item of it) and, after the next render, focuses the field at `focus`. */
  go(place: Place, focus?: Path): void;
  /** The panel shown and its selected item. */
  place: Place;
}

/** The editor. */
export const EditorContext = createContext<EditorContextValue | null>(null);

/** The editor context (throws outside its provider: a programming error). */
export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside EditorContext');
  return value;
}

/** A slice of the session's state; re-renders when it changes (Object.is). */
export function useSession<T>(select: (state: SessionState) => T): T {
  const { session } = useEditor().app;
  return useSyncExternalStore(session.subscribe, () => select(session.get()));
}

/** The interface language, with the editor's translator. */
export function useText(): LocaleContext & { t: EditorTranslate } {
  const { store } = useEditor().app.preview;
  const state = useSyncExternalStore(store.subscribe, () => store.get().locale);
  return useMemo(() => {
    const locale = selectLocale(store.get());
    return { ...locale, t: editorTranslator(locale.lang, state.catalog) };
  }, [state, store]);
}

/** The store now. */
export function useStore(): EditableStore {
  return useSession((s) => s.history.present);
}

const indexes = new WeakMap<readonly unknown[], ProblemIndex>();

/** The store's problems by path (indexed once per validation). */
export function useProblems(): ProblemIndex {
  const problems = useSession((s) => s.problems);
  let index = indexes.get(problems);
  if (!index) indexes.set(problems, (index = indexProblems(problems)));
  return index;
}

/** Ids of the events in the version on disk (those ids stay put: links may point at them). */
export function useSavedEventIds(): ReadonlySet<string> {
  const base = useSession((s) => s.open?.base ?? null);
  return useMemo(() => new Set(base ? listOf(base, 'events').map((e) => textOf(e.id)) : []), [base]);
}

/**
 * Edits made in the form: a value at a path, or any change; the group makes keystrokes in one
 * field one undo step. A change to a draft's candidate made here reviews it (handEdits.ts).
 */
export function useEdit() {
  const { session } = useEditor().app;
  return useMemo(
    () => ({
      set: (path: Path, value: unknown, group: string | null = null) => session.edit((s) => followHandEdits(s, setIn(s, path, value)), group),
      apply: (change: (store: EditableStore) => EditableStore, group: string | null = null) => session.edit((s) => followHandEdits(s, change(s)), group),
      seal: () => session.seal(),
    }),
    [session],
  );
}
