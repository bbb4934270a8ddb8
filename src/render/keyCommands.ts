/**
 * What a key pressed on the timeline asks for. Pure: the renderer carries the command out.
 * Keys act only while the timeline has focus (the listener sits on its SVG), so an embed never
 * takes its host page's arrow keys.
 */
import type { Step } from '../model/navigation';

/** A keyboard command. */
export type KeyCommand =
  | { kind: 'step'; step: Step }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' };

const FIXED: Record<string, KeyCommand> = {
  Home: { kind: 'step', step: 'first' },
  End: { kind: 'step', step: 'last' },
  ArrowUp: { kind: 'step', step: 'laneUp' },
  ArrowDown: { kind: 'step', step: 'laneDown' },
  Enter: { kind: 'open' },
  ' ': { kind: 'open' },
  Escape: { kind: 'close' },
  '+': { kind: 'zoom', factor: 2 },
  '=': { kind: 'zoom', factor: 2 },
  '-': { kind: 'zoom', factor: 0.5 },
  _: { kind: 'zoom', factor: 0.5 },
  '0': { kind: 'fit' },
};

/**
 * The command for a key, or null for keys the timeline leaves alone (and any key with Alt,
 * Ctrl or ⌘, which belong to the browser). ← and → follow the screen: in a right-to-left
 * layout, where time runs right to left, → goes back in time.
 */
export function keyCommand(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, rtl: boolean): KeyCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowLeft') return { kind: 'step', step: rtl ? 'next' : 'previous' };
  if (event.key === 'ArrowRight') return { kind: 'step', step: rtl ? 'previous' : 'next' };
  return FIXED[event.key] ?? null;
}
