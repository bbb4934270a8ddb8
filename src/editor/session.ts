/**
 * The editing session, without React or the DOM: the store being edited and its undo history,
 * where it came from, its problems (the same validator as `npm run validate`), the draft kept
 * in the browser, and saving through the save server with every answer handled. The editor's
 * components read this and call its methods; tests drive it with a memory draft storage and a
 * save API over a fake fetch.
 */
import { validateDataset } from '../data/validate';
import type { Problem } from '../data/problems';
import type { SaveApi, SaveResult } from './saveApi';
import type { DiskVersion } from './saveProtocol';
import { readStore, sameJson, type EditableStore } from './document';
import { canRedo, canUndo, record, redo, seal, startHistory, undo, type History } from './history';
import { createDraftKeeper, draftKey, type DraftKeeper, type DraftRecord, type DraftStorage, type Origin } from './drafts';
import { compareVersions, mergeVersions, type Difference, type Side } from './versions';
import { finishReview, unreviewedCount } from './review';

/** Where saving stands. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number; name: string; created: boolean }
  /** Not sent: the store has problems (an invalid store is never written to disk). */
  | { kind: 'blocked'; problems: number }
  /** Not sent: a draft's candidates are not all reviewed (nothing enters a store unreviewed). */
  | { kind: 'unreviewed'; count: number }
  /** No save server: Download is the way out. */
  | { kind: 'unavailable' }
  /** The store is not a dataset of the server yet: it needs a name. */
  | { kind: 'needs-name'; suggested: string }
  /** The file changed on disk since it was opened (or the name is taken): both versions, and what differs. */
  | { kind: 'conflict'; name: string; current: DiskVersion | null; theirs: EditableStore | null; differences: Difference[] }
  /** The server found problems (422); nothing was written. */
  | { kind: 'rejected'; problems: Problem[] }
  | { kind: 'failed'; message: string };

/** What is open. */
export interface OpenStore {
  /** The draft key. */
  key: string;
  /** Where it came from. */
  origin: Origin;
  /** The store as opened or last saved. */
  base: EditableStore | null;
}

/** The session's state. */
export interface SessionState {
  /** The open store, or null before one is opened. */
  open: OpenStore | null;
  /** The store's undo history (present: the store now). */
  history: History<EditableStore>;
  /** The validator's problems with the store now. */
  problems: Problem[];
  /** Where saving stands. */
  save: SaveStatus;
  /** Whether drafts are being kept: 'unavailable' without storage, 'failing' after a write failed. */
  drafts: 'kept' | 'failing' | 'unavailable';
  /** A draft of the open store kept earlier, different from what was opened: offered on return (set aside under a key of its own until answered). */
  offer: DraftRecord | null;
  /** Counts the stores opened in this visit (a new one is shown whole, an edit keeps the view). */
  opened: number;
}

/** What the session needs. */
export interface SessionDeps {
  /** Draft storage; null when the browser has none. */
  storage: DraftStorage | null;
  /** The save server's client, or null when the page is not served by `npm run edit`. */
  api: SaveApi | null;
  /** The clock (tests pin it). */
  now?: () => number;
}

/** The editing session. */
export interface EditorSession {
  /** The state now. */
  get(): SessionState;
  /** Hears of every change; returns the removal. */
  subscribe(listener: () => void): () => void;
  /** Opens a store; a draft kept for it earlier is offered. */
  open(store: EditableStore, origin: Origin): Promise<void>;
  /** Applies an edit; edits of one open group are one undo step. */
  edit(change: (store: EditableStore) => EditableStore, group?: string | null): void;
  /** Ends the open group (a field lost focus). */
  seal(): void;
  /** One step back. */
  undo(): void;
  /** One step forward again. */
  redo(): void;
  /** Opens a kept draft (from the list of drafts): what it was based on, then the draft as one undo step. */
  openDraft(draft: DraftRecord): Promise<void>;
  /** Takes the offered draft (one undo step: undo goes back to what was opened). */
  restoreDraft(): void;
  /** Forgets the offered draft. */
  discardDraft(): void;
  /**
   * Saves to the save server; `name` names a new dataset when the store is not one yet. A
   * draft is saved only once every candidate is decided, and then without its `draft` object
   * (that change is an undo step of its own, so what is on disk is what the editor holds).
   */
  save(name?: string): Promise<SaveStatus>;
  /** Saves the store made of the person's choice per difference, over the version on disk. */
  resolveConflict(choices: Readonly<Record<string, Side>>): Promise<SaveStatus>;
  /** Closes a save message or the conflict without saving. */
  dismissSave(): void;
  /** Resolves when the drafts asked for so far are written. */
  draftsWritten(): Promise<void>;
}

const EMPTY: EditableStore = {};

/** Creates a session. */
export function createEditorSession({ storage, api, now = Date.now }: SessionDeps): EditorSession {
  const listeners = new Set<() => void>();
  let state: SessionState = {
    open: null,
    history: startHistory(EMPTY),
    problems: [],
    save: { kind: api ? 'idle' : 'unavailable' },
    drafts: storage ? 'kept' : 'unavailable',
    offer: null,
    opened: 0,
  };
  const keeper: DraftKeeper | null = storage ? createDraftKeeper(storage, () => set({ drafts: 'failing' })) : null;

  function set(patch: Partial<SessionState>) {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  }

  /** Puts a new present in place: problems, and the draft kept or (back to what is on disk) forgotten. */
  function present(history: History<EditableStore>, patch: Partial<SessionState> = {}) {
    const changed = history.present !== state.history.present;
    const problems = changed ? problemsOf(history.present) : state.problems;
    const save = changed && state.save.kind !== 'saving' && state.save.kind !== 'unavailable' ? { kind: 'idle' as const } : state.save;
    set({ save, ...patch, history, problems });
    if (changed) keepDraft();
  }

  function keepDraft() {
    const open = state.open;
    if (!keeper || !open) return;
    const store = state.history.present;
    if (open.base && store === open.base) keeper.discard(open.key);
    else keeper.keep({ key: open.key, origin: open.origin, store, base: open.base, updated: now() });
  }

  /** Starts editing a store with a fresh history; returns its draft key. */
  function begin(store: EditableStore, origin: Origin): string {
    const key = draftKey(origin);
    set({
      open: { key, origin, base: store },
      history: startHistory(store),
      problems: problemsOf(store),
      offer: null,
      save: { kind: api ? 'idle' : 'unavailable' },
      opened: state.opened + 1,
    });
    return key;
  }

  /**
   * Moves a kept draft to a key of its own ("server:events@<time>"), so that edits made before
   * the person answers the offer are kept beside it and never overwrite it.
   */
  function setAside(kept: DraftRecord): DraftRecord {
    const aside = { ...kept, key: `${draftKey(kept.origin)}@${kept.updated}` };
    keeper?.keep(aside);
    keeper?.discard(kept.key);
    return aside;
  }

  /** The open store is now this dataset of the server, as written. */
  function saved(name: string, etag: string, store: EditableStore, created: boolean): SaveStatus {
    const open = state.open!;
    const origin: Origin = { kind: 'server', name, etag };
    const key = draftKey(origin);
    keeper?.discard(open.key);
    keeper?.discard(key);
    const status: SaveStatus = { kind: 'saved', at: now(), name, created };
    // Edits made while the save was in flight stay a draft of the new version.
    set({ open: { key, origin, base: store }, save: status });
    if (state.history.present !== store) keepDraft();
    return status;
  }

  async function answer(result: SaveResult, name: string, store: EditableStore): Promise<SaveStatus> {
    let status: SaveStatus;
    switch (result.kind) {
      case 'saved':
        return saved(name, result.etag, store, result.created);
      case 'conflict': {
        const read = result.current?.store === null || result.current === null ? null : readStore(result.current.store);
        const theirs = read?.ok ? read.store : null;
        const differences = theirs ? compareVersions(state.open?.base ?? null, theirs, state.history.present) : [];
        status = { kind: 'conflict', name, current: result.current, theirs, differences };
        break;
      }
      case 'invalid':
        status = { kind: 'rejected', problems: result.problems };
        break;
      default:
        status = { kind: 'failed', message: result.message };
    }
    set({ save: status });
    return status;
  }

  const session: EditorSession = {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async open(store, origin) {
      const key = begin(store, origin);
      if (!storage) return;
      const kept = (await storage.list().catch(() => [])).find((r) => r.key === key);
      if (state.open?.key !== key || !kept) return;
      if (sameJson(kept.store, store)) keeper?.discard(key);
      else set({ offer: setAside(kept) });
    },
    async openDraft(draft) {
      const key = draftKey(draft.origin);
      if (draft.key !== key && storage) {
        // Another draft of the same store, kept under its plain key, is set aside rather than overwritten.
        const current = (await storage.list().catch(() => [])).find((r) => r.key === key);
        if (current) setAside(current);
      }
      begin(draft.base ?? draft.store, draft.origin);
      set({ offer: draft });
      session.restoreDraft();
    },
    edit(change, group = null) {
      if (!state.open) return;
      present(record(state.history, change(state.history.present), group));
    },
    seal: () => void (state = { ...state, history: seal(state.history) }),
    undo: () => canUndo(state.history) && present(undo(state.history)),
    redo: () => canRedo(state.history) && present(redo(state.history)),
    restoreDraft() {
      const offer = state.offer;
      const open = state.open;
      if (!offer || !open) return;
      // The draft's origin carries the version it was based on, so a save over a file that
      // changed since then meets a conflict instead of overwriting it.
      set({ open: { key: open.key, origin: offer.origin, base: offer.base ?? open.base }, offer: null });
      if (offer.key !== open.key) keeper?.discard(offer.key);
      present(record(seal(state.history), offer.store));
    },
    discardDraft() {
      if (state.offer) keeper?.discard(state.offer.key);
      set({ offer: null });
    },
    async save(name) {
      const open = state.open;
      if (!open || state.save.kind === 'saving') return state.save;
      if (state.problems.length) return setSave({ kind: 'blocked', problems: state.problems.length });
      const unreviewed = unreviewedCount(state.history.present);
      if (unreviewed) return setSave({ kind: 'unreviewed', count: unreviewed });
      if (!api) return setSave({ kind: 'unavailable' });
      const target = open.origin.kind === 'server' ? open.origin.name : name;
      if (target === undefined) return setSave({ kind: 'needs-name', suggested: suggestedName(state.history.present, open.origin) });
      const finished = finishReview(state.history.present);
      if (finished !== state.history.present) present(record(seal(state.history), finished));
      const store = state.history.present;
      set({ save: { kind: 'saving' } });
      const result = open.origin.kind === 'server' ? await api.save(target, store, open.origin.etag) : await api.create(target, store);
      return answer(result, target, store);
    },
    async resolveConflict(choices) {
      const conflict = state.save;
      if (conflict.kind !== 'conflict' || !state.open || !api) return state.save;
      const mine = state.history.present;
      const merged = conflict.theirs ? mergeVersions(conflict.theirs, mine, conflict.differences, choices) : mine;
      const origin: Origin = conflict.current ? { kind: 'server', name: conflict.name, etag: conflict.current.etag } : { kind: 'new', created: now() };
      // From here the version on disk is the one this store builds on.
      set({ open: { key: state.open.key, origin, base: conflict.theirs } });
      present(record(seal(state.history), merged));
      return session.save(conflict.name);
    },
    dismissSave: () => set({ save: { kind: api ? 'idle' : 'unavailable' } }),
    draftsWritten: () => keeper?.idle() ?? Promise.resolve(),
  };

  function setSave(save: SaveStatus): SaveStatus {
    set({ save });
    return save;
  }
  return session;
}

function problemsOf(store: EditableStore): Problem[] {
  const result = validateDataset(store);
  return result.ok ? [] : result.problems;
}

/** A dataset name for a store that is not one yet: its file's name, else its id, else "timeline". */
export function suggestedName(store: EditableStore, origin: Origin): string {
  const fromFile = origin.kind === 'file' ? origin.fileName.replace(/\.[^.]*$/, '') : '';
  for (const candidate of [fromFile, typeof store.id === 'string' ? store.id : '']) {
    const name = candidate.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
    if (name) return name;
  }
  return 'timeline';
}
