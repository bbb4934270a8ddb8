/**
 * Writes the benchmark's synthetic datasets where the server can serve them, after checking
 * each one with the app's own validator: an invalid dataset stops the benchmark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../src/data/validate';
import { formatProblem } from '../src/data/problems';
import { makeSyntheticDataset } from './synthetic';

/** The seed every benchmark dataset is made from. */
export const SEED = 20251128;

/** One written dataset. */
export interface WrittenDataset {
  /** Number of events. */
  n: number;
  /** Path from the server root, e.g. /bench-data/synthetic-1000.json. */
  path: string;
  /** File size in bytes. */
  bytes: number;
}

/** Generates, validates and writes one dataset per size into `<outDir>/bench-data/`. */
export function writeDatasets(outDir: string, sizes: readonly number[]): WrittenDataset[] {
  const dir = join(outDir, 'bench-data');
  mkdirSync(dir, { recursive: true });
  return sizes.map((n) => {
    const text = JSON.stringify(makeSyntheticDataset(SEED, n));
    const name = `synthetic-${n}.json`;
    const validation = validateDataset(JSON.parse(text));
    if (!validation.ok) {
      const problems = validation.problems.slice(0, 10).map((p) => formatProblem(name, p));
      throw new Error(`the synthetic dataset of ${n} events is invalid:\n${problems.join('\n')}`);
    }
    writeFileSync(join(dir, name), text);
    return { n, path: `/bench-data/${name}`, bytes: Buffer.byteLength(text) };
  });
}
