/**
 * Giving the browser its thread back during long work. Reading a 50 MB document takes over a
 * second of script; done in one go, the tab cannot paint or answer a click for that long. The
 * readers that take a Pause call it between slices of work, and it yields (a macrotask, so
 * input and painting run) only once its time budget is spent, so small documents pay nothing.
 */

/** Called between slices of work; awaiting it may let the browser run. */
export type Pause = () => Promise<void> | undefined;

/** A Pause that yields to the event loop when more than `budgetMs` has passed since it last did. */
export function pauseEvery(budgetMs = 40): Pause {
  let since = performance.now();
  return () => {
    if (performance.now() - since < budgetMs) return undefined;
    return yieldToBrowser().then(() => void (since = performance.now()));
  };
}

/**
 * One turn of the event loop: scheduler.yield where there is one (it resumes ahead of other
 * tasks), else a task of its own.
 */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => nextTask(resume));
}

/**
 * Runs `callback` in a task of its own: a message to ourselves, which, unlike setTimeout, is
 * not clamped to 4 ms. Posted from an animation frame callback, it runs after that frame's paint.
 */
export function nextTask(callback: () => void): void {
  if (typeof MessageChannel === 'undefined') return void setTimeout(callback, 0);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/** A User Timing mark, so the benchmark and the browser's profiler see where a load spends its time. */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
