/**
 * The built graph: nothing of the editor reaches the reader's pages. From each page's HTML,
 * every script and every file a script can load (statically or on demand) is followed; none of
 * the reader's pages may reach a file holding editor code, and the editor's page must (so the
 * markers below are real). The article extractor is the editor's too, and loads only when
 * "From an article…" is used: the editor's first load does not reach it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');

/** Strings that exist only in the article extractor: its draft builder's placeholder address, and compromise (its sentence splitter). */
const EXTRACTOR_MARKERS = ['article-address-unknown', 'compromise: Invalid tag'];
/** Strings that exist only in editor code: its IndexedDB name, a message key of its own, the country-name package, and the extractor. */
const EDITOR_MARKERS = ['bilateral-timeline-editor', 'saveAs.title', 'i18n-iso-countries', ...EXTRACTOR_MARKERS];

/** Static imports in a built chunk (`import{…}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

/** Every JS and CSS file a page can load, following imports and dynamic imports (or only what loads with the page). */
function reachable(page: string, firstLoadOnly = false): Set<string> {
  const html = readFileSync(join(dist, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    // Chunks name the chunks they import (statically, dynamically or in Vite's preload lists) by file name.
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(firstLoadOnly ? STATIC_IMPORT : /["'`(/]([\w.-]+\.(?:js|css))["'`)]/g)) queue.push(`assets/${m[1]}`);
  }
  return seen;
}

function markersIn(files: Set<string>): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(dist, file), 'utf8');
    for (const marker of EDITOR_MARKERS) if (text.includes(marker) || file.includes(marker)) found.add(marker);
  }
  return [...found].sort();
}

describe('the built graph', () => {
  it('the editor page reaches the editor code (the markers are real)', () => {
    expect(markersIn(reachable('edit.html'))).toEqual([...EDITOR_MARKERS].sort());
  });

  it('the editor page loads the extractor only on demand', () => {
    const first = markersIn(reachable('edit.html', true));
    expect(first).toContain('bilateral-timeline-editor');
    expect(first.filter((marker) => EXTRACTOR_MARKERS.includes(marker))).toEqual([]);
  });

  it.each(['index.html', 'embed.html'])('%s reaches no editor code, even on demand', (page) => {
    const files = reachable(page);
    expect(files.size).toBeGreaterThan(3);
    expect(markersIn(files)).toEqual([]);
  });
});
