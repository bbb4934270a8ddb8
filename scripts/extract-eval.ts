/**
 * npm run extract:eval -- [--verbose] [--split dev|blind] [--dir DIR]
 *
 * Scores the extractor on the labelled articles in test/extract-corpus: for each article, the
 * (date, sentence) pairs it proposes against the labelled ones. Prints recall and precision
 * overall, by corpus split and by how the date was worked out, as Markdown tables.
 * --verbose also lists every missed label and every wrong candidate. Only reads files.
 */
import { parseArgs } from 'node:util';
import { addTallies, rates, type Tally } from '../src/extract/evaluate';
import { DATE_METHODS } from '../src/data/schema';
import { readCorpus, scoreLabelled } from './extract/corpus';

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { verbose: { type: 'boolean' }, split: { type: 'string' }, dir: { type: 'string' } } });
const dir = values.dir ?? 'test/extract-corpus';

const bySplit = new Map<string, Map<string, Tally>>();
const overall = new Map<string, Tally>();
let articles = 0;
for (const labels of readCorpus(dir)) {
  if (values.split && labels.split !== values.split) continue;
  articles++;
  const score = scoreLabelled(dir, labels);
  addTallies(overall, score.tallies);
  for (const group of [labels.split, labels.style]) addTallies(bySplit.get(group) ?? (bySplit.set(group, new Map()), bySplit.get(group)!), score.tallies);
  if (values.verbose) {
    const all = score.tallies.get('all')!;
    console.log(`\n${labels.article}: ${all.found}/${all.labels} found, ${all.right}/${all.predictions} right`);
    for (const m of score.missed) console.log(`  missed  ${m.start}${m.end ? `–${m.end}` : ''} [${m.how}] ${m.sentence.slice(0, 100)}`);
    for (const w of score.wrong) console.log(`  wrong   ${w.start}${w.end ? `–${w.end}` : ''} [${w.how}] ${w.sentence.slice(0, 100)}`);
  }
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const row = (name: string, t: Tally | undefined) => {
  const tally = t ?? { labels: 0, found: 0, predictions: 0, right: 0 };
  const { recall, precision } = rates(tally);
  return `| ${name} | ${tally.labels} | ${tally.found} | ${pct(recall)} | ${tally.predictions} | ${tally.right} | ${pct(precision)} |`;
};
const header = (first: string) => [`| ${first} | labels | found | recall | candidates | right | precision |`, '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];

console.log(`\nExtraction scored on ${articles} labelled articles (${dir}), ${new Date().toISOString().slice(0, 10)}\n`);
const groups = [...bySplit.keys()].sort((a, b) => Number(a === 'news' || a === 'encyclopedic') - Number(b === 'news' || b === 'encyclopedic') || a.localeCompare(b));
console.log([...header('articles'), row('all', overall.get('all')), ...groups.map((g) => row(g, bySplit.get(g)!.get('all')))].join('\n'));
console.log(`\nBy how the date was worked out (recall by the label's method, precision by the extractor's):\n`);
console.log([...header('method'), ...DATE_METHODS.filter((m) => overall.has(m)).map((m) => row(m, overall.get(m)))].join('\n'));
