/**
 * The shapes of the benchmark's results, as written to bench/results/latest.json.
 */
import type { FrameStats } from './stats';
import type { GestureResult } from './gesture';
import type { LoadedAssets } from './measure';
import type { Quiet } from './quiet';

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
  /** JSHeapUsedSize after a forced GC, right after drawn, bytes. */
  heapBytes: number;
  /** Frame figures of the scripted gesture. */
  gesture: GestureResult;
  /** Console and page errors seen during the run. */
  errors: string[];
  /** How idle the machine was when the run started. */
  quiet: Quiet;
}

/** Medians over a page's runs at one size. */
export interface TimelineSummary {
  /** 'ok'; 'timeout' when the first run was not drawn within the cap; 'error' when the page broke. */
  status: 'ok' | 'timeout' | 'error';
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
  heapMB: number;
  frames: FrameStats;
  zoomP95: number;
  panP95: number;
  /** The longest frame in any run and the most frames over 50 ms in one run. */
  worstMax: number;
  worstOver50: number;
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

/** Loads of the shipped dataset (45 events) without gestures. */
export interface DefaultResult {
  /** Median ms to drawn of `/`, of `/embed.html`, and of `/` over the throttled link. */
  mainMs: number;
  embedMs: number;
  throttledMs: number;
  /** Every run's ms to drawn. */
  mainRuns: number[];
  embedRuns: number[];
  throttledRuns: number[];
  /** JS and CSS loaded before drawn. */
  mainAssets: LoadedAssets;
  embedAssets: LoadedAssets;
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
}

/** The whole result file. */
export interface BenchResult {
  date: string;
  machine: { os: string; cpus: number; cpuModel: string; node: string; commit: string; chromium: string; visTimeline: string };
  method: string[];
  idleFrames: FrameStats;
  default: DefaultResult;
  sizes: SizeResult[];
  visAssets: { raw: number; gzip: number };
  targets: TargetResult[];
  durationS: number;
}
