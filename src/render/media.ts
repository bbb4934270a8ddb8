/**
 * Media queries read where they are needed, guarded for environments without matchMedia.
 */

/** True when the reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Narrow screens (phones): the list leads and the chart becomes a compact overview. */
export const NARROW_QUERY = '(max-width: 640px)';

/** Subscribes to a media query; for useSyncExternalStore. */
export function subscribeMedia(query: string) {
  return (onChange: () => void) => {
    if (typeof matchMedia !== 'function') return () => {};
    const list = matchMedia(query);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  };
}

/** Whether a media query matches now (false where matchMedia is missing). */
export function matchesMedia(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}
