/**
 * Summaries of a V8 CPU profile (CDP Profiler) and a Chromium trace, for bench/profile.ts:
 * where a load or a gesture spends its main-thread time, by JavaScript function and by
 * browser activity (style, layout, paint, garbage collection…).
 */

/** A CPU profile as CDP's Profiler.stop returns it. */
export interface CpuProfile {
  /** µs on the trace clock. */
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds per function name: self time, and inclusive time (recursion counted once). */
export interface FunctionTimes {
  self: Map<string, number>;
  inclusive: Map<string, number>;
  /** All sampled time, ms. */
  total: number;
}

const labelOf = (frame: CpuProfile['nodes'][number]['callFrame']) => {
  const file = frame.url ? frame.url.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '.js') : '';
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
};

/** Self and inclusive milliseconds per function, from the profile's samples. */
export function functionTimes(profile: CpuProfile): FunctionTimes {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id)!;
    self.set(labelOf(node.callFrame), (self.get(labelOf(node.callFrame)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
  });
  return { self, inclusive, total };
}

// Each sample goes to the innermost function on its stack that is one of the stages (so the
// figures add up to the total), else to V8's own entries ((garbage collector), (program),
// (idle)), else to "other".
/** Sampled ms per stage, each sample counted once (only samples within [fromUs, toUs) when given). */
export function stageTimes(profile: CpuProfile, stages: readonly string[], fromUs = -Infinity, toUs = Infinity): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const wanted = new Set(stages);
  const out = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at >= toUs) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let label = '';
    for (let at: number | undefined = id; at !== undefined && !label; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (wanted.has(name)) label = name;
    }
    if (!label) {
      const own = byId.get(id)!.callFrame.functionName;
      label = own.startsWith('(') ? own : 'other';
    }
    out.set(label, (out.get(label) ?? 0) + ms);
  });
  return out;
}

/** One trace event as Chromium writes it. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Trace events that run script: style or layout inside one of them was forced by the script. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'FireAnimationFrame', 'EventDispatch', 'TimerFire', 'RunMicrotasks', 'v8.callFunction', 'EvaluateScript']);
const FORCEABLE = new Set(['Layout', 'UpdateLayoutTree']);

/** One top-level task on a renderer main thread, with self ms per trace event name inside it. */
export interface MainThreadTask {
  /** Start, µs on the trace clock. */
  ts: number;
  /** Duration, ms. */
  ms: number;
  /** Self time per event name, ms; style and layout run inside script are named "(forced)". */
  self: Map<string, number>;
}

// Self time is counted the way DevTools' bottom-up view counts it: each event's duration less
// its children's.
/** The top-level tasks of the renderer main threads, each with the self time of its nested events. */
export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }): MainThreadTask[] {
  const events = trace.traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || b.dur! - a.dur!);
  const tasks: MainThreadTask[] = [];
  type Open = { e: TraceEvent; end: number; children: number; label: string; task: MainThreadTask };
  const stack: Open[] = [];
  let thread = '';
  const closeUntil = (ts: number) => {
    while (stack.length && stack[stack.length - 1].end <= ts) {
      const top = stack.pop()!;
      top.task.self.set(top.label, (top.task.self.get(top.label) ?? 0) + (top.e.dur! - top.children) / 1000);
    }
  };
  for (const e of complete) {
    const at = `${e.pid}:${e.tid}`;
    closeUntil(at === thread ? e.ts : Infinity);
    thread = at;
    const forced = FORCEABLE.has(e.name) && stack.some((s) => SCRIPT_EVENTS.has(s.e.name));
    const label = forced ? `${e.name} (forced by script)` : e.name;
    let task: MainThreadTask;
    if (stack.length) {
      stack[stack.length - 1].children += e.dur!;
      task = stack[0].task;
    } else {
      task = { ts: e.ts, ms: e.dur! / 1000, self: new Map() };
      tasks.push(task);
    }
    stack.push({ e, end: e.ts + e.dur!, children: 0, label, task });
  }
  closeUntil(Infinity);
  return tasks;
}

/** Self ms per trace event name, summed over tasks. */
export function sumActivity(tasks: readonly MainThreadTask[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const t of tasks) for (const [name, ms] of t.self) sum.set(name, (sum.get(name) ?? 0) + ms);
  return sum;
}

/** The longest tasks, each as "87 ms: FunctionCall 40, Layout 20, … | JS: drawMarks 25, …" (JS from `jsIn`, when given). */
export function longTaskLines(tasks: readonly MainThreadTask[], count: number, jsIn?: (fromUs: number, toUs: number) => Map<string, number>): string[] {
  const top = (map: Map<string, number>, n: number) =>
    [...map].filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ');
  return [...tasks]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t) => `${t.ms.toFixed(0).padStart(5)} ms: ${top(t.self, 5)}${jsIn ? ` | JS: ${top(jsIn(t.ts, t.ts + t.ms * 1000), 4)}` : ''}`);
}

/** The largest entries of a map, as "name  12.3 ms" lines. */
export function topLines(map: Map<string, number>, count: number, total?: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms${total ? ` ${((100 * ms) / total).toFixed(0).padStart(3)}%` : ''}  ${name}`);
}
