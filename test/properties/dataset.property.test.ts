// @vitest-environment node
/**
 * Properties of the dataset reader: the loader, the JSON scanner and the validator, on valid
 * stores, broken stores, almost-JSON and no JSON at all.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { loadTimeline } from '../../src/data/load';
import { validateDataset } from '../../src/data/validate';
import { readTimelineBytes, readTimelineInSlices } from '../../src/data/readDataset';
import { formatPath, formatProblem } from '../../src/data/problems';
import { MAX_DEPTH, scanJson } from '../../src/data/scanJson';
import { parseJson } from '../../src/data/parseJson';
import { assertPrototypeClean, comparableText, holds, withinHangLimit, withinHangLimitAsync } from './harness';
import { HOSTILE_TEXT, mutatedJson, nearlyJson, validDataset, valueAt } from './arbitraries';

const FILE = 'events.json';
const encoder = new TextEncoder();
const fetchOf = (body: Uint8Array) => async () => new Response(body as Uint8Array<ArrayBuffer>);

/** Texts from valid to nothing like JSON. */
const documentText = fc.oneof(
  validDataset.map((d) => JSON.stringify(d)),
  validDataset.chain((d) => nearlyJson(JSON.stringify(d, null, 1))),
  validDataset.map((d) => JSON.stringify(d).replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},')),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '<!doctype html><p>Sign in', '[[[[[[', '{"a":1,"a":2}', '\uFEFF{}', ...HOSTILE_TEXT),
);

const mutatedDataset = validDataset.chain(mutatedJson);

const related = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.slice(0, b.length).every((k, i) => k === b[i]) || b.slice(0, a.length).every((k, i) => k === a[i]);

describe('dataset reader properties', () => {
  it('a generated store is valid (the generator is sound)', async () => {
    await holds('generated stores validate', fc.property(validDataset, (data) => {
      const result = validateDataset(data);
      if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(FILE, p)).join('\n'));
    }), 150);
  });

  it('the loader never throws or hangs, answers a timeline or located problems, and what it loads validates', async () => {
    await holds('loader: any text', fc.asyncProperty(documentText, fc.boolean(), async (text, sliced) => {
      const bytes = encoder.encode(text);
      const result = await withinHangLimitAsync('loadTimeline', () => loadTimeline(FILE, { fetch: fetchOf(bytes), sliceFromBytes: sliced ? 0 : Infinity }));
      assertPrototypeClean();
      if (!result.ok) {
        if (result.problems.length === 0 || !result.problems.every((line) => line.startsWith(`${FILE}: `))) throw new Error(`unlocated problems: ${result.problems.join('\n')}`);
        return;
      }
      // Loaded: then the text is JSON with no key given twice, and it validates on its own.
      const body = text.replace(/^\uFEFF/, '');
      if (scanJson(body).duplicates.length > 0) throw new Error('loaded a document with a key given twice');
      const check = validateDataset(JSON.parse(body));
      if (!check.ok) throw new Error(`loaded an invalid document: ${check.problems[0].message}`);
      const ids = (JSON.parse(body) as { events: { id: string }[] }).events.map((e) => e.id).sort();
      if (JSON.stringify(result.timeline.events.map((e) => e.id).sort()) !== JSON.stringify(ids)) throw new Error('the timeline lost or gained events');
    }), 200);
  });

  it('the loader never throws on bytes that are not text', async () => {
    await holds('loader: any bytes', fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), async (body, mark) => {
      const result = await loadTimeline(FILE, { fetch: fetchOf(new Uint8Array([...mark, ...body])) });
      assertPrototypeClean();
      if (!result.ok && result.problems.length === 0) throw new Error('failed without a problem');
    }), 150);
  });

  it('a broken store gives problems naming where; a changed type is named at or around its path', async () => {
    await holds('validator: mutated stores', fc.property(mutatedDataset, ({ document, mutation }) => {
      const result = withinHangLimit('validateDataset', () => validateDataset(document));
      assertPrototypeClean();
      if (result.ok) {
        if (mutation.kind === 'retype' || (mutation.kind === 'addKey')) throw new Error(`accepted ${mutation.kind} at ${formatPath(mutation.path)}`);
        return;
      }
      for (const problem of result.problems) {
        if (problem.path.length > 0 && valueAt(document, problem.path.slice(0, -1)) === undefined) throw new Error(`problem at a place that is not there: ${formatPath(problem.path)}`);
        if (!formatProblem(FILE, problem).startsWith(`${FILE}: `) || problem.message === '') throw new Error('a problem without words');
      }
      if ((mutation.kind === 'retype' || mutation.kind === 'addKey') && !result.problems.some((p) => related(p.path, mutation.path))) {
        throw new Error(`nothing reported near ${formatPath(mutation.path)}: ${result.problems.map((p) => formatPath(p.path)).join(', ')}`);
      }
    }), 300);
  });

  it('reading in slices gives what reading in one go gives', async () => {
    await holds('reader: slices = one go', fc.asyncProperty(mutatedDataset, async ({ document }) => {
      const bytes = encoder.encode(JSON.stringify(document));
      const one = comparableText(readTimelineBytes(bytes));
      const sliced = comparableText(await readTimelineInSlices(bytes, () => Promise.resolve()));
      if (one !== sliced) throw new Error('different readings');
    }), 100);
  });

  it('the scan accepts exactly what JSON.parse accepts, and parses to the same value', async () => {
    // Token soup finds the grammar's corners: "[,", "{}:", "-.", "1e", "\"\\u0".
    const tokens = fc.array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '\\', 'u', '0', '1', '-', '+', '.', 'e', 'true', 'nul', ' ', '\n'), { maxLength: 12 }).map((t) => t.join(''));
    const text = fc.oneof({ arbitrary: tokens, weight: 4 }, fc.json(), validDataset.chain((d) => nearlyJson(JSON.stringify(d))), fc.string({ unit: 'binary', maxLength: 60 }), fc.json().chain(nearlyJson));
    await holds('scanner: agrees with JSON.parse', fc.property(text, (input) => {
      let parses = true;
      try {
        JSON.parse(input);
      } catch {
        parses = false;
      }
      const scan = withinHangLimit('scanJson', () => scanJson(input));
      if ((scan.failure === null) !== parses) throw new Error(`scan says ${scan.failure ? 'not JSON' : 'JSON'}, JSON.parse disagrees`);
      if (scan.failure && (scan.failure.at < 0 || scan.failure.at > input.length)) throw new Error('failure outside the text');
      if (parses && !input.trimStart().startsWith('<')) {
        const parsed = parseJson(input);
        if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(JSON.parse(input))) throw new Error('a different value');
      }
    }), 400);
  });

  it('every key given twice is found, with its path, however the keys are written', async () => {
    const keys = fc.array(fc.constantFrom('a', 'b', '__proto__', 'é'), { minLength: 1, maxLength: 8 });
    await holds('scanner: duplicate keys', fc.property(keys, fc.boolean(), (list, escape) => {
      const written = list.map((k) => (escape ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(k)));
      const text = `{"events": [{${written.map((k, i) => `${k}: ${i}`).join(', ')}}]}`;
      const found = scanJson(text).duplicates.map((d) => d.path);
      const expected = list.flatMap((k, i) => (list.indexOf(k) < i ? [['events', 0, k]] : []));
      if (JSON.stringify(found) !== JSON.stringify(expected)) throw new Error(`found ${JSON.stringify(found)}`);
    }), 200);
  });

  it('nesting of any depth is read or refused as too deep, never a stack overflow', async () => {
    await holds('scanner: nesting depth', fc.property(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom('[]', '{}'), fc.boolean(), (depth, kind, closed) => {
      const open = kind === '[]' ? '[' : '{"k":';
      const close = kind === '[]' ? ']' : '}';
      const text = open.repeat(depth) + '0' + (closed ? close.repeat(depth) : '');
      const scan = scanJson(text);
      const tooDeep = depth > MAX_DEPTH;
      if (tooDeep !== (scan.failure?.kind === 'depth')) throw new Error(`depth ${depth}: ${scan.failure?.kind ?? 'accepted'}`);
      if (!tooDeep && !closed && depth > 0 && scan.failure?.kind !== 'end') throw new Error('an unclosed text was not "ends too soon"');
    }), 100);
  });
});

