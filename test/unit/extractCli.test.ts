// @vitest-environment node
/**
 * npm run extract, run as a person runs it: on the seed article (read from ../shared at test
 * time, never copied here), on an HTML page and on bad input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
function validate(file: string) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/validate.ts', file], { encoding: 'utf8' });
}

const SEED = '../shared/seed/000_ef5e1746d28300d1.txt';

describe('the seed article (--published 2020-10-02 --pair ISR,AZE)', () => {
  // The seed article lives beside the project (../shared/, which CI has too): its absence is a failure, not a skip.
  beforeAll(() => {
    if (!existsSync(SEED)) throw new Error(`${SEED} is missing: the seed article must sit beside the project in ../shared/seed/`);
  });
  const run = extract(SEED, '--published', '2020-10-02', '--pair', 'ISR,AZE');
  const draft = JSON.parse(run.out || '{}') as Dataset;
  const article = readFileSync(SEED, 'utf8');
  const find = (words: string, start: string) => draft.events.find((e) => e.summary.includes(words) && e.start === start);

  it('writes a valid draft to stdout', () => {
    expect(run.code).toBe(0);
    expect(draft.draft?.article.text).toBe(article);
  });

  // Each dated claim of the article: [words of its sentence, start, approximate, value]
  it.each<[string, string, boolean, number | undefined]>([
    ['Since the collapse of the Soviet Union in 1991', '1991', false, undefined],
    ['In 1992, when Azerbaijan announced its independence', '1992', false, undefined],
    ['in 2012 Azerbaijan inked a $1.6 billion deal', '2012', false, 1_600_000_000],
    ['Four years later, Baku made even a bigger deal', '2016', false, 5_000_000_000],
    ["second biggest arms customer", '2017', false, undefined],
    ['a fresh round of hostilities since last Sunday', '2020-09-27', false, undefined],
    ['which has just recalled its ambassador', '2020-10-02', true, undefined],
  ])('holds "%s" at %s', (words, start, approximate, amount) => {
    const event = find(words, start);
    expect(event, `no candidate dated ${start} for "${words}"`).toBeDefined();
    expect(event!.approximate ?? false).toBe(approximate);
    if (amount !== undefined) expect(event!.value).toMatchObject({ amount, currency: 'USD' });
    expect(draft.draft!.candidates[event!.id].context).toBeUndefined();
  });

  it('quotes every sentence exactly, at its recorded offsets in the article', () => {
    for (const event of draft.events) {
      const { start, end } = draft.draft!.candidates[event.id].sentence;
      expect(article.slice(start, end)).toBe(event.sources[0].quote);
      expect(event.sources[0].source).toBe('sputnik-2020');
    }
  });

  it('marks every candidate from the Golan photo caption as context, outside the pair’s lanes', () => {
    const golan = draft.events.filter((e) => /Golan|Syria/.test(e.summary));
    expect(golan.length).toBeGreaterThan(0);
    for (const event of golan) {
      expect(draft.draft!.candidates[event.id].context).toBe('caption');
      expect(event.category).toBe('context');
    }
  });

  it('uses the categories of the pair’s dataset and flags candidates unreviewed', () => {
    const shipped = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
    expect(draft.categories.map((c) => c.id)).toEqual([...shipped.categories.map((c) => c.id), 'context']);
    expect(find('in 2012 Azerbaijan inked', '2012')!.category).toBe('arms');
    expect(new Set(Object.values(draft.draft!.candidates).map((c) => c.status))).toEqual(new Set(['unreviewed']));
  });
});

// Each case starts a tsx process (about a second, several on a busy machine).
describe('npm run extract', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));

  it('reads an HTML page without its navigation, scripts, asides and footer, and writes --out atomically', () => {
    const out = join(dir, 'page-draft.json');
    const run = extract('test/fixtures/extract/page.html', '--pair', 'NOR,RUS', '--out', out, '--accept');
    expect(run.code).toBe(0);
    expect(validate(out).status).toBe(0);
    const draft = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    const text = draft.draft!.article.text;
    expect(text).not.toMatch(/1999|2001|cookies|Archive|fisheries|© 2010/);
    expect(draft.sources[0]).toMatchObject({ url: 'https://ledger.example/2010/09/barents-treaty', publisher: 'The Northern Ledger', published: '2010-09-16' });
    const dated = draft.events.map((e) => `${e.start} ${draft.draft!.candidates[e.id].dateMethod}${draft.draft!.candidates[e.id].context ? ' context' : ''}`);
    expect(dated).toEqual(['2010-09-15 explicit context', '2010-09-15 publication-relative', '1970 bare-year', '2010-04 year-from-context', '1970 list-item', '1978 list-item']);
    expect(Object.values(draft.draft!.candidates).every((c) => c.status === 'accepted')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write into an existing file, and leaves it as it was', () => {
    const out = join(dir, 'store.json');
    writeFileSync(out, '{"precious": true}\n');
    const run = extract('test/fixtures/extract/page.html', '--pair', 'NOR,RUS', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${out}: already exists`);
    expect(readFileSync(out, 'utf8')).toBe('{"precious": true}\n');
  });

  it('refuses an article with nothing visible, and titles one by its first visible line', () => {
    // Found by the extractor's properties: both ended in "internal error: the draft is not a valid store".
    writeFileSync(join(dir, 'invisible.txt'), '\u200B\u200D\n\u202E\n');
    const refused = extract(join(dir, 'invisible.txt'), '--pair', 'ISR,AZE');
    expect([refused.code, refused.err.trim()]).toEqual([1, `${join(dir, 'invisible.txt')}: the article has no text (nothing visible)`]);
    writeFileSync(join(dir, 'hidden-first-line.txt'), '\u200B\nIsrael and Azerbaijan\nIn 1992, Israel recognised Azerbaijan.\n');
    const read = extract(join(dir, 'hidden-first-line.txt'), '--pair', 'ISR,AZE', '--data', dir);
    expect(read.code).toBe(0);
    const draft = JSON.parse(read.out) as Dataset;
    expect([draft.draft!.article.title, draft.events.map((e) => e.start)]).toEqual(['Israel and Azerbaijan', ['1992']]);
  });

  it.each([
    [['no/such/article.txt'], 2, 'no/such/article.txt: cannot be read (no such file)'],
    [['test/fixtures/valid-minimal.json'], 1, 'an article must be a .txt, .md or .html file'],
    [['test/fixtures/extract/page.html', '--pair', 'NOR'], 1, '--pair takes two different ISO 3166-1 alpha-3 codes'],
    [['test/fixtures/extract/page.html', '--published', '2010-02-30'], 1, '--published must be a calendar date'],
    [['test/fixtures/extract/page.html', '--url', 'javascript:alert(1)'], 1, '--url must be an http:// or https:// address'],
  ])('%j exits %i with a clear message', (args, code, message) => {
    const run = extract(...args);
    expect(run.code).toBe(code);
    expect(run.err).toContain(message);
  });
});
