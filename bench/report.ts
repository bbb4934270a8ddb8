/**
 * Turns a BenchResult into Markdown: the comparison table, the shipped dataset's figures,
 * the targets and the method. The same text is printed and written to latest.md.
 */
import type { BenchResult, InpSummary, SizeResult, TargetResult, TimelineSummary } from './model';
import { drawnRatio, p95Ratio } from './targets';
import { formatKB, formatMB, formatMs, formatRatio } from './format';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

/** "3.2 / 8.1 / 17 ms, 0" for a page's frame figures, or why there are none. */
function framesOf(s: TimelineSummary): string {
  if (s.status !== 'ok' || !s.runs.length) return s.status === 'ok' ? 'n/a' : s.status;
  const f = s.frames;
  const truncated = s.runs.some((r) => r.gesture.truncated) ? ' (a phase cut at 3× its length)' : '';
  return `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)} / ${f.max.toFixed(0)} ms, ${f.over50}${truncated}`;
}

function drawnOf(s: TimelineSummary): string {
  if (s.status === 'skipped') return 'skipped';
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

/** Where the time goes before drawn for our page, per size, and how each gesture phase went. */
export function phaseTable(result: BenchResult): string {
  const head = ['events', 'dataset response end', 'data-status ready', 'drawn', 'drawn + painted', 'chrome attached', 'vis: drawn + painted', 'wheel events taken (ours / vis, of notches)', 'zoom p95', 'pan p95'];
  const wheel = (s: TimelineSummary) => (s.status === 'ok' && s.runs.length ? String(s.wheelEvents) : s.status);
  const lines = result.sizes.map((s) =>
    row([
      s.n.toLocaleString('en'),
      formatMs(s.ours.dataMs),
      formatMs(s.ours.readyMs),
      formatMs(s.ours.drawnMs),
      formatMs(s.ours.paintedMs),
      formatMs(s.ours.chromeMs),
      s.vis.status === 'ok' ? formatMs(s.vis.paintedMs) : s.vis.status,
      `${wheel(s.ours)} / ${wheel(s.vis)} of ${s.ours.notchesDue}`,
      formatMs(s.ours.zoomP95),
      formatMs(s.ours.panP95),
    ]),
  );
  return [row(head), rule(head.length), ...lines].join('\n');
}

/** "43.1 ms (worst 52.0), 3/3" for one kind of click, or why it failed. */
function clickOf(c: InpSummary | undefined): string {
  if (!c) return 'n/a';
  if (!c.ok) return `failed (${c.notes[0] ?? 'no click'})`;
  return `${formatMs(c.ms)} (worst ${formatMs(c.maxMs)})${c.ok < c.runs ? `, ${c.ok} of ${c.runs} worked` : ''}`;
}

/** Interaction to next paint per size: a mark, the filter button, a category chip. */
export function interactionTable(result: BenchResult): string {
  const head = ['events', 'click on a mark', 'click on the filter button (opens the panel)', 'click on a category chip'];
  const lines = result.sizes.map((s) => row([s.n.toLocaleString('en'), clickOf(s.ours.inp?.mark), clickOf(s.ours.inp?.menu), clickOf(s.ours.inp?.chip)]));
  return [row(head), rule(head.length), ...lines].join('\n');
}

const files = (a: { files: { url: string }[] }) => a.files.map((f) => f.url).join(', ');
const kbs = (bytes: number[]) => bytes.map((b) => formatKB(b)).join(', ');

/** Loads without gestures: the shipped dataset, another origin's 40 events, and the bytes. */
export function defaultTable(result: BenchResult): string {
  const d = result.default;
  const encoding = d.contentEncoding ? `JS/CSS sent ${d.contentEncoding}, so transfers are compressed` : 'JS/CSS sent uncompressed, so transfer sizes are raw';
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return [
    row(['load', 'median', 'runs']),
    rule(3),
    row(['`/` drawn (shipped dataset, 45 events)', formatMs(d.mainMs), runs(d.mainRuns)]),
    row(['`/embed.html` drawn (shipped dataset)', formatMs(d.embedMs), runs(d.embedRuns)]),
    row(['`/?data=<another origin>` drawn (40 synthetic events)', formatMs(d.crossOriginMs), runs(d.crossOriginRuns)]),
    row([`\`/\` drawn, 1.6 Mbit/s + 150 ms latency (preview server: ${encoding})`, formatMs(d.throttledMs), runs(d.throttledRuns)]),
    row(['`/` JS+CSS loaded before drawn, heaviest run, gzip -9 (raw)', `${formatKB(d.mainAssets.gzip)} (${formatKB(d.mainAssets.raw)})`, `${files(d.mainAssets)}; every run: ${kbs(d.mainBeforeRuns)}`]),
    row(['`/embed.html` JS+CSS loaded before drawn, heaviest run, gzip -9 (raw)', `${formatKB(d.embedAssets.gzip)} (${formatKB(d.embedAssets.raw)})`, `${files(d.embedAssets)}; every run: ${kbs(d.embedBeforeRuns)}`]),
    row(['`/` JS+CSS the first draw needs (build manifest), gzip -9 (raw)', `${formatKB(d.mainNeeded.gzip)} (${formatKB(d.mainNeeded.raw)})`, files(d.mainNeeded)]),
    row(['`/embed.html` JS+CSS the first draw needs (build manifest), gzip -9 (raw)', `${formatKB(d.embedNeeded.gzip)} (${formatKB(d.embedNeeded.raw)})`, files(d.embedNeeded)]),
    row(['`/` all JS+CSS once settled (chrome included), gzip -9 (raw)', `${formatKB(d.mainTotal.gzip)} (${formatKB(d.mainTotal.raw)})`, files(d.mainTotal)]),
    row(['`/embed.html` all JS+CSS once settled, gzip -9 (raw)', `${formatKB(d.embedTotal.gzip)} (${formatKB(d.embedTotal.raw)})`, files(d.embedTotal)]),
    row(['vis-timeline standalone JS+CSS, gzip -9 (raw)', `${formatKB(result.visAssets.gzip)} (${formatKB(result.visAssets.raw)})`, 'for comparison']),
  ].join('\n');
}

/** The targets as a checklist. */
export function targetList(result: BenchResult): string {
  const verdict = (t: TargetResult) => (t.met ? 'MET' : t.measured ? 'MISSED' : 'NOT MEASURED');
  return result.targets.map((t) => `- [${t.met ? 'x' : ' '}] ${verdict(t)}: ${t.name} — ${t.actual}${t.by ? `; missed by ${t.by}` : ''}`).join('\n');
}

/** The whole report as Markdown. */
export function markdownReport(result: BenchResult): string {
  const m = result.machine;
  const idle = result.idleFrames;
  const runs = result.sizes.flatMap((s) => [...s.ours.runs, ...s.vis.runs]);
  const noisy = runs.filter((r) => !r.quiet.quiet).length + result.default.noisyRuns;
  const d = result.default;
  const total = runs.length + d.mainRuns.length + d.embedRuns.length + d.crossOriginRuns.length + d.throttledRuns.length;
  return [
    '# Performance benchmark',
    '',
    `${result.date} · ${m.os}, ${m.cpus} × ${m.cpuModel} · Node ${m.node} · Chromium ${m.chromium} (headless) · vis-timeline ${m.visTimeline} · app at ${m.commit} · run took ${result.durationS.toFixed(0)} s${result.reduced ? ` · REDUCED RUN (${result.reduced})` : ''}`,
    '',
    `Medians of ${result.runs} run${result.runs === 1 ? '' : 's'} (fresh browser context each), whole page as served. Frames: intervals between requestAnimationFrame callbacks during 2 s of wheel notches (one every 16 ms, ±100, 8 in then 8 out) and a 2 s drag 300 px left and back; \`>50 ms\` counts frames over 50 ms.`,
    `An idle page here gives p50 ${idle.p50.toFixed(1)} ms, p95 ${idle.p95.toFixed(1)} ms, max ${idle.max.toFixed(1)} ms: the floor the frame figures sit on. Runs that started while the CPUs were busy with other work: ${noisy} of ${total}.`,
    '',
    comparisonTable(result),
    '',
    '## Our page: the load in steps, and each gesture phase',
    '',
    '"Drawn + painted" is the time after the rendering work of the second frame after `data-status="ready"`. "Chrome attached" is when the React chrome\'s filter button appeared. A page that falls behind the wheel takes fewer, larger (coalesced) wheel events than the notches due.',
    '',
    phaseTable(result),
    '',
    '## Interaction to next paint (our page, after the gesture)',
    '',
    interactionTable(result),
    '',
    '## Loads without gestures, and bytes',
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
