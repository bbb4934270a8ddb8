/**
 * How property tests run: a few hundred cases each in `npm test` (seconds in all), as many as
 * FUZZ_RUNS asks in `npm run fuzz`. A failure throws fast-check's report, which gives the
 * counterexample and the seed and path that replay it (FUZZ_SEED=… FUZZ_PATH=… npm run fuzz).
 *
 * A parser of outside input gets one file here, `<parser>.property.test.ts`, calling
 * `holds(name, property, quickRuns)` for each property: that is all `npm run fuzz` needs to run
 * it longer and count its cases.
 */
import fc from 'fast-check';
import { appendFileSync } from 'node:fs';

/** Whether this is a long run (`npm run fuzz`), not the quick one of `npm test`. */
export const FUZZING = process.env.FUZZ_RUNS !== undefined;

/**
 * A test timeout for slow properties: generous in `npm test`, where a shared machine's clock
 * varies (the cases' own time is held by the hang guard), and none to speak of in a long run.
 */
export const PROPERTY_TIMEOUT_MS = FUZZING ? 24 * 3_600_000 : 30_000;

/**
 * The hang guard of "bounded time for bounded input": one case of bounded size taking longer
 * than this is reported as a hang. It is an order of magnitude above the slowest case (the
 * extractor on its longest articles, a few hundred milliseconds; most cases take
 * milliseconds), so it catches runaway loops and catastrophic backtracking, not slowness;
 * speed is measured by benchmarks, not asserted. Time is the process's CPU time, not the
 * clock's, so that a machine busy with other work does not make a case look hung.
 */
export const HANG_LIMIT_MS = 2_000;

/** Runs `work`, failing if it takes past HANG_LIMIT_MS; returns its result. */
export function withinHangLimit<T>(what: string, work: () => T): T {
  const started = cpuMs();
  return checkedTime(what, started, work());
}

/** The async form of withinHangLimit. */
export async function withinHangLimitAsync<T>(what: string, work: () => Promise<T>): Promise<T> {
  const started = cpuMs();
  return checkedTime(what, started, await work());
}

/** Milliseconds of CPU this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function checkedTime<T>(what: string, started: number, result: T): T {
  const took = cpuMs() - started;
  if (took > HANG_LIMIT_MS) throw new Error(`${what} took ${Math.round(took)} ms of CPU on one bounded input (hang guard: ${HANG_LIMIT_MS} ms)`);
  return result;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Throws when Object.prototype gained or lost a property (prototype pollution by `__proto__` keys). */
export function assertPrototypeClean(): void {
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTOTYPE_KEYS || ({} as Record<string, unknown>).polluted !== undefined) {
    throw new Error('Object.prototype was changed');
  }
}

/**
 * Checks that `property` holds: `quickRuns` cases in `npm test`, FUZZ_RUNS in `npm run fuzz`
 * (which also reports how many ran). Throws fast-check's report, seed included, on failure.
 */
export async function holds<Ts>(name: string, property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, quickRuns: number): Promise<void> {
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  const path = process.env.FUZZ_PATH;
  const numRuns = FUZZING ? Number(process.env.FUZZ_RUNS) : quickRuns;
  const started = performance.now();
  const details = await fc.check(property as fc.IRawProperty<Ts>, { numRuns, ...(seed === undefined ? {} : { seed }), ...(path ? { path } : {}) });
  const ms = Math.round(performance.now() - started);
  if (process.env.FUZZ_REPORT) {
    appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ name, cases: details.numRuns, skipped: details.numSkips, seed: details.seed, ms, failed: details.failed })}\n`);
  }
  if (details.failed) {
    // The report gives the counterexample and the seed; the property's own error says what broke.
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${name}: ${error}\n${fc.defaultReportMessage(details)}`);
  }
}

/**
 * A value as text for comparing two readings (a deep comparison of thousands of events is
 * slow): maps as their entries, object keys sorted (the schema's output lists keys in its own
 * order, the input in the file's).
 */
export function comparableText(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (v instanceof Map) return [...v];
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  });
}
