/**
 * The validator's problems by place, so that each form field shows the problems of its own
 * path and each item (an event, a citation) the ones that no field of its own shows.
 */
import { formatPath, type Problem } from '../data/problems';
import type { Path } from './document';

/** Problems looked up by path. */
export interface ProblemIndex {
  /** Every problem, in the validator's order. */
  readonly all: readonly Problem[];
  /** The problems of exactly this path. */
  at(path: Path): Problem[];
  /** The problems at this path or inside it. */
  under(path: Path): Problem[];
}

/** Indexes a list of problems. O(n) to build; `at` is O(1), `under` O(n). */
export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const byPath = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = formatPath(problem.path);
    byPath.set(key, [...(byPath.get(key) ?? []), problem]);
  }
  return {
    all: problems,
    at: (path) => byPath.get(formatPath(path)) ?? [],
    under: (path) => problems.filter((p) => path.every((key, i) => p.path[i] === key)),
  };
}

/**
 * The problems inside `path` that are not under any of `shown` (the paths whose fields show
 * their own): what an item lists at its top.
 */
export function problemsNotShown(index: ProblemIndex, path: Path, shown: readonly Path[]): Problem[] {
  const covered = (p: Problem) => shown.some((s) => s.length <= p.path.length && s.every((key, i) => p.path[i] === key));
  return index.under(path).filter((p) => !covered(p));
}

/** An empty index. */
export const NO_PROBLEMS: ProblemIndex = indexProblems([]);
