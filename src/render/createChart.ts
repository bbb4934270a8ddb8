/**
 * The chart: the only place D3 touches the DOM. It owns everything inside the container it is
 * given (an <svg> with eras, lanes, axis and a marks layer), draws the window the view
 * controller owns, and turns pointer and key input into actions. It never writes the view
 * itself and keeps no copy of it: re-creating the chart (another language, the phone layout)
 * draws the same window.
 *
 * Its height comes from the container (the page's chart box, the embed's frame) or, for
 * `fill: false`, from the data's natural geometry; never from the zoom level. Costs: lanes,
 * the event index and the geometry are rebuilt when the data, filters or lane mode change,
 * O(n); a zoom frame costs O(log n + k) to find the k visible events plus the scene build and
 * the marks layer's update, bounded by rows × width rather than by n. On 1,000 events or more a
 * filter or selection change is drawn after the next paint, so that the chip or the details
 * the reader asked for answer first.
 */
import { select } from 'd3';
import type { Store, AppState } from '../state/store';
import type { Actions } from '../state/actions';
import { selectFilteredEvents, selectLocale, selectTimeline, type LocaleContext } from '../state/selectors';
import { buildEventIndex, type EventIndex } from '../layout/eventIndex';
import { foldLanes, laneCounts, laneIdsOf, laneNumbers, makeLanes, shownLanes, OVERVIEW_LANE, type Lane } from '../layout/lanes';
import { chartGeometry, lanesFit, ERA_STRIP, type ChartGeometry } from '../layout/chartGeometry';
import { buildScene, type Scene } from '../layout/scene';
import type { ScaleTime } from 'd3';
import { createLabelMeasurer, AXIS_FONT } from './measureText';
import { drawAxis } from './axis';
import { drawBands } from './drawScene';
import { createSvgMarksLayer } from './svgMarksLayer';
import { createCanvasMarksLayer } from './canvasMarksLayer';
import { matchesMedia } from './media';
import type { MarksLayer } from './marksLayer';
import type { ViewController } from './viewController';
import { attachChartInput } from './chartInput';
import { createMarkText } from './markText';
import { nextTask } from '../data/pause';
import type { Timeline, TimelineEvent } from '../model/types';

/** From this many events shown, marks are painted on a canvas (with focusable proxies). */
export const CANVAS_FROM = 1000;

/** How the chart behaves where it is used. */
export interface ChartOptions {
  /**
   * Plain wheel scrolls the page unless Ctrl/⌘ is held or the chart was clicked first (embeds);
   * a plain wheel that passes through shows a hint over the chart (never beside it: the chart
   * must not change height).
   */
  wheelNeedsModifier: boolean;
  /** Jump instead of animating. */
  reducedMotion: () => boolean;
  /** One overview band whatever the height (phones). */
  overview: boolean;
  /** Take the container's height (true), or set the chart's own natural height. */
  fill: boolean;
}

/** A running chart. */
export interface Chart {
  /** The scene drawn last, for tests and tools (read-only). */
  scene(): Scene | null;
  /** The height the chart would take with no height given: what an auto-height embed asks its host for. */
  naturalHeight(): number;
  /** Stops listening and removes what it drew. */
  destroy(): void;
}

/** Creates the chart in `container` (which nothing else renders into). */
export function createChart(container: HTMLElement, store: Store, view: ViewController, actions: Actions, options: ChartOptions): Chart {
  const measure = createLabelMeasurer();
  const measureAxis = createLabelMeasurer(AXIS_FONT);
  const svg = select(container).append('svg').attr('class', 'tl-svg').attr('role', 'group').attr('aria-roledescription', 'timeline');
  const desc = svg.append('desc');
  const root = svg.append('g').attr('class', 'tl-root').attr('transform', `translate(0,${ERA_STRIP})`);
  const eras = root.append('g').attr('class', 'tl-eras');
  const lanesLayer = root.append('g').attr('class', 'tl-lanes');
  const axisLayer = root.append('g').attr('class', 'tl-axis').attr('aria-hidden', 'true');
  const hint = options.wheelNeedsModifier ? select(container).append('p').attr('class', 'wheel-hint').attr('role', 'status') : null;
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const showHint = () => {
    hint?.text(locale.t('timeline.wheelHint')).classed('shown', true);
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => hint?.text('').classed('shown', false), 2500);
  };
  const svgMarks = root.append('g').attr('class', 'tl-marks');
  const svgClusters = root.append('g').attr('class', 'tl-clusters');
  const proxies = root.append('g').attr('class', 'tl-proxies');
  let layer: MarksLayer = createSvgMarksLayer(svgMarks, svgClusters);
  let layerKind: 'svg' | 'canvas' = 'svg';
  /**
   * SVG for the few hundred marks most timelines have (and for print and forced colours);
   * canvas when the events shown are many, so that a zoom frame is a repaint, not a DOM join.
   */
  function chooseLayer(shownCount: number) {
    const kind = shownCount >= CANVAS_FROM && !matchesMedia('(forced-colors: active)') ? 'canvas' : 'svg';
    if (kind === layerKind) return;
    layer.destroy();
    layerKind = kind;
    layer = kind === 'canvas' ? createCanvasMarksLayer({ container, top: ERA_STRIP, proxies, rtl: () => locale.rtl }) : createSvgMarksLayer(svgMarks, svgClusters);
  }

  let width = Math.max(1, Math.round(container.clientWidth));
  let height = options.fill ? container.clientHeight : 0;
  let locale: LocaleContext = selectLocale(store.get());
  let text = createMarkText(locale, (id) => id);
  let timeline: Timeline | null = null;
  let shown: TimelineEvent[] = [];
  let index: EventIndex | null = null;
  let allLanes: Lane[] = [];
  let lanes: Lane[] = [];
  let geometry: ChartGeometry | null = null;
  let categoryIndex = new Map<string, number>();
  let scene: Scene | null = null;
  let frame = 0;
  /** Filters changed on many events and the lanes, index and geometry wait (see onState). */
  let stale = false;
  let afterPaint = 0;
  /** The time domain and width `scene` was drawn at. */
  let drawnDomain: [number, number, number] | null = null;

  /** Rebuilds what a filter change left waiting, before anything reads it. */
  function fresh() {
    if (stale) rebuild(store.get());
  }

  /** Draws after the next paint, so the control the reader just used paints before the chart's O(n) work. */
  function drawAfterPaint() {
    if (afterPaint) return;
    afterPaint = requestAnimationFrame(() =>
      nextTask(() => {
        if (!afterPaint) return; // destroyed meanwhile
        afterPaint = 0;
        draw();
      }),
    );
  }

  /** One frame's scene at scale x; `pin` is the event whose mark must be drawn if in view. */
  function sceneAt(x: ScaleTime<number, number>, pin: string | null): Scene | null {
    fresh();
    if (!timeline || !index || !geometry) return null;
    const overview = geometry.mode === 'overview';
    return buildScene({
      events: index.events,
      index,
      lanes: overview ? [OVERVIEW_LANE] : lanes,
      mode: overview ? 'overview' : store.get().laneMode,
      x,
      width,
      eras: timeline.eras,
      measureLabel: measure,
      labelOf: text.labelOf,
      rtl: locale.rtl,
      rowHeight: geometry.sizes.rowHeight,
      laneHeader: geometry.sizes.laneHeader,
      lanePadding: geometry.sizes.lanePadding,
      rowsPerLane: geometry.rowsPerLane,
      laneExtra: geometry.laneExtra,
      pinnedId: pin,
    });
  }

  function draw() {
    cancelAnimationFrame(frame);
    frame = 0;
    const x = view.scale();
    const state = store.get();
    scene = x ? sceneAt(x, input.focusedId() ?? state.selectedId) : null;
    const domain = x?.domain();
    drawnDomain = domain ? [+domain[0], +domain[1], width] : null;
    if (!scene || !geometry || !x) return;
    svg.attr('width', width).attr('height', geometry.height).attr('viewBox', `0 0 ${width} ${geometry.height}`);
    drawBands(lanesLayer, eras, scene, { top: ERA_STRIP, rtl: locale.rtl, measure });
    drawAxis(axisLayer, x, width, geometry.lanesHeight, locale.locale, measureAxis);
    const hadFocus = input.keyboardDriven() && container.contains(document.activeElement);
    const wanted = input.focusedId() ?? state.selectedId;
    const tabStop = scene.marks.find((m) => m.event.id === wanted) ?? scene.marks[0];
    layer.draw(scene, {
      categoryIndex,
      selectedId: state.selectedId,
      tabStop: tabStop ? { id: tabStop.event.id, laneId: tabStop.laneId } : null,
      nameOf: (m) => text.nameOf(m.event),
      clusterName: (c) => locale.t('timeline.cluster', { count: c.count }),
      measure,
      settled: state.view.settled,
    });
    // The chart is one tab stop: a mark when there is one, else the chart itself.
    svg.attr('tabindex', tabStop ? null : 0);
    // A keyboard user's focused mark that left (filtered out, scrolled away) hands focus on,
    // never to the page's body. Not while the pointer drives: refocusing every drag frame costs a layout.
    if (hadFocus && !container.contains(document.activeElement)) {
      if (!tabStop || !layer.focus(tabStop.event.id)) svg.node()!.focus({ preventScroll: true });
    }
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  /** Data, filters, lane mode or size changed: lanes, index and geometry again, O(n). */
  function rebuild(state: AppState) {
    stale = false;
    timeline = selectTimeline(state);
    if (!timeline) return;
    shown = selectFilteredEvents(state);
    index = buildEventIndex(shown);
    chooseLayer(shown.length);
    const mode = state.laneMode;
    lanes = shownLanes(allLanes, shown, mode, state.filters.actors);
    // Too many lanes for the height: the least busy fold into one lane of others.
    if (options.fill && height > 0 && !options.overview) {
      lanes = foldLanes(lanes, shown, mode, (counts) => lanesFit(counts, height), (names) => locale.t('lanes.others', { names: names.join(', ') }));
    }
    geometry = chartGeometry({
      laneCounts: laneCounts(lanes, shown, mode),
      total: shown.length,
      height: options.fill && height > 0 ? height : null,
      overview: options.overview,
    });
    const position = laneNumbers(lanes);
    input.setLanes((e) => (geometry!.mode === 'overview' ? 0 : (position.get(laneIdsOf(e, mode)[0]) ?? 0)));
  }

  function onState(state: AppState, previous: AppState | null) {
    const nextLocale = selectLocale(state);
    const localeChanged = nextLocale !== locale;
    if (localeChanged) {
      locale = nextLocale;
      view.setRtl(locale.rtl);
      layer.destroy(); // names and labels are written when marks enter
    }
    const loaded = selectTimeline(state);
    if (!loaded) return;
    const dataChanged = loaded !== timeline;
    if (dataChanged || localeChanged || !previous) {
      categoryIndex = new Map(loaded.categories.map((c, i) => [c.id, i]));
      const labels = new Map(loaded.categories.map((c) => [c.id, c.label]));
      text = createMarkText(locale, (id) => labels.get(id) ?? id);
      svg.attr('aria-label', locale.t('timeline.label', { title: loaded.title }));
      desc.text(locale.t('timeline.help'));
    }
    if (dataChanged) layer.destroy(); // a new dataset may reuse ids with other names
    if (dataChanged || state.laneMode !== previous?.laneMode) allLanes = makeLanes(loaded, state.laneMode);
    if (!previous || dataChanged || state.laneMode !== previous.laneMode) {
      rebuild(state);
      return draw();
    }
    if (state.filters !== previous.filters) {
      // On many events (a chip at 100,000 takes about 80 ms here) the chip paints first and the
      // chart follows right after that paint; whatever reads the chart sooner rebuilds it first.
      if (shown.length < CANVAS_FROM && selectFilteredEvents(state).length < CANVAS_FROM) {
        rebuild(state);
        return draw();
      }
      stale = true;
      return drawAfterPaint();
    }
    if (state.theme !== previous.theme) layer.restyle?.();
    if (localeChanged || state.view.settled !== previous.view.settled) draw();
    else if (state.selectedId !== previous.selectedId) {
      // On many events the details answer the click first, and the chart marks the selection after that paint.
      if (shown.length >= CANVAS_FROM) drawAfterPaint();
      else draw();
    }
  }

  const input = attachChartInput({ container, svg: svg.node()!, store, view, actions, layer: () => layer, options, onWheelHint: showHint, scene: () => scene, rtl: () => locale.rtl, redraw: draw });
  view.setRtl(locale.rtl);
  actions.setMarkFocuser((id) => {
    const event = selectTimeline(store.get())?.byId.get(id);
    if (!event) return false;
    view.show({ kind: 'event', id, t0: event.t0, t1: event.t1 }, { animate: false });
    draw();
    return layer.focus(id);
  });
  const drawnInside = (s: Scene | null, id: string) => !!s?.marks.some((m) => m.event.id === id && m.x0 >= 0 && m.x1 <= width);
  view.setProbe((x, id) => {
    // A mark on screen at this very scale is drawn: no second scene for a click on a mark.
    const [d0, d1] = x.domain();
    const same = drawnDomain && drawnDomain[0] === +d0 && drawnDomain[1] === +d1 && drawnDomain[2] === width;
    if (!stale && same && drawnInside(scene, id)) return true;
    return drawnInside(sceneAt(x, null), id);
  });
  const unsubscribeView = view.subscribe(schedule);
  const unsubscribe = store.subscribe(onState);
  onState(store.get(), null);
  view.setWidth(width);

  // An automatic theme follows the system; a canvas has to be told.
  const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const onScheme = () => layer.restyle?.();
  scheme?.addEventListener('change', onScheme);

  const resize = new ResizeObserver(() => {
    const nextWidth = Math.max(1, Math.round(container.clientWidth));
    const nextHeight = options.fill ? container.clientHeight : 0;
    if (nextWidth === width && nextHeight === height) return;
    const heightChanged = nextHeight !== height;
    width = nextWidth;
    height = nextHeight;
    view.setWidth(width);
    if (heightChanged) rebuild(store.get());
    draw();
  });
  resize.observe(container);

  return {
    scene: () => scene,
    naturalHeight: () => {
      fresh();
      const state = store.get();
      return chartGeometry({ laneCounts: laneCounts(lanes, shown, state.laneMode), total: shown.length, height: null, overview: options.overview }).height;
    },
    destroy() {
      unsubscribe();
      unsubscribeView();
      resize.disconnect();
      scheme?.removeEventListener('change', onScheme);
      input.detach();
      view.setProbe(null);
      actions.setMarkFocuser(null);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(afterPaint);
      afterPaint = 0;
      clearTimeout(hintTimer);
      layer.destroy();
      svg.remove();
      hint?.remove();
    },
  };
}
