/**
 * The theme's colours as a canvas needs them: resolved values, not `var(--cat-0)` or
 * `light-dark(…)` expressions (which only CSS can resolve). Read once per theme by letting the
 * browser compute each variable on a probe element; theme.css stays their one home.
 */

/** Resolved colours of the chart. */
export interface ThemeColors {
  /** Page background (label halos, hollow marks). */
  bg: string;
  /** Text. */
  text: string;
  /** Quiet surfaces (badges). */
  surface: string;
  /** Borders (badge outlines). */
  border: string;
  /** Keyboard focus. */
  focus: string;
  /** Category colours, by index modulo 8. */
  categories: string[];
}

/** Reads the colours under `element` (where the theme's custom properties apply). */
export function readThemeColors(element: HTMLElement): ThemeColors {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  element.append(probe);
  const resolve = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colors: ThemeColors = {
    bg: resolve('--bg'),
    text: resolve('--text'),
    surface: resolve('--surface'),
    border: resolve('--border'),
    focus: resolve('--focus'),
    categories: Array.from({ length: 8 }, (_, i) => resolve(`--cat-${i}`)),
  };
  probe.remove();
  return colors;
}
