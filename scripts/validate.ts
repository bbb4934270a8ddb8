/**
 * npm run validate -- [files...]
 * Validates event stores (data/events.json by default) and prints every problem, one per line.
 * Exit 0 when all are valid, 1 when any is invalid, 2 when a file cannot be read.
 * It only reads: no file is ever written.
 */
import { readFileSync } from 'node:fs';
import { parseJson } from '../src/data/parseJson';
import { validateDataset } from '../src/data/validate';
import { formatProblem } from '../src/data/problems';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) files.push('data/events.json');

let exitCode = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? String(error)})`);
    exitCode = 2;
    continue;
  }
  const parsed = parseJson(text);
  const result = parsed.ok ? validateDataset(parsed.value) : { ok: false as const, problems: [parsed.problem] };
  if (result.ok) {
    console.log(`${file}: valid (${result.data.events.length} events)`);
    continue;
  }
  const { problems } = result;
  for (const problem of problems) console.error(formatProblem(file, problem));
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  if (exitCode === 0) exitCode = 1;
}
process.exit(exitCode);
