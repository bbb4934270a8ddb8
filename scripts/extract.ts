/**
 * npm run extract -- ARTICLE [--published YYYY-MM-DD] [--pair A,B] [--url URL] [--title T]
 *                    [--publisher P] [--out FILE] [--accept]
 *
 * Reads an article (.txt, .md or .html) and writes a draft: a valid event store whose events
 * are the article's dated claims, each quoting its exact sentence, with the extraction
 * metadata in the store's `draft` object (docs/data-format.md, *Drafts*). Prints the draft
 * to stdout, or writes it to --out, which must not exist yet: it never writes into an
 * existing store. Exit 0 done, 1 bad arguments, 2 unreadable article.
 */
import { parseArgs } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCandidates, inferPair } from '../src/extract/extract';
import { buildDraft, UNKNOWN_URL } from '../src/extract/draft';
import { createGazetteer } from '../src/extract/actors/gazetteer';
import { validateDataset } from '../src/data/validate';
import { formatProblem } from '../src/data/problems';
import { parsePartialDate } from '../src/model/dates';
import type { Dataset } from '../src/data/schema';
import { readArticle } from './extract/readArticle';
import { writeNewFile } from './extract/writeNewFile';

const USAGE = 'usage: npm run extract -- ARTICLE [--published YYYY-MM-DD] [--pair A,B] [--url URL] [--title T] [--publisher P] [--out FILE] [--accept]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: {
      published: { type: 'string' }, pair: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' },
      publisher: { type: 'string' }, out: { type: 'string' }, accept: { type: 'boolean' }, data: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(USAGE);

if (values.published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.published) || !parsePartialDate(values.published))) {
  fail(`--published must be a calendar date written YYYY-MM-DD (got "${values.published}")`);
}
let pair: [string, string] | undefined;
if (values.pair !== undefined) {
  const codes = values.pair.split(',').map((c) => c.trim());
  if (codes.length !== 2 || codes.some((c) => !/^[A-Z]{3}$/.test(c)) || codes[0] === codes[1]) {
    fail(`--pair takes two different ISO 3166-1 alpha-3 codes separated by a comma, such as ISR,AZE (got "${values.pair}")`);
  }
  pair = [codes[0], codes[1]];
}
if (values.url !== undefined && !/^https?:\/\/\S+$/i.test(values.url)) fail(`--url must be an http:// or https:// address (got "${values.url}")`);

let article;
try {
  article = readArticle(positionals[0]);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code ? `${positionals[0]}: cannot be read (${code === 'ENOENT' ? 'no such file' : code})` : (error as Error).message, code ? 2 : 1);
}

const dataDir = values.data ?? 'data';
const published = values.published ?? article.meta.published;
const url = values.url ?? article.meta.url;
const title = values.title ?? article.title ?? article.file;

// Without --pair, the two countries the article names most; then the pair's dataset, if any.
if (!pair) {
  try {
    pair = inferPair(article.text, article.blocks, createGazetteer());
  } catch (error) {
    fail(`${positionals[0]}: ${(error as Error).message}`);
  }
}
const base = findPairDataset(dataDir, pair);
if (values.accept && !url && !base?.sources.some((s) => s.title.trim() === title.trim())) {
  fail('--accept needs --url (or a page that names its address): an accepted store must cite the article by its real address');
}

const candidates = extractCandidates(article.text, article.blocks, { published, pair, categories: base?.categories, knownActors: base?.actors });
const draft = buildDraft(candidates, { title, text: article.text, file: article.file, url, publisher: values.publisher ?? article.meta.publisher, published }, { pair, base, accept: values.accept });

const check = validateDataset(draft);
if (!check.ok) fail(`internal error: the draft is not a valid store:\n${check.problems.map((p) => formatProblem('draft', p)).join('\n')}`);

const json = `${JSON.stringify(draft, null, 2)}\n`;
const context = candidates.filter((c) => c.context).length;
const summary = `${candidates.length} candidates (${context} marked as context), ${values.accept ? 'accepted' : 'unreviewed'}; categories from ${base ? `the ${base.id} dataset` : 'the default set'}${draft.sources[0]?.url === UNKNOWN_URL ? '; the article’s address is unknown (give --url)' : ''}`;
if (values.out === undefined) {
  process.stdout.write(json);
  console.error(summary);
} else {
  try {
    writeNewFile(values.out, json);
  } catch (error) {
    fail(`${values.out}: ${(error as Error).message}`);
  }
  console.error(`${values.out}: ${summary}`);
}

/** The store in `dir` whose pair is these two actors (either order), if there is one. */
function findPairDataset(dir: string, wanted: [string, string]): Dataset | undefined {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
  } catch {
    return undefined;
  }
  for (const file of files.sort()) {
    try {
      const result = validateDataset(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (result.ok && !result.data.draft && [...result.data.pair].sort().join() === [...wanted].sort().join()) return result.data;
    } catch {
      // Not a store (or not JSON): not the pair's dataset.
    }
  }
  return undefined;
}
