/**
 * Fetches, parses, validates and normalises an event store in the browser. No React, no DOM:
 * it takes a fetch function so that tests can hand it one.
 */
import { parseJson } from './parseJson';
import { validateDataset } from './validate';
import { normalise } from './normalise';
import { formatProblem, type Problem } from './problems';
import type { Timeline } from '../model/types';
import type { Dataset } from './schema';

/** Why a load failed, for the wording of the error panel. */
export type LoadFailure = 'fetch' | 'json' | 'invalid';

/** The outcome of loading a dataset. */
export type LoadResult =
  | { ok: true; dataset: Dataset; timeline: Timeline; url: string }
  | { ok: false; failure: LoadFailure; url: string; problems: string[] };

/** Loads the event store at `url` (relative URLs resolve against `base`). */
export async function loadTimeline(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  const file = displayName(url);
  const fail = (failure: LoadFailure, problems: Problem[]): LoadResult => ({
    ok: false,
    failure,
    url,
    problems: problems.map((p) => formatProblem(file, p)),
  });
  let text: string;
  try {
    // Default credentials ("same-origin") so the page's <link rel="preload"> of the default
    // dataset is reused; a dataset on another origin never gets this site's cookies either way.
    const response = await fetchImpl(url);
    if (!response.ok) return fail('fetch', [{ path: [], message: `the server answered ${response.status} ${response.statusText}`.trim() }]);
    text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('fetch', [{ path: [], message: `could not be fetched (${reason})` }]);
  }
  // User Timing marks let the benchmark and the browser's profiler see where a load spends its time.
  mark('timeline:fetched');
  const parsed = parseJson(text);
  if (!parsed.ok) return fail('json', [parsed.problem]);
  mark('timeline:parsed');
  const validation = validateDataset(parsed.value);
  if (!validation.ok) return fail('invalid', validation.problems);
  mark('timeline:validated');
  const timeline = normalise(validation.data);
  mark('timeline:normalised');
  return { ok: true, dataset: validation.data, timeline, url };
}

/** The file part of a URL, for messages: "events.json" or "https://host/path/file.json". */
function displayName(url: string): string {
  return /^https?:/i.test(url) ? url : url.replace(/^\.?\//, '');
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
