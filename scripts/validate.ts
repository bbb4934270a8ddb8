/**
 * npm run validate -- [files...]
 * Validates event stores (data/events.json by default) and prints every problem, one per line.
 * Exit 0 when all are valid, 1 when any is invalid, 2 when a file cannot be read.
 * It only reads: no file is ever written.
 */
import { readFileSync } from 'node:fs';
import { readDatasetBytes } from '../src/data/readDataset';
import { formatProblem } from '../src/data/problems';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) files.push('data/events.json');

let exitCode = 0;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    // Bytes, not text: the reader decodes UTF-8 and UTF-16 as the page does, and says where
    // a file does not decode instead of replacing what it cannot read.
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? String(error)})`);
    exitCode = 2;
    continue;
  }
  const result = readDatasetBytes(bytes);
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
