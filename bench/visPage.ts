/**
 * The comparison page: vis-timeline 8.5.4 (its standalone UMD build, copied from node_modules,
 * never a CDN) drawing the same dataset file the app loads, served from the same origin.
 *
 * The page does what the app's loader does for itself, in the page: fetch, JSON.parse, and
 * turn each event into an item of its category's group. A year-precision date covers its whole
 * year and a month its whole month (range items); a day-precision point is a point item. It
 * marks `<body data-status="ready">` when vis-timeline reports its initial draw complete
 * (`onInitialDrawComplete`, which vis fires from its first `changed` event once the items are
 * set and fitted), so "drawn" means the same `[data-status="ready"]` plus two frames as ours.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const VIS = resolve(import.meta.dirname, '..', 'node_modules', 'vis-timeline');
const SCRIPT = 'vis-timeline-graph2d.min.js';
const STYLES = 'vis-timeline-graph2d.min.css';

/** The in-page program: load the dataset named by ?data=, build the Timeline, mark ready. */
const PAGE_SCRIPT = `
const interval = (s) => {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
};
(async () => {
  const url = new URLSearchParams(location.search).get('data');
  const data = JSON.parse(await (await fetch(url)).text());
  const groups = data.categories.map((c) => ({ id: c.id, content: c.label }));
  const items = data.events.map((e) => {
    const [t0] = interval(e.start);
    const [, t1] = interval(e.end ?? e.start);
    const point = e.start.length === 10 && (e.end === undefined || e.end === e.start);
    return point
      ? { id: e.id, group: e.category, content: e.title, start: t0, type: 'point' }
      : { id: e.id, group: e.category, content: e.title, start: t0, end: t1, type: 'range' };
  });
  window.timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), {
    height: '560px',
    onInitialDrawComplete: () => (document.body.dataset.status = 'ready'),
  });
})().catch((error) => {
  document.body.dataset.status = 'error';
  console.error(error);
});
`;

/** The page's HTML; the dataset comes from ?data=<url>. */
export function visPageHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>vis-timeline 8.5.4 (benchmark)</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${STYLES}" />
    <style>body { margin: 0; font: 14px system-ui, sans-serif; } #timeline { margin: 16px; }</style>
  </head>
  <body>
    <div id="timeline"></div>
    <script src="${SCRIPT}"></script>
    <script>${PAGE_SCRIPT}</script>
  </body>
</html>
`;
}

/** Writes the page and vis-timeline's standalone script and CSS into `<outDir>/bench-vis/`; returns its path from the root. */
export function writeVisPage(outDir: string): string {
  const dir = join(outDir, 'bench-vis');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(VIS, 'standalone', 'umd', SCRIPT), join(dir, SCRIPT));
  copyFileSync(join(VIS, 'styles', STYLES), join(dir, STYLES));
  writeFileSync(join(dir, 'index.html'), visPageHtml());
  return '/bench-vis/index.html';
}
