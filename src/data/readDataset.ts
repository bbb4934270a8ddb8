/**
 * A document's bytes or text to a validated dataset, or every problem found on the way: the
 * one reading shared by the page's loader and the `npm run validate` CLI. Problems found while
 * parsing (keys given twice) are reported with the validator's, in one list, so a file is fixed
 * in one round. Large documents are read in slices with pauses between them, their scan in a
 * worker beside JSON.parse (readTimelineInSlices), so that reading 50 MB never freezes the page.
 */
import { decodeJsonBytes } from './decodeText';
import { parseBesideScan, parseJson, type ParsedJson } from './parseJson';
import { inDocumentOrder, validateDataset, validateDatasetInSlices, type Validation } from './validate';
import { readableEventId } from './crossReferences';
import { scanInWorker } from './scanInWorker';
import { normalise, normaliseInSlices } from './normalise';
import type { Dataset } from './schema';
import type { Problem } from './problems';
import { mark, type Pause } from './pause';
import type { Timeline } from '../model/types';

/** The outcome of reading a document: `json` when it is not JSON at all, `invalid` when it breaks the format. */
export type DatasetReading = { ok: true; data: Dataset } | { ok: false; failure: 'json' | 'invalid'; problems: Problem[] };

/** A document read all the way to the timeline the page draws, or its problems. */
export type TimelineReading = { ok: true; dataset: Dataset; timeline: Timeline } | { ok: false; failure: 'json' | 'invalid'; problems: Problem[] };

/** Reads a document from its bytes (UTF-8, or UTF-16 with or without a byte-order mark). */
export function readDatasetBytes(bytes: Uint8Array): DatasetReading {
  const decoded = decodeJsonBytes(bytes);
  return decoded.ok ? readDataset(decoded.text) : { ok: false, failure: 'json', problems: [decoded.problem] };
}

/** Reads a document from its text. */
export function readDataset(text: string): DatasetReading {
  const parsed = parseJson(text);
  return parsed.ok ? withParsingProblems(parsed, validateDataset(parsed.value)) : { ok: false, failure: 'json', problems: [parsed.problem] };
}

/** Reads a document's bytes into a timeline: decode, parse, validate, normalise. */
export function readTimelineBytes(bytes: Uint8Array): TimelineReading {
  const reading = readDatasetBytes(bytes);
  return reading.ok ? { ok: true, dataset: reading.data, timeline: normalise(reading.data) } : reading;
}

/**
 * readTimelineBytes in slices, calling `pause` between them; the same result. While a worker
 * scans the text for keys given twice, the value JSON.parse gave is already validated and
 * normalised here (on two cores the scan and this work overlap); the scan's verdict is merged in
 * after. A value the early pass cannot handle (nesting the scan refuses) waits for the verdict.
 */
export async function readTimelineInSlices(bytes: Uint8Array, pause: Pause): Promise<TimelineReading> {
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok) return { ok: false, failure: 'json', problems: [decoded.problem] };
  mark('timeline:decoded');
  await pause();
  const early = parseBesideScan(decoded.text, scanInWorker);
  const ahead = early.parsed ? await readAhead(early.parsed.value, pause) : null;
  const parsed = await early.verdict(pause);
  if (!parsed.ok) return { ok: false, failure: 'json', problems: [parsed.problem] };
  mark('timeline:parsed');
  const validation = ahead?.validation ?? (await pause(), await validateDatasetInSlices(parsed.value, pause));
  mark('timeline:validated');
  const reading = withParsingProblems(parsed, validation);
  if (!reading.ok) return reading;
  return { ok: true, dataset: reading.data, timeline: ahead?.timeline ?? (await normaliseInSlices(reading.data, pause)) };
}

/** A parsed value validated, and normalised when valid, before the scan's verdict; null when that throws (then the verdict comes first). */
async function readAhead(value: unknown, pause: Pause): Promise<{ validation: Validation; timeline: Timeline | null } | null> {
  try {
    await pause();
    const validation = await validateDatasetInSlices(value, pause);
    return { validation, timeline: validation.ok ? await normaliseInSlices(validation.data, pause) : null };
  } catch {
    return null;
  }
}

/** The validation with the parser's problems (keys given twice) merged in, each named by its event. */
function withParsingProblems(parsed: ParsedJson & { ok: true }, validation: Validation): DatasetReading {
  if (validation.ok && parsed.problems.length === 0) return validation;
  const events: unknown = (parsed.value as { events?: unknown } | null)?.events;
  const eventList: readonly unknown[] = Array.isArray(events) ? events : [];
  const duplicates = parsed.problems.map((p) =>
    p.path[0] === 'events' && typeof p.path[1] === 'number' ? { ...p, eventId: readableEventId(eventList[p.path[1]]) } : p,
  );
  return { ok: false, failure: 'invalid', problems: inDocumentOrder([...duplicates, ...(validation.ok ? [] : validation.problems)]) };
}
