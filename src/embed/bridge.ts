/**
 * Connects an embedded timeline to its host page. Tells the host when it is loading, ready
 * (drawn) or failed, its preferred height, the reader's selections and, once ready, every move
 * of a story; carries out goto (an event, or a story's step), setFilters and setView through
 * the same actions as any other input, and answers with an error message whatever it cannot do
 * (an unknown id or story, a window outside the data, a malformed message).
 *
 * A host that floods the frame cannot freeze it: messages are queued and handled once per
 * animation frame, the latest of each kind winning (filters merge), so the work per frame is
 * bounded whatever arrives. Only the parent window is heard. Works in an opaque-origin sandbox:
 * it uses no storage, and posts with targetOrigin '*' because nothing it sends is private and a
 * sandboxed frame cannot know its parent's origin.
 */
import type { Store } from '../state/store';
import type { Actions } from '../state/actions';
import { selectFilteredEvents, selectStories, selectStory, selectTimeline } from '../state/selectors';
import { findStory, isStepOf } from '../model/stories';
import type { AppState } from '../state/store';
import { windowOf } from '../model/windowText';
import { isNamespaced, parseInbound, type InboundMessage, type OutboundMessage } from './protocol';

/** What the bridge needs from the page. */
export interface BridgeDeps {
  /** The store. */
  store: Store;
  /** The actions. */
  actions: Actions;
  /** The height the frame would like now, in CSS px (the page works it out from its layout and data). */
  preferredHeight: () => number;
  /** The full page's link for the current view. */
  fullPageUrl: () => string;
  /** Whether the chart has drawn its marks (ready means drawn, not just loaded). */
  drawn: () => boolean;
  /** The window object (a test may pass another). */
  win?: Window;
}

type Pending = { invalid?: boolean; goto?: InboundMessage & { type: 'bilateral-timeline:goto' }; view?: InboundMessage & { type: 'bilateral-timeline:setView' }; filters?: InboundMessage & { type: 'bilateral-timeline:setFilters' } };

/** Starts the bridge; returns a stop function. */
export function startBridge({ store, actions, preferredHeight, fullPageUrl, drawn, win = window }: BridgeDeps): () => void {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const post = (message: OutboundMessage) => parent.postMessage(message, '*');
  const error = (reason: Extract<OutboundMessage, { type: 'bilateral-timeline:error' }>['reason'], message: string, ids?: string[]) =>
    post({ type: 'bilateral-timeline:error', reason, message, ...(ids ? { ids } : {}) });

  post({ type: 'bilateral-timeline:loading' });
  let lastHeight = 0;
  let measureFrame = 0;
  const measure = () => {
    measureFrame = 0;
    const height = Math.ceil(preferredHeight());
    if (height > 0 && Math.abs(height - lastHeight) >= 1) {
      lastHeight = height;
      post({ type: 'bilateral-timeline:height', height });
    }
  };
  const remeasure = () => void (measureFrame ||= win.requestAnimationFrame(measure));
  const resize = new ResizeObserver(remeasure);
  resize.observe(win.document.documentElement);

  let announced = false;
  const postStep = (state: AppState) =>
    post({ type: 'bilateral-timeline:step', story: state.story?.id ?? null, step: state.story?.step ?? 0, of: selectStory(state)?.steps.length ?? 0 });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) post({ type: 'bilateral-timeline:select', id: state.selectedId, url: fullPageUrl() });
    if (announced && (state.story?.id !== previous.story?.id || state.story?.step !== previous.story?.step)) postStep(state);
    if (state.load.status === 'error' && previous.load.status !== 'error') error('load-failed', `the data could not be loaded: ${state.load.failure}`);
    if (state.filters !== previous.filters || state.selectedId !== previous.selectedId || state.load !== previous.load) remeasure();
  });
  // Ready once the marks are on the page (or the data has none to show).
  const readyTimer = win.setInterval(() => {
    const state = store.get();
    if (state.load.status === 'error') return win.clearInterval(readyTimer);
    if (state.load.status === 'ready' && drawn() && !announced) {
      announced = true;
      win.clearInterval(readyTimer);
      post({ type: 'bilateral-timeline:ready', events: selectFilteredEvents(state).length });
      // A frame opened on a story says where it stands once the host knows it is ready.
      if (state.story) postStep(state);
      remeasure();
    }
  }, 50);

  let pending: Pending = {};
  let frame = 0;
  const flush = () => {
    frame = 0;
    const { invalid, goto, view, filters } = pending;
    pending = {};
    if (invalid) error('invalid-message', 'a message did not follow the protocol (see the README)');
    if (!goto && !view && !filters) return;
    const timeline = selectTimeline(store.get());
    if (!timeline) return error('not-ready', 'the timeline is not loaded yet; send the message after bilateral-timeline:ready');
    if (filters) applyFilters(filters);
    if (view) applyView(view);
    if (goto && 'story' in goto) gotoStory(goto.story, goto.step);
    else if (goto) {
      if (!timeline.byId.has(goto.id)) error('unknown-event', `there is no event "${goto.id}" in this timeline`, [goto.id]);
      else actions.select(goto.id);
    }
  };

  function gotoStory(id: string, step: number) {
    const story = findStory(selectStories(store.get()), id);
    if (!story) return error('unknown-story', `there is no story "${id}" in this timeline`, [id]);
    if (!isStepOf(story, step)) return error('unknown-story', `story "${id}" has ${story.steps.length} steps; there is no step ${step} (0 is its title card)`, [id]);
    actions.openStory(id, step);
  }

  function applyFilters(message: InboundMessage & { type: 'bilateral-timeline:setFilters' }) {
    const timeline = selectTimeline(store.get())!;
    const unknown: string[] = [];
    // Absent: keep the filter. null: clear it. A list: the ids this data knows (the others are reported).
    const pick = (ids: string[] | null | undefined, valid: ReadonlySet<string>, current: ReadonlySet<string> | null) => {
      if (ids === undefined) return current;
      if (ids === null) return null;
      for (const id of ids) if (!valid.has(id)) unknown.push(id);
      return new Set(ids.filter((id) => valid.has(id)));
    };
    const f = store.get().filters;
    actions.setFilters({
      categories: pick(message.categories, new Set(timeline.categories.map((c) => c.id)), f.categories),
      actors: pick(message.actors, new Set(timeline.actors.map((a) => a.id)), f.actors),
      certainties: message.certainty === undefined ? f.certainties : message.certainty === null ? null : new Set(message.certainty),
      query: message.q === undefined ? f.query : (message.q ?? ''),
    });
    if (unknown.length) error('unknown-id', `this timeline has no category or actor ${unknown.map((id) => `"${id}"`).join(', ')}`, unknown);
  }

  function applyView(message: InboundMessage & { type: 'bilateral-timeline:setView' }) {
    // The host's script asked: jump there, as a deep link does.
    if ('fit' in message) return void actions.setView({ kind: 'fit' }, { animate: false });
    const window = windowOf(message.from, message.to);
    const outcome = window ? actions.setView({ kind: 'window', t0: window[0], t1: window[1] }, { animate: false }) : { shown: false };
    if (!outcome.shown) error('outside-data', `the window ${message.from} – ${message.to} shows none of this timeline`);
  }

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const message = parseInbound(event.data);
    if (!message) {
      // Other scripts on the host may post their own messages: only ours get an answer (one per frame).
      if (!isNamespaced(event.data)) return;
      pending.invalid = true;
    } else if (message.type === 'bilateral-timeline:goto') pending.goto = message;
    else if (message.type === 'bilateral-timeline:setView') pending.view = message;
    else pending.filters = pending.filters ? { ...pending.filters, ...stripUndefined(message) } : message;
    frame ||= win.requestAnimationFrame(flush);
  };
  win.addEventListener('message', onMessage);

  return () => {
    resize.disconnect();
    unsubscribe();
    win.clearInterval(readyTimer);
    win.cancelAnimationFrame(frame);
    win.cancelAnimationFrame(measureFrame);
    win.removeEventListener('message', onMessage);
  };
}

function stripUndefined<T extends object>(message: T): Partial<T> {
  return Object.fromEntries(Object.entries(message).filter(([, v]) => v !== undefined)) as Partial<T>;
}
