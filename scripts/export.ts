/**
 * npm run export -- [STORE] --format json|csv|timelinejs [--out FILE] [--force]
 *
 * Writes an event store (data/events.json by default) as normalised JSON, as CSV (columns in the
 * README) or as TimelineJS3 JSON. Without --out the result goes to stdout. Never writes over an
 * existing file without --force, nor ever over STORE. Exit 0 when written, 1 when the store is
 * invalid (its problems are printed as `npm run validate` prints them), 2 when a file cannot be
 * read or written, or the arguments are wrong.
 */
import { parseJson } from '../src/data/parseJson';
import { validateDataset } from '../src/data/validate';
import { formatProblem } from '../src/data/problems';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../src/interchange/exportStore';
import { CliError, checkOutput, readArguments, readText, runCli, writeTextAtomically } from './files';

const USAGE = `usage: npm run export -- [STORE] --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--force]`;

runCli(() => {
  const { values, positionals } = readArguments({ format: { type: 'string' } }, USAGE);
  if (positionals.length > 1) throw new CliError(`name at most one store to export\n${USAGE}`, 2);
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    throw new CliError(`${format ? `--format "${format}" is not one of ${EXPORT_FORMATS.join(', ')}` : '--format is needed'}\n${USAGE}`, 2);
  }
  const file = positionals[0] ?? 'data/events.json';
  if (values.out !== undefined) checkOutput(file, values.out, values.force);

  const parsed = parseJson(readText(file));
  const validation = parsed.ok ? validateDataset(parsed.value) : { ok: false as const, problems: [parsed.problem] };
  if (!validation.ok) {
    for (const problem of validation.problems) console.error(formatProblem(file, problem));
    console.error(`${file}: not exported; fix the problems above (npm run validate -- ${file} lists them too)`);
    return 1;
  }
  const text = exportStore(validation.data, format);
  const stories = validation.data.stories?.length ?? 0;
  if (format === 'timelinejs' && stories) console.error(`${file}: ${stories} ${stories === 1 ? 'story is' : 'stories are'} left out: TimelineJS3 has no place for them (json and csv keep them)`);
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeTextAtomically(values.out, text, values.force);
    console.error(`${values.out}: written (${validation.data.events.length} events as ${format})`);
  }
  return 0;
});
