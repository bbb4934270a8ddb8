/**
 * The one owner of the visible window. It holds the zoom transform {k, x} over a base scale
 * that is never mutated, owns d3-zoom (which reads and writes the transform on the element it
 * is attached to, and on no other), clamps scale and translation after every change, and
 * publishes the window, and whether it has settled, to the store.
 *
 * Renderers come and go (a language, theme, direction or phone-layout change makes a new one);
 * the controller stays, so a new renderer attaches and draws the window the reader had. Every
 * way of moving the view (deep links, buttons, keys, double-click, badges, previous / next,
 * postMessage) goes through show(), which promises what it says: a window outside the data is
 * refused, a window narrower than the zoom limit centres on what it asked for, and an event is
 * shown with its own mark drawn (the renderer's probe says when it would be).
 */
import { select, zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ScaleTime, type Selection, type ZoomBehavior } from 'd3';
import type { Store } from '../state/store';
import { clampTransform, makeBaseScale, paddedDomain, transformForWindow, windowForTransform, zoomLimits, DAY_MS, type ZoomXY } from '../layout/timeScale';
import { revealWindow } from '../layout/revealWindow';

/** Somewhere the view can be asked to go. */
export type ViewTarget =
  | { kind: 'fit' }
  | { kind: 'window'; t0: number; t1: number }
  | { kind: 'zoomBy'; factor: number; around?: number }
  | { kind: 'event'; id: string; t0: number; t1: number }
  | { kind: 'span'; t0: number; t1: number };

/** What show() did: the window it shows (or will, once the chart has a width), or why it refused. */
export type ShowOutcome = { shown: true } | { shown: false; reason: 'outside' | 'noData' };

/** Whether an event's own mark is drawn inside the chart at a given zoomed scale. */
export type MarkProbe = (x: ScaleTime<number, number>, id: string) => boolean;

/** The view controller. */
export interface ViewController {
  /** Moves the view; animated unless told not to (or the reader prefers less motion). */
  show(target: ViewTarget, options?: { animate?: boolean }): ShowOutcome;
  /** The zoomed scale now, or null before there are data and a width. */
  scale(): ScaleTime<number, number> | null;
  /** The window now [t0, t1], or null before there are data and a width. */
  window(): [number, number] | null;
  /** The chart's width changed: the window is kept. */
  setWidth(width: number): void;
  /** New data: keep the window (clamped to the new data) or fit it. */
  setExtent(extent: [number, number], keep: 'keep' | 'fit'): void;
  /** Time runs right to left (or no longer does): the window is kept. */
  setRtl(rtl: boolean): void;
  /** The renderer's answer to "would this event's mark be drawn?", for revealing events. */
  setProbe(probe: MarkProbe | null): void;
  /** Binds d3-zoom to an element (the renderer's); returns the unbinding. */
  attach(element: Element, options: AttachOptions): () => void;
  /** Hears of every change of the transform (zoom frames included); returns the removal. */
  subscribe(listener: () => void): () => void;
}

/** How input on the attached element is let through. */
export interface AttachOptions {
  /** Whether a wheel event zooms (an embed lets a plain wheel scroll its host page). */
  wheelZooms: (event: WheelEvent) => boolean;
  /** Jump instead of animating. */
  reducedMotion: () => boolean;
}

const ANIMATION_MS = 350;

/** Creates the controller; it publishes the window to `store.view`. */
export function createViewController(store: Store): ViewController {
  let width = 0;
  let rtl = false;
  let extent: [number, number] | null = null;
  let base: ScaleTime<number, number> | null = null;
  let current: ZoomXY = { k: 1, x: 0 };
  let probe: MarkProbe | null = null;
  const pending: { target: ViewTarget; animate: boolean }[] = [];
  let element: Selection<Element, unknown, null, undefined> | null = null;
  let attachOptions: AttachOptions | null = null;
  let gestures = 0;
  let frame = 0;
  const listeners = new Set<() => void>();

  const zoom: ZoomBehavior<Element, unknown> = d3zoom<Element, unknown>()
    .filter((event: Event & { ctrlKey?: boolean; button?: number }) => {
      if (event.type === 'wheel') return attachOptions?.wheelZooms(event as WheelEvent) ?? false;
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('start', () => void gestures++)
    .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
      current = { k: event.transform.k, x: event.transform.x };
      changed();
    })
    .on('end', () => {
      gestures = Math.max(0, gestures - 1);
      if (gestures === 0) publish();
    });

  const ready = () => base !== null && extent !== null && width > 1;
  const limits = () => zoomLimits(extent!, width);

  function changed() {
    for (const listener of [...listeners]) listener();
    // Gesture frames come from d3-zoom on an element; without one the caller publishes at once.
    if (element && !frame) frame = requestAnimationFrame(() => ((frame = 0), publish()));
  }

  /** Tells the store what is visible: at most once per frame, and again when a gesture ends. */
  function publish() {
    if (!ready()) return;
    const window = windowForTransform(base!, current.k, current.x, width);
    const fitted = Math.abs(current.k - 1) < 1e-6 && Math.abs(current.x) < 0.5;
    const settled = gestures === 0;
    const previous = store.get().view;
    if (previous.settled === settled && previous.fitted === fitted && previous.window && sameWindow(previous.window, window)) return;
    store.set({ view: { window, fitted, settled } });
  }

  /** Applies a clamped transform: through d3-zoom when attached (so its own state stays true). */
  function apply(target: ZoomXY, animate: boolean) {
    const c = clampTransform(base!, target.k, target.x, width, limits());
    const t = zoomIdentity.translate(c.x, 0).scale(c.k);
    if (!element) {
      current = c;
      changed();
      return publish();
    }
    if (animate && !attachOptions?.reducedMotion()) element.transition().duration(ANIMATION_MS).call(zoom.transform, t);
    else {
      element.interrupt();
      element.call(zoom.transform, t);
    }
  }

  function showWindow(t0: number, t1: number, animate: boolean) {
    apply(transformForWindow(base!, t0, t1, width), animate);
  }

  function reveal(id: string, t0: number, t1: number, animate: boolean) {
    const x = scale();
    if (x && probe?.(x, id)) return;
    const [w0, w1] = revealWindow(base!, current, width, limits(), { t0, t1 }, ({ k, x: tx }) =>
      probe ? probe(zoomIdentity.translate(tx, 0).scale(k).rescaleX(base!), id) : true,
    );
    showWindow(w0, w1, animate);
  }

  function run(target: ViewTarget, animate: boolean) {
    switch (target.kind) {
      case 'fit':
        return apply({ k: 1, x: 0 }, animate);
      case 'window':
        return showWindow(target.t0, target.t1, animate);
      case 'span': {
        const pad = Math.max((target.t1 - target.t0) * 0.25, 2 * DAY_MS);
        return showWindow(target.t0 - pad, target.t1 + pad, animate);
      }
      case 'zoomBy': {
        const k = Math.min(Math.max(current.k * target.factor, limits().minK), limits().maxK);
        const px = target.around !== undefined ? scale()!(target.around) : width / 2;
        // The anchor keeps its pixel: (px - x) / k is its base pixel before and after.
        return apply({ k, x: px - ((px - current.x) * k) / current.k }, animate);
      }
      case 'event':
        return reveal(target.id, target.t0, target.t1, animate);
    }
  }

  function scale(): ScaleTime<number, number> | null {
    return ready() ? zoomIdentity.translate(current.x, 0).scale(current.k).rescaleX(base!) : null;
  }

  /** Rebuilds the base scale and d3-zoom's limits, keeping the window `keep` (or fitting). */
  function rebase(keep: [number, number] | null) {
    if (!extent || width <= 1) return;
    base = makeBaseScale(extent, width, rtl);
    const { minK, maxK } = limits();
    zoom.scaleExtent([minK, maxK]).extent([[0, 0], [width, 1]]).translateExtent([[0, 0], [width, 1]]);
    if (keep) apply(transformForWindow(base, keep[0], keep[1], width), false);
    else apply({ k: 1, x: 0 }, false);
    // What was asked before the chart had a width is done now, in the order it was asked.
    for (const { target, animate } of pending.splice(0)) run(target, animate);
  }

  /** The window to keep across a rebase: null when fitted (fitted stays fitted). */
  function keptWindow(): [number, number] | null {
    const fitted = Math.abs(current.k - 1) < 1e-6 && Math.abs(current.x) < 0.5;
    return ready() && !fitted ? windowForTransform(base!, current.k, current.x, width) : null;
  }

  const controller: ViewController = {
    show(target, { animate = true } = {}) {
      if (!extent) return { shown: false, reason: 'noData' };
      if (target.kind === 'window') {
        const [lo, hi] = paddedDomain(extent);
        if (target.t1 <= lo || target.t0 >= hi) return { shown: false, reason: 'outside' };
      }
      if (!ready()) pending.push({ target, animate });
      else run(target, animate);
      return { shown: true };
    },
    scale,
    window: () => (ready() ? windowForTransform(base!, current.k, current.x, width) : null),
    setWidth(next) {
      next = Math.round(next);
      if (next === width) return;
      const keep = keptWindow();
      width = next;
      rebase(keep);
    },
    setExtent(next, mode) {
      const keep = mode === 'keep' ? keptWindow() : null;
      extent = next;
      rebase(keep);
    },
    setRtl(next) {
      if (next === rtl) return;
      const keep = keptWindow();
      rtl = next;
      rebase(keep);
    },
    setProbe(next) {
      probe = next;
    },
    attach(node, options) {
      element?.interrupt().on('.zoom', null);
      element = select(node);
      attachOptions = options;
      element.call(zoom).on('dblclick.zoom', null);
      // d3-zoom keeps its transform on the element: start it at the controller's, not at identity.
      element.property('__zoom', zoomIdentity.translate(current.x, 0).scale(current.k));
      // Over the chart the wheel belongs to the chart even at the zoom limits, where d3-zoom
      // itself lets it through and the page would scroll under the reader's hand.
      const onWheel = (event: Event) => {
        if (attachOptions?.wheelZooms(event as WheelEvent)) event.preventDefault();
      };
      node.addEventListener('wheel', onWheel, { passive: false });
      const mine = element;
      return () => {
        node.removeEventListener('wheel', onWheel);
        mine.interrupt().on('.zoom', null);
        if (element === mine) {
          element = null;
          attachOptions = null;
          gestures = 0;
        }
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return controller;
}

function sameWindow(a: [number, number], b: [number, number]): boolean {
  return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
}
