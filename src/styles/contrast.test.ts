// @vitest-environment node
/**
 * Contrast of the theme palettes, computed from theme.css itself (the one place the colours
 * live): text at least 4.5:1, marks and controls at least 3:1 (WCAG 2.2 1.4.3 and 1.4.11).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles/theme.css', 'utf8');

/** The custom properties of the first rule whose selector matches exactly. */
function themeVariables(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const themes = {
  light: themeVariables(':root'),
  dark: themeVariables(":root[data-theme='dark']"),
  'auto (dark system)': themeVariables(":root[data-theme='auto']"),
};

describe('contrast helper', () => {
  it('agrees with known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(Object.entries(themes))('%s theme', (_, v) => {
  const text: [string, string, number][] = [
    ['text', 'bg', 4.5], ['text', 'surface', 4.5], ['text', 'band', 4.5], ['muted', 'bg', 4.5], ['muted', 'surface', 4.5], ['muted', 'band', 4.5],
    ['accent', 'bg', 4.5], ['accent-text', 'accent', 4.5], ['era-text', 'bg', 4.5], ['warn-text', 'warn-bg', 4.5],
    ['focus', 'bg', 3], ['border', 'bg', 3],
  ];
  it.each(text)('%s on %s ≥ %s:1', (fg, bg, min) => {
    expect(contrast(v[fg], v[bg])).toBeGreaterThanOrEqual(min);
  });

  const categories = Object.keys(v).filter((k) => k.startsWith('cat-'));
  it('has eight category colours', () => expect(categories).toHaveLength(8));
  it.each(categories)('mark colour %s ≥ 3:1 on the background and on lane bands', (cat) => {
    expect(contrast(v[cat], v.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(v[cat], v.band)).toBeGreaterThanOrEqual(3);
    expect(contrast(v[cat], v.surface)).toBeGreaterThanOrEqual(3);
  });
});

it('the automatic dark theme uses exactly the dark palette', () => {
  expect(themes['auto (dark system)']).toEqual(themes.dark);
});
