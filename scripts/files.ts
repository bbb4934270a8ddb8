/**
 * Reading and writing files for the command-line tools, with the project's rules: a file that
 * exists is never replaced without --force, a write is atomic (a temporary file in the same
 * folder, then a rename, so a reader never sees half a file), and nothing is written over the
 * file a command was asked to read.
 */
import { existsSync, linkSync, realpathSync, renameSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A failure to report and the exit code it means. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
  }
}

/** Reads a text file, or throws a CliError (exit 2) naming the file and why. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? String(error);
    throw new CliError(`${file}: cannot be read (${why})`, 2);
  }
}

/**
 * Checks an output path before any work (exit 2): it must not be the file being read, whatever
 * the path spelling, and must not exist unless `force`. The write checks existence again,
 * atomically; this check only spares a person the work of a run that cannot end well.
 */
export function checkOutput(input: string, out: string, force: boolean): void {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  if (real(input) === real(out)) throw new CliError(`${out}: is the file being read; write the result to another file`, 2);
  if (!force && existsSync(out)) throw new CliError(`${out}: already exists; give --force to replace it`, 2);
}

/**
 * Writes `text` to `file` atomically. Without `force`, an existing file is left alone and the
 * write fails (exit 2); the check and the write are one step (a hard link, which fails if the
 * name exists), so a file that appears meanwhile is not replaced either.
 */
export function writeTextAtomically(file: string, text: string, force: boolean): void {
  const folder = dirname(file);
  if (!existsSync(folder)) throw new CliError(`${file}: cannot be written (folder ${folder} does not exist)`, 2);
  if (!force && existsSync(file)) throw new CliError(`${file}: already exists; give --force to replace it`, 2);
  const temp = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    if (force) renameSync(temp, file);
    else {
      try {
        linkSync(temp, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new CliError(`${file}: already exists; give --force to replace it`, 2);
        // Some file systems have no hard links; the existence check above has to do there.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') renameSync(temp, file);
        else throw error;
      }
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot be written (${code ?? String(error)})`, 2);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}

/** Reads the command line (npm's `--` removed) with `out` and `force` and the given options; bad arguments exit 2 with the usage. */
export function readArguments<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      allowPositionals: true,
      options: { ...options, out: { type: 'string' }, force: { type: 'boolean', default: false } } as const,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`, 2);
  }
}

/** Runs a command's main function and exits with its code; a CliError prints its message. */
export function runCli(main: () => number): void {
  try {
    process.exit(main());
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    throw error;
  }
}
