/**
 * Connects an embedded timeline to its host page: posts ready, height and select messages, and
 * applies goto, setFilters and setView. Works in an opaque-origin sandbox: it uses no storage,
 * and posts with targetOrigin '*' because nothing it sends is private and a sandboxed frame
 * cannot know its parent's origin.
 */
import type { Store } from '../state/store';
import { selectFilteredEvents } from '../state/selectors';
import { windowOf } from '../state/urlConfig';
import { parseInbound, type OutboundMessage } from './protocol';

/** Starts the bridge; `fullPageUrl` gives the main page's link for the current view. Returns a stop function. */
export function startBridge(store: Store, root: HTMLElement, fullPageUrl: () => string, win: Window = window): () => void {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const post = (message: OutboundMessage) => parent.postMessage(message, '*');

  let lastHeight = 0;
  const measure = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height > 0 && Math.abs(height - lastHeight) >= 1) {
      lastHeight = height;
      post({ type: 'bilateral-timeline:height', height });
    }
  };
  const resize = new ResizeObserver(measure);
  resize.observe(root);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) post({ type: 'bilateral-timeline:select', id: state.selectedId, url: fullPageUrl() });
  });

  // "ready" means drawn, not just loaded: wait until the renderer has put marks on the page.
  const readyTimer = win.setInterval(() => {
    const state = store.get();
    if (state.load.status === 'error') return win.clearInterval(readyTimer);
    if (state.load.status === 'ready' && win.document.querySelector('g.tl-mark, .list-empty')) {
      win.clearInterval(readyTimer);
      post({ type: 'bilateral-timeline:ready', events: selectFilteredEvents(state).length });
    }
  }, 50);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const message = parseInbound(event.data);
    const state = store.get();
    if (!message || state.load.status !== 'ready') return;
    const timeline = state.load.timeline;
    if (message.type === 'bilateral-timeline:goto') {
      if (timeline.byId.has(message.id)) store.set({ selectedId: message.id });
    } else if (message.type === 'bilateral-timeline:setFilters') {
      // Absent: keep the current filter. null: clear it. A list: keep the ids this data knows.
      const pick = <T extends string>(ids: T[] | null | undefined, valid: string[], current: ReadonlySet<T> | null) =>
        ids === undefined ? current : ids === null ? null : new Set(ids.filter((id) => valid.includes(id)));
      const f = state.filters;
      store.set({
        filters: {
          categories: pick(message.categories, timeline.categories.map((c) => c.id), f.categories),
          actors: pick(message.actors, timeline.actors.map((a) => a.id), f.actors),
          certainties: message.certainty === undefined ? f.certainties : message.certainty === null ? null : new Set(message.certainty),
          query: message.q ?? f.query,
        },
      });
    } else if ('fit' in message) {
      store.requestView({ kind: 'fit' });
    } else {
      const window = windowOf(message.from, message.to);
      if (window) store.requestView({ kind: 'window', t0: window[0], t1: window[1] });
    }
  };
  win.addEventListener('message', onMessage);

  return () => {
    resize.disconnect();
    unsubscribe();
    win.clearInterval(readyTimer);
    win.removeEventListener('message', onMessage);
  };
}
