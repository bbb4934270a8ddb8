/**
 * npm run edit -- [--data DIR] [--port N] [--dist DIR]
 * Serves the built editor at http://127.0.0.1:4174/edit.html with Save writing to the data
 * folder (default data/). `npm run edit` builds the app first; this script only serves.
 * Exit 2 when the folder or the port cannot be used.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startSaveServer } from '../server/saveServer';

const root = resolve(import.meta.dirname, '..');
const usage = 'usage: npm run edit -- [--data DIR] [--port N] [--dist DIR]';

function options() {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: { data: { type: 'string' }, port: { type: 'string' }, dist: { type: 'string' } },
    });
    const port = Number(values.port ?? 4174);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number`);
    return { dataDir: resolve(values.data ?? projectFolder('data')), distDir: resolve(values.dist ?? projectFolder('dist')), port };
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

/** Defaults are the project's own folders, wherever the command is run from. */
function projectFolder(folder: string): string {
  return resolve(root, folder);
}

const chosen = options();
try {
  const server = await startSaveServer(chosen);
  const base = `http://127.0.0.1:${server.port}`;
  if (!existsSync(resolve(chosen.distDir, 'index.html'))) console.warn(`${chosen.distDir} has no build: run \`npm run edit\` (it builds first) or \`vite build\``);
  const page = existsSync(resolve(chosen.distDir, 'edit.html')) ? `${base}/edit.html` : `${base}/`;
  console.log(`Editor: ${page}\nSaving to ${server.dataDir}/<name>.json (history in .history/); API at ${base}/api/datasets\nlistening on ${base}`);
  // Ctrl+C lets a save in progress finish: close() waits for requests in flight.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  }
} catch (error) {
  console.error(`npm run edit: ${(error as Error).message}`);
  process.exit(2);
}
