/**
 * Interaction to next paint from what the page recorded (measure.ts's probe), as pure
 * functions: the Event Timing API's figure and the benchmark's own next-paint figure for the
 * inputs of one click.
 */
import type { EventEntry, InputPaint } from './measure';

/** How long one interaction took to its next paint, ms. */
export interface Latency {
  /**
   * The figure judged: the larger of the two below (Event Timing only reports events of 16 ms
   * or more, so a missing entry means under 16 ms and the next-paint figure stands alone).
   */
  ms: number;
  /** Event Timing: the longest `duration` among the interaction's event entries; null when none reached 16 ms. */
  eventTimingMs: number | null;
  /** Capture listener to the end of the next frame's rendering work, longest over the interaction's inputs; null when none was seen. */
  nextPaintMs: number | null;
}

/** Slack for timestamps taken on either side of the input being sent, ms. */
const SLACK_MS = 1;

/** The latency of the interaction whose inputs came at or after `since` (ms from navigation start). */
export function interactionLatency(events: readonly EventEntry[], inputs: readonly InputPaint[], since: number): Latency {
  const timed = events.filter((e) => e.interactionId > 0 && e.startTime >= since - SLACK_MS).map((e) => e.duration);
  const painted = inputs.filter((i) => i.start >= since - SLACK_MS && i.paint !== undefined).map((i) => i.paint! - i.start);
  const eventTimingMs = timed.length ? Math.max(...timed) : null;
  const nextPaintMs = painted.length ? Math.max(...painted) : null;
  const ms = eventTimingMs === null && nextPaintMs === null ? NaN : Math.max(eventTimingMs ?? 0, nextPaintMs ?? 0);
  return { ms, eventTimingMs, nextPaintMs };
}
