/**
 * Waits for the machine to be quiet before a measured run. Other work on the machine (a test
 * run in another terminal, say) steals frames on a two-core box, so each run starts only once
 * the CPUs have been mostly idle for a moment, or after a maximum wait, saying which.
 */
import { cpus } from 'node:os';
import { execFileSync } from 'node:child_process';

/** How quiet the machine was when a run started. */
export interface Quiet {
  /** Fraction of CPU time idle over the last window, 0–1. */
  idle: number;
  /** How long the wait took, ms. */
  waitedMs: number;
  /** False when the maximum wait passed without a quiet window. */
  quiet: boolean;
  /** When not quiet: the busiest processes, from `top` (Linux only). */
  busy?: string[];
}

/** The few busiest processes right now, as `top` lines; empty where top is missing. */
function busiest(): string[] {
  try {
    const out = execFileSync('top', ['-b', '-n', '1', '-o', '%CPU', '-w', '200'], { encoding: 'utf8', timeout: 5000 });
    const lines = out.split('\n');
    const head = lines.findIndex((l) => /^\s*PID\s/.test(l));
    return lines.slice(head + 1, head + 4).map((l) => l.trim().replace(/\s+/g, ' '));
  } catch {
    return [];
  }
}

function totals(): { idle: number; all: number } {
  let idle = 0;
  let all = 0;
  for (const cpu of cpus()) {
    const t = cpu.times;
    idle += t.idle;
    all += t.idle + t.user + t.nice + t.sys + t.irq;
  }
  return { idle, all };
}

/** Waiting beyond this many ms in all stops: the whole benchmark should stay near 10 minutes. */
const TOTAL_WAIT_MS = 90_000;
let waitedInAll = 0;

/** Resolves once the CPUs were `minIdle` idle over `windowMs`, or after `maxWaitMs` (less once TOTAL_WAIT_MS is used up). */
export async function waitForQuiet(minIdle = 0.85, windowMs = 500, maxWaitMs = 10_000): Promise<Quiet> {
  const start = Date.now();
  maxWaitMs = Math.min(maxWaitMs, Math.max(windowMs, TOTAL_WAIT_MS - waitedInAll));
  let idle = 0;
  for (;;) {
    const a = totals();
    await new Promise((r) => setTimeout(r, windowMs));
    const b = totals();
    idle = b.all > a.all ? (b.idle - a.idle) / (b.all - a.all) : 1;
    const waitedMs = Date.now() - start;
    if (idle >= minIdle || waitedMs >= maxWaitMs) waitedInAll += Math.max(0, waitedMs - windowMs);
    if (idle >= minIdle) return { idle, waitedMs, quiet: true };
    if (waitedMs >= maxWaitMs) return { idle, waitedMs, quiet: false, busy: busiest() };
  }
}
