/**
 * npm run import -- FILE [--out data/NAME.json] [--pair A,B] [--source-url URL] [--force]
 *
 * Turns a TimelineJS3 JSON file (current or legacy v2), a TimelineJS3 spreadsheet exported as
 * CSV, or an event-store CSV or JSON into a valid event store; the format is told by the
 * content. Prints what it changed, dropped or refused, per event, on stderr. Without --out the
 * store goes to stdout; written beside an events.schema.json (as in data/), it names that schema. Never writes over an existing file without --force, nor ever over FILE.
 * Exit 0 when a store was made, 1 when the input cannot make a valid store (nothing written),
 * 2 when a file cannot be read or written, or the arguments are wrong.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importTimeline } from '../src/interchange/importTimeline';
import { parsePairArgument } from '../src/interchange/countries';
import { reportLines } from '../src/interchange/report';
import { storeToJson } from '../src/interchange/storeJson';
import { CliError, checkOutput, readArguments, readText, runCli, writeTextAtomically } from './files';

const USAGE = 'usage: npm run import -- FILE [--out data/NAME.json] [--pair A,B] [--source-url URL] [--force]';

runCli(() => {
  const { values, positionals } = readArguments({ pair: { type: 'string' }, 'source-url': { type: 'string' } }, USAGE);
  if (positionals.length !== 1) throw new CliError(`name exactly one file to import\n${USAGE}`, 2);
  const [file] = positionals;
  let pair: [string, string] | undefined;
  if (values.pair !== undefined) {
    const parsed = parsePairArgument(values.pair);
    if (!parsed.ok) throw new CliError(parsed.message, 2);
    pair = parsed.pair;
  }
  const sourceUrl = values['source-url'];
  if (sourceUrl !== undefined && !/^https?:\/\/\S+$/i.test(sourceUrl)) throw new CliError(`--source-url must be a full http:// or https:// address (got "${sourceUrl}")`, 2);
  if (values.out !== undefined) checkOutput(file, values.out, values.force);

  const result = importTimeline(readText(file), { fileName: file, pair, sourceUrl });
  if (result.report) for (const line of reportLines(file, result.report)) console.error(line);
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    console.error(`${file}: nothing was written`);
    return 1;
  }
  if (values.out === undefined) process.stdout.write(storeToJson(result.store));
  else {
    // Beside the project's schema (data/), the store names it, as data/events.json does, so editors check it while typing.
    const besideSchema = existsSync(join(dirname(values.out), 'events.schema.json'));
    const json = storeToJson(besideSchema ? { $schema: './events.schema.json', ...result.store } : result.store);
    writeTextAtomically(values.out, json, values.force);
    console.error(`${values.out}: written (${result.store.events.length} events); check it with npm run validate -- ${values.out}`);
  }
  return 0;
});
