/**
 * Turns a BenchResult into Markdown: the comparison table, the shipped dataset's figures,
 * the targets and the method. The same text is printed and written to latest.md.
 */
import type { BenchResult, SizeResult, TimelineSummary } from './model';
import { drawnRatio, p95Ratio } from './targets';
import { formatKB, formatMB, formatMs, formatRatio } from './format';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

/** "3.2 / 8.1 / 17 ms, 0" for a page's frame figures, or why there are none. */
function framesOf(s: TimelineSummary): string {
  if (s.status !== 'ok' || !s.runs.length) return s.status === 'ok' ? 'n/a' : s.status;
  const f = s.frames;
  const truncated = s.runs.some((r) => r.gesture.truncated) ? ' (gesture cut at 3× its length)' : '';
  return `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)} / ${f.max.toFixed(0)} ms, ${f.over50}${truncated}`;
}

function drawnOf(s: TimelineSummary): string {
  if (s.status === 'timeout') return `> ${((s.capMs ?? NaN) / 1000).toFixed(0)} s (timeout)`;
  if (s.status === 'error') return `error`;
  return s.note ? `${formatMs(s.drawnMs)} (${s.runs.length} run${s.runs.length === 1 ? '' : 's'})` : formatMs(s.drawnMs);
}

function sizeRow(s: SizeResult): string {
  const p95 = p95Ratio(s);
  return row([
    s.n.toLocaleString('en'),
    s.fileBytes < 2 ** 20 ? formatKB(s.fileBytes) : formatMB(s.fileBytes),
    drawnOf(s.ours),
    drawnOf(s.vis),
    formatRatio(drawnRatio(s)),
    framesOf(s.ours),
    framesOf(s.vis),
    p95 === null ? 'n/a' : p95.toFixed(2),
    s.ours.status === 'ok' ? formatMB(s.ours.heapMB * 2 ** 20) : 'n/a',
    s.vis.status === 'ok' ? formatMB(s.vis.heapMB * 2 ** 20) : 'n/a',
  ]);
}

/** The comparison of both timelines at every size, as a Markdown table. */
export function comparisonTable(result: BenchResult): string {
  const head = ['events', 'file', 'ours: drawn', 'vis: drawn', 'drawn vis/ours', 'ours frames p50 / p95 / max, >50 ms', 'vis frames p50 / p95 / max, >50 ms', 'p95 ours/vis', 'ours heap', 'vis heap'];
  return [row(head), rule(head.length), ...result.sizes.map(sizeRow)].join('\n');
}

/** Where the time goes before drawn for our page, per size: data arrived, ready, drawn. */
export function phaseTable(result: BenchResult): string {
  const head = ['events', 'dataset response end', 'data-status ready', 'drawn', 'drawn + painted', 'vis: drawn + painted', 'zoom p95', 'pan p95'];
  const lines = result.sizes.map((s) =>
    row([
      s.n.toLocaleString('en'),
      formatMs(s.ours.dataMs),
      formatMs(s.ours.readyMs),
      formatMs(s.ours.drawnMs),
      formatMs(s.ours.paintedMs),
      s.vis.status === 'ok' ? formatMs(s.vis.paintedMs) : s.vis.status,
      formatMs(s.ours.zoomP95),
      formatMs(s.ours.panP95),
    ]),
  );
  return [row(head), rule(head.length), ...lines].join('\n');
}

/** The shipped dataset's loads and bytes. */
export function defaultTable(result: BenchResult): string {
  const d = result.default;
  const encoding = d.contentEncoding ? `JS/CSS sent ${d.contentEncoding}, so transfers are compressed` : 'JS/CSS sent uncompressed, so transfer sizes are raw';
  return [
    row(['shipped dataset (45 events)', 'median', 'runs']),
    rule(3),
    row(['`/` drawn', formatMs(d.mainMs), d.mainRuns.map((x) => x.toFixed(0)).join(', ')]),
    row(['`/embed.html` drawn', formatMs(d.embedMs), d.embedRuns.map((x) => x.toFixed(0)).join(', ')]),
    row([`\`/\` drawn, 1.6 Mbit/s + 150 ms latency (preview server: ${encoding})`, formatMs(d.throttledMs), d.throttledRuns.map((x) => x.toFixed(0)).join(', ')]),
    row(['`/` JS+CSS before drawn, gzip -9 (raw)', `${formatKB(d.mainAssets.gzip)} (${formatKB(d.mainAssets.raw)})`, d.mainAssets.files.map((f) => f.url).join(', ')]),
    row(['`/embed.html` JS+CSS before drawn, gzip -9 (raw)', `${formatKB(d.embedAssets.gzip)} (${formatKB(d.embedAssets.raw)})`, d.embedAssets.files.map((f) => f.url).join(', ')]),
    row(['vis-timeline standalone JS+CSS, gzip -9 (raw)', `${formatKB(result.visAssets.gzip)} (${formatKB(result.visAssets.raw)})`, 'for comparison']),
  ].join('\n');
}

/** The targets as a checklist. */
export function targetList(result: BenchResult): string {
  return result.targets.map((t) => `- [${t.met ? 'x' : ' '}] ${t.met ? 'MET' : 'MISSED'}: ${t.name} — ${t.actual}`).join('\n');
}

/** The whole report as Markdown. */
export function markdownReport(result: BenchResult): string {
  const m = result.machine;
  const idle = result.idleFrames;
  const runs = result.sizes.flatMap((s) => [...s.ours.runs, ...s.vis.runs]);
  const noisy = runs.filter((r) => !r.quiet.quiet).length + result.default.noisyRuns;
  const total = runs.length + result.default.mainRuns.length * 2 + result.default.throttledRuns.length;
  return [
    '# Performance benchmark',
    '',
    `${result.date} · ${m.os}, ${m.cpus} × ${m.cpuModel} · Node ${m.node} · Chromium ${m.chromium} (headless) · vis-timeline ${m.visTimeline} · app at ${m.commit} · run took ${result.durationS.toFixed(0)} s`,
    '',
    'Medians of three runs (fresh browser context each). Frames: intervals between requestAnimationFrame callbacks during a 2 s wheel zoom and a 2 s drag; `>50 ms` counts frames over 50 ms.',
    `An idle page here gives p50 ${idle.p50.toFixed(1)} ms, p95 ${idle.p95.toFixed(1)} ms, max ${idle.max.toFixed(1)} ms: the floor the frame figures sit on. Runs that started while the CPUs were busy with other work: ${noisy} of ${total}.`,
    '',
    comparisonTable(result),
    '',
    '## Our page: the load in steps, and each gesture phase',
    '',
    '"Drawn + painted" is the time after the rendering work of the second frame; the app draws its chart in an effect that runs between the two frames, so its chart is laid out and painted after "drawn". vis-timeline draws before it marks ready.',
    '',
    phaseTable(result),
    '',
    '## Shipped dataset',
    '',
    defaultTable(result),
    '',
    '## Targets (reported, not asserted)',
    '',
    targetList(result),
    '',
    '## Method',
    '',
    ...result.method.map((line) => `- ${line}`),
    '',
  ].join('\n');
}
