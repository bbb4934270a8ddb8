/**
 * Pointer and key input on the chart, turned into actions and view targets. Nothing here moves
 * the view itself: clicks, double-clicks, badges and keys all ask the view controller, and
 * wheel, drag and pinch reach it through d3-zoom. Keys act only while the chart has focus,
 * so an embed never takes its host page's arrow keys.
 */
import type { Store } from '../state/store';
import type { Actions } from '../state/actions';
import { selectFilteredEvents, selectTimeline } from '../state/selectors';
import { stepFrom } from '../model/navigation';
import { keyCommand } from './keyCommands';
import { ERA_STRIP } from '../layout/chartGeometry';
import type { Scene } from '../layout/sceneTypes';
import type { TimelineEvent } from '../model/types';
import type { MarksLayer } from './marksLayer';
import type { ViewController } from './viewController';
import type { ChartOptions } from './createChart';

/** What the input handlers need from the chart. */
export interface ChartInputDeps {
  /** The chart's container. */
  container: HTMLElement;
  /** The chart's SVG (d3-zoom binds here). */
  svg: SVGSVGElement;
  /** The store. */
  store: Store;
  /** The view. */
  view: ViewController;
  /** The actions. */
  actions: Actions;
  /** The marks layer now (SVG or canvas), for hit tests and focus. */
  layer: () => MarksLayer;
  /** Chart options (wheel rules, motion). */
  options: ChartOptions;
  /** Shows the "hold Ctrl to zoom" hint. */
  onWheelHint: () => void;
  /** The scene drawn last. */
  scene: () => Scene | null;
  /** Time runs right to left. */
  rtl: () => boolean;
  /** Draws now (so that a mark exists before it is focused). */
  redraw: () => void;
}

/** The input state the chart reads back. */
export interface ChartInput {
  /** The event whose mark has (or last had) keyboard focus. */
  focusedId(): string | null;
  /** Whether the last input was a key rather than a pointer (as :focus-visible decides). */
  keyboardDriven(): boolean;
  /** Tells the input an event's lane index, for ↑ / ↓. */
  setLanes(laneOf: (event: TimelineEvent) => number): void;
  /** Removes every listener. */
  detach(): void;
}

/** Attaches pointer and key handling. */
export function attachChartInput(deps: ChartInputDeps): ChartInput {
  const { container, svg, store, view, actions, options } = deps;
  const layer = () => deps.layer();
  let focused: string | null = null;
  let engaged = false; // clicked into: a plain wheel may zoom (embeds)
  let keyboard = false;
  let laneOf: (event: TimelineEvent) => number = () => 0;

  const detachZoom = view.attach(svg, {
    wheelZooms: (event) => {
      const zooms = !options.wheelNeedsModifier || event.ctrlKey || event.metaKey || engaged;
      if (!zooms) deps.onWheelHint();
      return zooms;
    },
    reducedMotion: options.reducedMotion,
  });

  /** A pointer event's position in lane coordinates. */
  const at = (event: MouseEvent) => {
    const box = svg.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top - ERA_STRIP };
  };

  const onClick = (event: MouseEvent) => {
    const { x, y } = at(event);
    const hit = layer().hitTest(x, y);
    if (hit?.kind === 'mark') {
      focused = hit.mark.event.id;
      actions.select(hit.mark.event.id);
    } else if (hit?.kind === 'cluster') {
      view.show({ kind: 'span', t0: hit.cluster.t0, t1: hit.cluster.t1 });
    }
  };
  const onDoubleClick = (event: MouseEvent) => {
    const { x, y } = at(event);
    const scale = view.scale();
    if (!scale || layer().hitTest(x, y)) return;
    view.show({ kind: 'zoomBy', factor: event.shiftKey ? 0.5 : 2, around: scale.invert(x).getTime() });
  };
  const onFocusIn = (event: FocusEvent) => {
    const id = (event.target as Element).closest?.('[data-id]')?.getAttribute('data-id');
    if (id) focused = id;
  };
  const onKey = (event: KeyboardEvent) => {
    const command = keyCommand(event, deps.rtl());
    if (!command) return;
    const state = store.get();
    const current = layer().focusedId() ?? focused ?? state.selectedId;
    const cluster = (event.target as Element).closest?.('.tl-cluster');
    if (command.kind === 'open' && cluster) {
      const hit = deps.scene()?.clusters.find((c) => cluster.getAttribute('data-key') === clusterKeyOf(deps.scene()!, c));
      if (hit) view.show({ kind: 'span', t0: hit.t0, t1: hit.t1 });
    } else if (command.kind === 'step') {
      const next = stepFrom(selectFilteredEvents(state), current, command.step, laneOf);
      if (next) {
        focused = next.id;
        view.show({ kind: 'event', id: next.id, t0: next.t0, t1: next.t1 }, { animate: false });
        deps.redraw();
        layer().focus(next.id);
      }
    } else if (command.kind === 'open') {
      if (current) actions.select(current);
    } else if (command.kind === 'close') {
      if (!state.selectedId) return;
      actions.select(null);
    } else if (command.kind === 'zoom') {
      const event = current ? selectTimeline(state)?.byId.get(current) : undefined;
      view.show({ kind: 'zoomBy', factor: command.factor, around: event ? (event.t0 + event.t1) / 2 : undefined });
    } else {
      view.show({ kind: 'fit' });
    }
    event.preventDefault();
  };
  const onPointerDown = () => (engaged = true);
  // Which kind of input drives the page now, as :focus-visible decides it.
  const onDocumentPointer = (event: PointerEvent) => {
    keyboard = false;
    if (!container.contains(event.target as Node)) engaged = false;
  };
  const onDocumentKey = () => (keyboard = true);

  // On the container, not the <svg>, for focusin: Chromium makes an SVG element with a focus listener a tab stop.
  const listeners: [EventTarget, string, EventListener, boolean][] = [
    [svg, 'click', onClick as EventListener, false],
    [svg, 'dblclick', onDoubleClick as EventListener, false],
    [container, 'focusin', onFocusIn as EventListener, false],
    [svg, 'keydown', onKey as EventListener, false],
    [svg, 'pointerdown', onPointerDown, false],
    [document, 'pointerdown', onDocumentPointer as EventListener, true],
    [document, 'keydown', onDocumentKey, true],
  ];
  for (const [target, type, listener, capture] of listeners) target.addEventListener(type, listener, capture);

  return {
    focusedId: () => focused,
    keyboardDriven: () => keyboard,
    setLanes: (fn) => void (laneOf = fn),
    detach() {
      detachZoom();
      for (const [target, type, listener, capture] of listeners) target.removeEventListener(type, listener, capture);
    },
  };
}

/** The key a badge is drawn with (see drawClusters): its lane and its place in that lane. */
function clusterKeyOf(scene: Scene, cluster: Scene['clusters'][number]): string {
  const sameLane = scene.clusters.filter((c) => c.laneId === cluster.laneId);
  return `${cluster.laneId}|${sameLane.indexOf(cluster)}`;
}
