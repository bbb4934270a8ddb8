/**
 * The picture's colours, read from the theme (styles/theme.css, the one home of the colours)
 * as the browser resolves them, so a change to the theme reaches the downloads without a copy
 * here. Each colour is written once as light-dark(light, dark), which resolves where the
 * custom property is declared (the root), not where it is used; the build also lowers it to
 * toggles keyed on the root's theme. So the root's `data-theme` is set to the side wanted for
 * the moment of reading and put back in the same task, before anything is painted.
 */
import type { Palette } from '../picture/types';

const NAMES = { bg: '--bg', surface: '--surface', text: '--text', muted: '--muted', border: '--border', accent: '--accent', era: '--era', eraText: '--era-text', band: '--band' } as const;
const CATEGORIES = 8;

/** The theme's colours on the light or the dark side, whatever the page shows now. */
export function readPalette(scheme: 'light' | 'dark'): Palette {
  const root = document.documentElement;
  const before = root.getAttribute('data-theme');
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;forced-color-adjust:none';
  root.setAttribute('data-theme', scheme);
  document.body.append(probe);
  const read = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  try {
    const palette = Object.fromEntries(Object.entries(NAMES).map(([key, name]) => [key, read(name)])) as Omit<Palette, 'categories'>;
    return { ...palette, categories: Array.from({ length: CATEGORIES }, (_, i) => read(`--cat-${i}`)) };
  } finally {
    probe.remove();
    if (before === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', before);
  }
}
