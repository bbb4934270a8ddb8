/**
 * The JavaScript and CSS a page's first draw needs, from Vite's build manifest: its entry and
 * everything the entry imports statically, with their style sheets. Dynamic import()s (the
 * React chrome, the author tools) are left out: the draw does not wait for them. A steady
 * figure beside the measured "loaded before drawn", which also counts whatever else won the
 * race against the first draw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LoadedAssets } from './measure';

/** One chunk of Vite's `.vite/manifest.json`. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The output files (scripts and style sheets) reachable from `entry` through static imports, entry first. */
export function staticClosure(manifest: Record<string, ManifestChunk>, entry: string): string[] {
  if (!manifest[entry]) throw new Error(`the build manifest has no entry "${entry}"`);
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest names "${key}" but has no chunk for it`);
    files.push(chunk.file, ...(chunk.css ?? []));
    chunk.imports?.forEach(visit);
  };
  visit(entry);
  return [...new Set(files)];
}

/** The first draw's files for `entry` (e.g. "index.html") in the build at `outDir`, gzipped at level 9. */
export function neededForFirstDraw(outDir: string, entry: string): LoadedAssets {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = staticClosure(manifest, entry).map((file) => {
    const body = readFileSync(join(outDir, file));
    return { url: `/${file}`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}
