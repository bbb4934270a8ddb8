/**
 * The timeline renderer: the only place D3 touches the DOM. It owns one <svg> inside the
 * container React gives it, subscribes to the store directly, and redraws on zoom frames
 * without going through React. React hears of the viewport at most once per animation frame
 * (store.window), and the URL at gesture end.
 *
 * Costs: the event index is rebuilt when the filters change, O(n); lanes when the lane mode
 * changes; each zoom frame costs O(log n + k) to find the k visible events plus the scene
 * build and the DOM join over what is drawn (bounded by rows × width, not by n).
 */
import { select, zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Store, AppState } from '../state/store';
import { selectFilteredEvents } from '../state/selectors';
import { buildEventIndex, type EventIndex } from '../layout/eventIndex';
import { makeLanes, laneIdsOf, type Lane, type LaneMode } from '../layout/lanes';
import { makeBaseScale, zoomLimits, transformForWindow, windowForTransform, clampTransform, DAY_MS } from '../layout/timeScale';
import { buildScene, type Scene } from '../layout/scene';
import { revealWindow } from '../layout/revealWindow';
import { createLabelMeasurer } from './measureText';
import { drawAxis } from './axis';
import { drawBands, drawClusters, drawMarks } from './drawScene';
import { stepFrom } from '../model/navigation';
import { keyCommand } from './keyCommands';
import { formatEventDate, formatMoney } from '../model/format';
import type { Translate } from '../i18n/translate';
import type { TimelineEvent, Timeline } from '../model/types';

/** How the renderer speaks and behaves. */
export interface RendererOptions {
  /** Interface text. */
  t: Translate;
  /** Intl locale for dates. */
  locale: string;
  /** Time runs right to left. */
  rtl: boolean;
  /** Plain wheel scrolls the page unless Ctrl/⌘ is held or the timeline was clicked (embeds). */
  wheelNeedsModifier: boolean;
  /** Called when a plain wheel passes through, to show the hint. */
  onWheelHint?: () => void;
  /** Jump instead of animating. */
  reducedMotion: () => boolean;
  /** The phone overview: one band, short rows, no lane labels. */
  compact?: boolean;
}

/** A running renderer. */
export interface TimelineRenderer {
  /** Stops listening and removes the SVG. */
  destroy(): void;
}

const AXIS_HEIGHT = 28;
const ERA_STRIP = 18;

/** Creates the renderer in `container` (which React leaves empty). */
export function createTimelineRenderer(container: HTMLElement, store: Store, options: RendererOptions): TimelineRenderer {
  const { t, locale, rtl } = options;
  const measure = createLabelMeasurer();
  // A deal's value leads its label, so it shows on the mark (even when the title is cut short)
  // and not only in the panel.
  const labels = new WeakMap<TimelineEvent, string>();
  const labelOf = (e: TimelineEvent): string => {
    let label = labels.get(e);
    if (label === undefined) labels.set(e, (label = e.value ? `${formatMoney(e.value, locale)} · ${e.title}` : e.title));
    return label;
  };
  const svg = select(container).append('svg').attr('class', options.compact ? 'tl-svg compact' : 'tl-svg').attr('role', 'group').attr('aria-roledescription', 'timeline');
  svg.append('desc').text(t('timeline.help'));
  const root = svg.append('g').attr('class', 'tl-root');
  const eras = root.append('g').attr('class', 'tl-eras');
  const lanesLayer = root.append('g').attr('class', 'tl-lanes');
  const axisLayer = root.append('g').attr('class', 'tl-axis').attr('aria-hidden', 'true');
  const marksLayer = root.append('g').attr('class', 'tl-marks');
  const clustersLayer = root.append('g').attr('class', 'tl-clusters');

  let width = Math.max(1, container.clientWidth);
  let timeline: Timeline | null = null;
  let events: TimelineEvent[] = [];
  let index: EventIndex | null = null;
  let lanes: Lane[] = [];
  let laneIndex = new Map<string, number>();
  let categoryIndex = new Map<string, number>();
  let base = makeBaseScale([0, 1], width, rtl);
  let transform: ZoomTransform = zoomIdentity;
  let scene: Scene | null = null;
  let focusedId: string | null = null;
  let engaged = false; // clicked into: plain wheel may zoom (embeds)
  let keyboardDriven = false; // the last input was a key, not a pointer
  let frame = 0;
  let lastReported: AppState['window'] | undefined;

  const zoom: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .filter((event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number; type: string }) => {
      if (event.type === 'wheel') {
        const allowed = !options.wheelNeedsModifier || event.ctrlKey || event.metaKey || engaged;
        if (!allowed) options.onWheelHint?.();
        return allowed;
      }
      if (event.type === 'dblclick') return !(event.target as Element).closest?.('.tl-mark, .tl-cluster');
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('zoom', (event) => {
      transform = event.transform;
      schedule();
    })
    .on('end', () => report());
  svg.call(zoom);

  // ── Drawing ────────────────────────────────────────────────────────────────
  function schedule() {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), draw(), report()));
  }

  function currentScale() {
    return transform.rescaleX(base);
  }

  function laneMode(): LaneMode {
    return options.compact ? 'overview' : store.get().laneMode;
  }

  /** One frame's scene. Passing the index lets buildScene find the visible events itself from typed arrays. */
  function computeScene(x = currentScale()): Scene | null {
    if (!timeline || !index) return null;
    return buildScene({
      events: index.events,
      index,
      lanes,
      mode: laneMode(),
      x,
      width,
      eras: timeline.eras,
      measureLabel: measure,
      labelOf,
      rtl,
      ...(options.compact ? { maxRowsPerLane: 3, rowHeight: 18, lanePadding: 4 } : { laneHeader: 14, lanePadding: 4 }),
    });
  }

  function draw() {
    const state = store.get();
    scene = computeScene();
    if (!scene || !timeline) return;
    const height = ERA_STRIP + scene.height + AXIS_HEIGHT;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    root.attr('transform', `translate(0,${ERA_STRIP})`);
    drawBands(lanesLayer, eras, scene, { top: ERA_STRIP, rtl, measure });
    drawAxis(axisLayer, currentScale(), width, scene.height, locale);
    // If a keyboard user's focused mark is about to leave (filtered out, scrolled away), focus
    // must not fall to the page's body: it moves to the new tab stop, or to the chart itself.
    // Not while the pointer drives: refocusing on every frame of a drag forces a layout each time.
    const hadFocus = keyboardDriven && container.contains(document.activeElement) && document.activeElement !== container;
    const tabStop = scene.marks.find((m) => m.event.id === focusedId) ?? scene.marks.find((m) => m.event.id === state.selectedId) ?? scene.marks[0];
    drawMarks(marksLayer, scene, {
      categoryIndex,
      selectedId: state.selectedId,
      tabStop: tabStop ? { id: tabStop.event.id, laneId: tabStop.laneId } : null,
      nameOf: (m) => accessibleName(m.event),
      clusterName,
      measure,
    });
    drawClusters(clustersLayer, scene, { clusterName });
    // With no mark drawn, the svg itself keeps the timeline's one tab stop.
    svg.attr('tabindex', tabStop ? null : 0);
    if (hadFocus && !container.contains(document.activeElement)) {
      const next = tabStop ? marksLayer.select<SVGGElement>(`g.tl-mark[data-id="${CSS.escape(tabStop.event.id)}"]`).node() : svg.node();
      if (tabStop) focusedId = tabStop.event.id;
      next?.focus({ preventScroll: true });
    }
  }

  function clusterName(c: { count: number }): string {
    return t('timeline.cluster', { count: c.count });
  }

  /** A mark's accessible name (and tooltip), worked out once per event: zoom frames redraw marks, not names. */
  const names = new WeakMap<TimelineEvent, string>();
  function accessibleName(e: TimelineEvent): string {
    let name = names.get(e);
    if (name === undefined) {
      const category = timeline?.categories.find((c) => c.id === e.category)?.label ?? e.category;
      const date = formatEventDate(e, locale, t);
      names.set(e, (name = t('timeline.markName', { title: labelOf(e), date, category, certainty: t(`certainty.${e.certainty}`) })));
    }
    return name;
  }

  /** Tells the store what is visible, at most once per frame; null when fitted to all. */
  function report() {
    const fitted = Math.abs(transform.k - 1) < 1e-6 && Math.abs(transform.x) < 0.5;
    const window: AppState['window'] = fitted ? null : windowForTransform(base, transform.k, transform.x, width);
    if (lastReported !== undefined && sameWindow(window, lastReported)) return;
    lastReported = window;
    store.set({ window });
  }

  // ── Programmatic view changes go through zoom.transform so d3-zoom's state stays true ──
  function applyTransform(k: number, x: number, animate = true) {
    const limits = zoomLimits(timeline!.extent, width);
    const c = clampTransform(base, k, x, width, limits);
    const target = zoomIdentity.translate(c.x, 0).scale(c.k);
    if (animate && !options.reducedMotion()) svg.transition().duration(350).call(zoom.transform, target);
    else svg.call(zoom.transform, target);
  }

  function showWindow(t0: number, t1: number, animate = true) {
    const { k, x } = transformForWindow(base, t0, t1, width);
    applyTransform(k, x, animate);
  }

  function zoomBy(factor: number, aroundTime?: number) {
    const x = currentScale();
    const px = aroundTime !== undefined ? x(aroundTime) : width / 2;
    const k = transform.k * factor;
    applyTransform(k, px - (px - transform.x) * (k / transform.k));
  }

  /** Makes an event's mark drawn and on screen: pans to it, and zooms in while it is clustered. */
  function reveal(id: string, animate: boolean): void {
    const event = timeline?.byId.get(id);
    if (!event || !events.includes(event)) return;
    const drawn = (s: Scene | null) => !!s?.marks.some((m) => m.event.id === id && m.x0 >= 0 && m.x1 <= width);
    if (drawn(scene)) return;
    const limits = zoomLimits(timeline!.extent, width);
    const [t0, t1] = revealWindow(base, transform, width, limits, event, ({ k, x }) =>
      drawn(computeScene(zoomIdentity.translate(x, 0).scale(k).rescaleX(base))),
    );
    showWindow(t0, t1, animate);
  }

  function focusMark(id: string) {
    focusedId = id;
    draw();
    const node = marksLayer.select<SVGGElement>(`g.tl-mark[data-id="${CSS.escape(id)}"]`).node();
    node?.focus({ preventScroll: false });
  }

  // ── Input ──────────────────────────────────────────────────────────────────
  marksLayer.on('click', (event: MouseEvent) => {
    const id = (event.target as Element).closest('.tl-mark')?.getAttribute('data-id');
    if (id) {
      focusedId = id;
      store.set({ selectedId: id });
    }
  });
  clustersLayer.on('click', (event: MouseEvent) => {
    const g = (event.target as Element).closest('.tl-cluster');
    const datum = g && select<Element, { t0: number; t1: number }>(g).datum();
    if (datum) zoomToSpan(datum.t0, datum.t1);
  });
  svg.on('pointerdown.engage', () => (engaged = true));
  svg.on('focusin', (event: FocusEvent) => {
    const id = (event.target as Element).closest?.('.tl-mark')?.getAttribute('data-id');
    if (id) focusedId = id;
  });
  svg.on('keydown', (event: KeyboardEvent) => onKey(event));
  // Which kind of input drives the page now, as :focus-visible decides it: any key press
  // (Tab included) means keyboard, any pointer press means pointer.
  const onDocumentPointer = (e: PointerEvent) => {
    keyboardDriven = false;
    if (!container.contains(e.target as Node)) engaged = false;
  };
  const onDocumentKey = () => (keyboardDriven = true);
  document.addEventListener('pointerdown', onDocumentPointer, true);
  document.addEventListener('keydown', onDocumentKey, true);

  function zoomToSpan(t0: number, t1: number) {
    const pad = Math.max((t1 - t0) * 0.25, 2 * DAY_MS);
    showWindow(t0 - pad, t1 + pad);
  }

  function onKey(event: KeyboardEvent) {
    const command = keyCommand(event, rtl);
    if (!command) return;
    const state = store.get();
    const cluster = (event.target as Element).closest?.('.tl-cluster');
    const focused = focusedId ?? state.selectedId;
    if (command.kind === 'open' && cluster) {
      const d = select<Element, { t0: number; t1: number }>(cluster).datum();
      zoomToSpan(d.t0, d.t1);
    } else if (command.kind === 'step') {
      const laneOf = (e: TimelineEvent) => laneIndex.get(laneIdsOf(e, laneMode())[0]) ?? 0;
      const next = stepFrom(events, focused, command.step, laneOf);
      if (next) {
        reveal(next.id, false);
        focusMark(next.id);
      }
    } else if (command.kind === 'open') {
      if (!focused) return;
      store.set({ selectedId: focused });
    } else if (command.kind === 'close') {
      if (!state.selectedId) return;
      store.set({ selectedId: null });
    } else if (command.kind === 'zoom') {
      zoomBy(command.factor, focused ? middleOf(focused) : undefined);
    } else {
      store.requestView({ kind: 'fit' });
    }
    event.preventDefault();
  }

  function middleOf(id: string): number | undefined {
    const e = timeline?.byId.get(id);
    return e ? (e.t0 + e.t1) / 2 : undefined;
  }

  // ── Store and size ─────────────────────────────────────────────────────────
  function onState(state: AppState, previous: AppState | null) {
    if (state.load.status !== 'ready') return;
    const loaded = state.load.timeline;
    let redraw = false;
    if (loaded !== timeline) {
      timeline = loaded;
      // Marks write their event's name, shape and classes only on entering; a new dataset may
      // reuse ids, so it starts from empty layers.
      marksLayer.selectAll('*').remove();
      svg.attr('aria-label', t('timeline.label', { title: loaded.title }));
      categoryIndex = new Map(loaded.categories.map((c, i) => [c.id, i]));
      fitScaleToWidth();
      redraw = true;
    }
    const filtered = selectFilteredEvents(state);
    if (filtered !== events || !index) {
      events = filtered;
      index = buildEventIndex(events);
      redraw = true;
    }
    // Lanes depend on the data and the lane mode only, not on the filters: O(n) when those change.
    if (!previous || state.laneMode !== previous.laneMode || previous.load !== state.load) {
      lanes = makeLanes(loaded, laneMode());
      laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
      redraw = true;
    }
    if (previous && state.selectedId !== previous.selectedId) redraw = true;
    if (redraw) draw();
    if (state.viewRequest && state.viewRequest !== previous?.viewRequest) handleRequest(state.viewRequest);
    else if (previous && state.selectedId && state.selectedId !== previous.selectedId) reveal(state.selectedId, true);
  }

  function handleRequest(request: NonNullable<AppState['viewRequest']>) {
    if (request.kind === 'fit') applyTransform(1, 0);
    else if (request.kind === 'window') showWindow(request.t0, request.t1, false);
    else if (request.kind === 'zoomBy') zoomBy(request.factor, focusedId ? middleOf(focusedId) : undefined);
    else if (request.kind === 'reveal') reveal(request.id, false);
    else if (request.kind === 'focus') {
      reveal(request.id, false);
      focusMark(request.id);
    }
  }

  const resize = new ResizeObserver(() => {
    const next = Math.max(1, Math.round(container.clientWidth));
    if (next === width || !timeline) return void (width = next);
    const window = windowForTransform(base, transform.k, transform.x, width);
    const fitted = Math.abs(transform.k - 1) < 1e-6;
    width = next;
    fitScaleToWidth();
    if (fitted) svg.call(zoom.transform, zoomIdentity);
    else showWindow(window[0], window[1], false);
    draw();
  });
  resize.observe(container);

  /** The base scale and d3-zoom's limits for the data's extent at the current width. */
  function fitScaleToWidth() {
    base = makeBaseScale(timeline!.extent, width, rtl);
    const limits = zoomLimits(timeline!.extent, width);
    zoom.scaleExtent([limits.minK, limits.maxK]).extent([[0, 0], [width, 1]]).translateExtent([[0, 0], [width, 1]]);
  }

  const unsubscribe = store.subscribe(onState);
  onState(store.get(), null);

  return {
    destroy() {
      unsubscribe();
      resize.disconnect();
      cancelAnimationFrame(frame);
      document.removeEventListener('pointerdown', onDocumentPointer, true);
      document.removeEventListener('keydown', onDocumentKey, true);
      svg.on('.zoom', null);
      svg.remove();
    },
  };
}

function sameWindow(a: AppState['window'], b: AppState['window']): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
}

