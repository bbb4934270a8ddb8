/**
 * The shapes of the benchmark's results, as written to bench/results/latest.json.
 */
import type { FrameStats } from './stats';
import type { GestureResult } from './gesture';
import type { LoadedAssets } from './measure';
import type { Quiet } from './quiet';
import type { Interactions } from './interaction';

/** One measured load-and-gesture run of one page. */
export interface TimelineRun {
  /** ms from navigation start to drawn. */
  drawnMs: number;
  /** ms from navigation start to after the rendering work of the second frame. */
  paintedMs: number;
  /** ms from navigation start to `[data-status="ready"]`. */
  readyMs: number;
  /** ms from navigation start to the dataset's response end. */
  dataMs: number | null;
  /** ms from navigation start to the app's chrome attached (null for the vis page). */
  chromeMs: number | null;
  /** JSHeapUsedSize after a forced GC, bytes: once the page settled after drawn, and after the gesture and clicks. */
  heapBytes: number;
  heapAfterBytes: number;
  /** Frame figures of the scripted gesture. */
  gesture: GestureResult;
  /** The clicks measured after the gesture (the app's page only). */
  interactions?: Interactions;
  /** Console and page errors seen during the run. */
  errors: string[];
  /** How idle the machine was when the run started. */
  quiet: Quiet;
}

/** Medians over a page's runs at one size. */
export interface TimelineSummary {
  /** 'ok'; 'timeout' when the first run was not drawn within the cap; 'error' when the page broke; 'skipped' in a reduced run. */
  status: 'ok' | 'timeout' | 'error' | 'skipped';
  /** Why, when the status is not 'ok'. */
  note?: string;
  /** The load cap, ms, when the status is 'timeout'. */
  capMs?: number;
  /** Every run, in order. */
  runs: TimelineRun[];
  /** Medians across runs (NaN where there were none). */
  drawnMs: number;
  paintedMs: number;
  readyMs: number;
  dataMs: number;
  chromeMs: number;
  /** The larger of the two heap figures of each run, MB. */
  heapMB: number;
  frames: FrameStats;
  zoomP95: number;
  panP95: number;
  /** The longest frame in any run and the most frames over 50 ms in one run. */
  worstMax: number;
  worstOver50: number;
  /** Wheel events the page took (median), of the notches due. */
  wheelEvents: number;
  notchesDue: number;
  /** Interaction to next paint, when measured: per click, the median and worst over the runs whose click did what it should. */
  inp?: Record<keyof Interactions, InpSummary>;
}

/** One kind of click over a page's runs. */
export interface InpSummary {
  /** Median and largest latency to next paint, ms (NaN when no run's click worked). */
  ms: number;
  maxMs: number;
  /** Runs whose click did what it should, of the runs. */
  ok: number;
  runs: number;
  /** Why a click failed, when one did. */
  notes: string[];
}

/** Both pages at one dataset size. */
export interface SizeResult {
  /** Number of events. */
  n: number;
  /** Size of the dataset file, bytes. */
  fileBytes: number;
  ours: TimelineSummary;
  vis: TimelineSummary;
}

/** Loads without gestures: the shipped dataset (45 events) and 40 events from another origin. */
export interface DefaultResult {
  /** Median ms to drawn of `/`, of `/embed.html`, and of `/` over the throttled link. */
  mainMs: number;
  embedMs: number;
  throttledMs: number;
  /** Every run's ms to drawn. */
  mainRuns: number[];
  embedRuns: number[];
  throttledRuns: number[];
  /** JS and CSS loaded before drawn, in the run that had loaded the most by then (it varies with the race against the chrome). */
  mainAssets: LoadedAssets;
  embedAssets: LoadedAssets;
  /** Every run's gzip bytes loaded before drawn. */
  mainBeforeRuns: number[];
  embedBeforeRuns: number[];
  /** What each page's first draw needs by the build manifest: the entry and its static imports (bundle.ts). */
  mainNeeded: LoadedAssets;
  embedNeeded: LoadedAssets;
  /** All JS and CSS each page loaded once settled (the chrome included), for context. */
  mainTotal: LoadedAssets;
  embedTotal: LoadedAssets;
  /** `/` with 40 synthetic events from another origin (`?data=http://127.0.0.1:<other port>/…`): median and every run's ms to drawn. */
  crossOriginMs: number;
  crossOriginRuns: number[];
  /** Runs that started without a quiet CPU window (other work on the machine). */
  noisyRuns: number;
  /** The Content-Encoding the preview server sent for scripts ('' for none: raw transfers). */
  contentEncoding: string;
}

/** One target of the issue and whether it was met. */
export interface TargetResult {
  /** What the target says. */
  name: string;
  /** The figure it was judged on, in words. */
  actual: string;
  met: boolean;
  /** False when there was no figure to judge (not measured, or vis-timeline skipped): not met either. */
  measured: boolean;
  /** For a missed target: by how much, in words. */
  by?: string;
}

/** The whole result file. */
export interface BenchResult {
  date: string;
  machine: { os: string; cpus: number; cpuModel: string; node: string; commit: string; chromium: string; visTimeline: string };
  method: string[];
  /** Measured runs per page and size. */
  runs: number;
  /** What a reduced run (BENCH_SIZES, BENCH_RUNS, BENCH_VIS) left out; absent for a full run. */
  reduced?: string;
  idleFrames: FrameStats;
  default: DefaultResult;
  sizes: SizeResult[];
  visAssets: { raw: number; gzip: number };
  targets: TargetResult[];
  durationS: number;
}
