/**
 * A document's bytes or text to a validated dataset, or every problem found on the way: the
 * one reading shared by the page's loader (on the main thread or in a worker) and the
 * `npm run validate` CLI. Problems found while parsing (keys given twice) are reported with
 * the validator's, in one list, so a file is fixed in one round.
 */
import { decodeJsonBytes } from './decodeText';
import { parseJson } from './parseJson';
import { inDocumentOrder, validateDataset } from './validate';
import { readableEventId } from './crossReferences';
import { normalise } from './normalise';
import type { Dataset } from './schema';
import type { Problem } from './problems';
import type { Timeline } from '../model/types';

/** The outcome of reading a document: `json` when it is not JSON at all, `invalid` when it breaks the format. */
export type DatasetReading = { ok: true; data: Dataset } | { ok: false; failure: 'json' | 'invalid'; problems: Problem[] };

/** A document read all the way to the timeline the page draws, or its problems. */
export type TimelineReading = { ok: true; timeline: Timeline } | { ok: false; failure: 'json' | 'invalid'; problems: Problem[] };

/** Reads a document's bytes into a timeline: decode, parse, validate, normalise. */
export function readTimelineBytes(bytes: Uint8Array): TimelineReading {
  const reading = readDatasetBytes(bytes);
  return reading.ok ? { ok: true, timeline: normalise(reading.data) } : reading;
}

/** Reads a document from its bytes (UTF-8, or UTF-16 with or without a byte-order mark). */
export function readDatasetBytes(bytes: Uint8Array): DatasetReading {
  const decoded = decodeJsonBytes(bytes);
  return decoded.ok ? readDataset(decoded.text) : { ok: false, failure: 'json', problems: [decoded.problem] };
}

/** Reads a document from its text. */
export function readDataset(text: string): DatasetReading {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, failure: 'json', problems: [parsed.problem] };
  const validation = validateDataset(parsed.value);
  if (validation.ok && parsed.problems.length === 0) return validation;
  const events: unknown = (parsed.value as { events?: unknown } | null)?.events;
  const eventList: readonly unknown[] = Array.isArray(events) ? events : [];
  const duplicates = parsed.problems.map((p) =>
    p.path[0] === 'events' && typeof p.path[1] === 'number' ? { ...p, eventId: readableEventId(eventList[p.path[1]]) } : p,
  );
  return { ok: false, failure: 'invalid', problems: inDocumentOrder([...duplicates, ...(validation.ok ? [] : validation.problems)]) };
}
