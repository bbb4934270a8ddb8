/**
 * The time axis as pure values: a base UTC scale that is never mutated, the zoom limits, and
 * the conversions between a d3 zoom transform {k, x} and the [t0, t1] window it shows.
 *
 * d3-zoom's rescaleX maps a zoomed pixel p back to the base pixel (p - x) / k, so everything
 * here works in base pixels and never reads the DOM. In right-to-left layouts the base range
 * is [width, 0], so the code below never assumes base(t0) < base(t1): it normalises.
 */
import { scaleUtc, type ScaleTime } from 'd3';

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
/** Share of the data extent added as blank space on each side of the base domain. */
export const PADDING_SHARE = 0.04;
/** Least blank space on each side of the base domain, so a one-event dataset is not edge to edge. */
export const MIN_PADDING_MS = 30 * DAY_MS;
/** Pixels one day spans at the deepest zoom. */
export const MIN_DAY_PX_AT_MAX_ZOOM = 100;
/**
 * Smallest zoom factor. The padded domain already gives a little room around the data, and
 * staying at 1 keeps the visible window inside that domain, which is what clampTransform and
 * d3-zoom's translateExtent assume.
 */
export const MIN_ZOOM = 1;

/** The scale-factor bounds to pass to d3-zoom's scaleExtent. */
export interface ZoomLimits {
  /** Smallest k (1 shows the whole padded domain). */
  minK: number;
  /** Largest k (one day spans at least MIN_DAY_PX_AT_MAX_ZOOM pixels). */
  maxK: number;
}

/** A zoom transform's scale and horizontal translation, as in d3.ZoomTransform. */
export interface ZoomXY {
  /** Scale factor. */
  k: number;
  /** Horizontal translation in pixels. */
  x: number;
}

/** The extent padded by PADDING_SHARE on each side (at least MIN_PADDING_MS). O(1). */
export function paddedDomain(extent: readonly [number, number]): [number, number] {
  const lo = Math.min(extent[0], extent[1]);
  const hi = Math.max(extent[0], extent[1]);
  const pad = Math.max((hi - lo) * PADDING_SHARE, MIN_PADDING_MS);
  return [lo - pad, hi + pad];
}

/**
 * A UTC time scale over the data extent padded by 4% each side (at least 30 days), range
 * [0, width] or [width, 0] when rtl. Never mutated: zoom uses transform.rescaleX(base). O(1).
 */
export function makeBaseScale(extent: [number, number], width: number, rtl: boolean): ScaleTime<number, number> {
  const w = Math.max(width, 1);
  return scaleUtc()
    .domain(paddedDomain(extent))
    .range(rtl ? [w, 0] : [0, w]);
}

/**
 * Zoom limits for d3-zoom: minK = MIN_ZOOM (the whole padded domain), maxK such that one day
 * spans at least MIN_DAY_PX_AT_MAX_ZOOM pixels. maxK is never below minK. O(1).
 */
export function zoomLimits(extent: [number, number], width: number): ZoomLimits {
  const [lo, hi] = paddedDomain(extent);
  const dayPxAtK1 = (Math.max(width, 1) * DAY_MS) / (hi - lo);
  return { minK: MIN_ZOOM, maxK: Math.max(MIN_ZOOM, MIN_DAY_PX_AT_MAX_ZOOM / dayPxAtK1) };
}

/**
 * The k and x of a d3 zoom transform that shows [t0, t1] (UTC ms) across width on the base
 * scale; works for either range direction. A reversed window is swapped and an empty one is
 * widened to 1 ms so k stays finite. O(1).
 */
export function transformForWindow(base: ScaleTime<number, number>, t0: number, t1: number, width: number): ZoomXY {
  let lo = Math.min(t0, t1);
  let hi = Math.max(t0, t1);
  if (hi === lo) {
    lo -= 0.5;
    hi += 0.5;
  }
  const a = base(lo);
  const b = base(hi);
  const k = Math.max(width, 1) / Math.abs(b - a);
  // The window's left pixel edge, whichever end of time it is, must land on 0.
  return { k, x: -k * Math.min(a, b) };
}

/** The [t0, t1] window (UTC ms, t0 <= t1) a transform shows: inverse of transformForWindow. O(1). */
export function windowForTransform(base: ScaleTime<number, number>, k: number, x: number, width: number): [number, number] {
  const a = base.invert((0 - x) / k).getTime();
  const b = base.invert((Math.max(width, 1) - x) / k).getTime();
  return a <= b ? [a, b] : [b, a];
}

/**
 * Clamps a transform so that k lies within limits and the visible window stays within the
 * padded domain. d3-zoom does not apply translateExtent to zoom.transform, so buttons and deep
 * links need this. When k is clamped, the viewport's centre keeps the time it was asked to
 * show: a window narrower than the zoom limit widens around its own middle instead of keeping
 * an offset that was worked out for another scale and sliding off the data. When the window is
 * wider than the domain (k < 1) it is centred, as d3-zoom's own constrain does. O(1).
 */
export function clampTransform(
  base: ScaleTime<number, number>,
  k: number,
  x: number,
  width: number,
  limits: ZoomLimits,
): ZoomXY {
  const kc = Math.min(Math.max(k, limits.minK), limits.maxK);
  const half = Math.max(width, 1) / 2;
  // Base pixel under the viewport's centre, kept there when k changes.
  if (kc !== k) x = half - kc * ((half - x) / k);
  const [r0, r1] = base.range();
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  // Base pixel of the viewport's left edge is -x/k and of its right edge (width - x)/k.
  const maxX = -kc * lo;
  const minX = Math.max(width, 1) - kc * hi;
  const xc = minX > maxX ? (minX + maxX) / 2 : Math.min(Math.max(x, minX), maxX);
  return { k: kc, x: xc };
}

/** The straight line px = offset + slope * t that a UTC scale computes. */
export interface AffineTime {
  /** Pixel of t = 0. */
  offset: number;
  /** Pixels per millisecond (negative when the range is reversed). */
  slope: number;
}

/**
 * The affine map a two-stop, unclamped UTC scale computes, so that hot loops over many events
 * can do one multiply-add instead of calling the scale. Returns null for anything else
 * (piecewise, clamped), in which case callers must call the scale. O(1).
 */
export function affineOf(x: ScaleTime<number, number>): AffineTime | null {
  const domain = x.domain();
  const range = x.range();
  if (domain.length !== 2 || range.length !== 2 || x.clamp()) return null;
  const d0 = domain[0].getTime();
  const d1 = domain[1].getTime();
  if (d1 === d0) return null;
  const slope = (range[1] - range[0]) / (d1 - d0);
  return { offset: range[0] - slope * d0, slope };
}
