// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createStore, INITIAL_STATE, type AppState } from './store';

describe('createStore', () => {
  it('starts from the initial state, with any overrides', () => {
    expect(createStore().get()).toEqual(INITIAL_STATE);
    expect(createStore({ laneMode: 'actor' }).get()).toEqual({ ...INITIAL_STATE, laneMode: 'actor' });
  });

  it('tells listeners the new and the previous state', () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set({ selectedId: 'arms-deal-2012' });
    expect(listener).toHaveBeenCalledTimes(1);
    const [state, previous] = listener.mock.calls[0] as [AppState, AppState];
    expect(state.selectedId).toBe('arms-deal-2012');
    expect(previous).toBe(before);
    expect(previous.selectedId).toBeNull();
    expect(store.get()).toBe(state);
  });

  it('replaces the state rather than mutating it', () => {
    const store = createStore();
    const before = store.get();
    store.set({ laneMode: 'actor' });
    expect(before.laneMode).toBe('category');
    expect(store.get()).not.toBe(before);
  });

  it('accepts a function of the current state', () => {
    const store = createStore({ selectedId: 'a' });
    store.set((s) => ({ selectedId: `${s.selectedId}-b` }));
    expect(store.get().selectedId).toBe('a-b');
  });

  it.each<[string, Partial<AppState>]>([
    ['an empty patch', {}],
    ['the same values', { selectedId: null, laneMode: 'category' }],
    ['the same filters object', { filters: INITIAL_STATE.filters }],
  ])('does not notify for %s', (_what, patch) => {
    const store = createStore();
    const before = store.get();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(patch);
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toBe(before);
  });

  it('stops notifying after unsubscribe', () => {
    const store = createStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.set({ selectedId: 'x' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('still tells, this once, a listener that an earlier listener removed mid-notification', () => {
    const store = createStore();
    const second = vi.fn();
    let offSecond: () => void = () => {};
    store.subscribe(() => offSecond());
    offSecond = () => void unsubscribeSecond();
    const unsubscribeSecond = store.subscribe(second);
    store.set({ selectedId: 'x' });
    expect(second).toHaveBeenCalledTimes(1);
    store.set({ selectedId: 'y' });
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('tells listeners once after a batch, with the state from before it', () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.batch(() => {
      store.set({ selectedId: 'a' });
      expect(store.get().selectedId).toBe('a'); // readers inside the batch see each change
      store.batch(() => store.set({ laneMode: 'actor' }));
      expect(listener).not.toHaveBeenCalled(); // not even after the inner batch
    });
    expect(listener).toHaveBeenCalledTimes(1);
    const [state, previous] = listener.mock.calls[0] as [AppState, AppState];
    expect(previous).toBe(before);
    expect([state.selectedId, state.laneMode]).toEqual(['a', 'actor']);
  });

  it('tells no one after a batch that changed nothing, and tells despite a throw', () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.batch(() => store.set({ selectedId: null }));
    expect(listener).not.toHaveBeenCalled();
    expect(() => store.batch(() => {
      store.set({ selectedId: 'x' });
      throw new Error('midway');
    })).toThrow('midway');
    expect(listener).toHaveBeenCalledTimes(1);
    store.set({ selectedId: 'y' });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
