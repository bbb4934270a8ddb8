// @vitest-environment node
/**
 * Contrast of the theme palettes, computed from theme.css itself (the one place the colours
 * live): text at least 4.5:1, marks and controls at least 3:1 (WCAG 2.2 1.4.3 and 1.4.11).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles/theme.css', 'utf8');

/** Each theme's colours: every `--name: light-dark(light, dark);` in theme.css, split by side. */
function palettes(): { light: Record<string, string>; dark: Record<string, string> } {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}|rgba\([^)]*\)),\s*(#[0-9a-f]{6}|rgba\([^)]*\))\);/gi)) {
    light[m[1]] = m[2];
    dark[m[1]] = m[3];
  }
  return { light, dark };
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

const themes = palettes();

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

it('every custom colour of theme.css is a light-dark pair (nothing escapes the check)', () => {
  const declared = [...css.matchAll(/--([\w-]+):/g)].map((m) => m[1]);
  expect(declared.length).toBeGreaterThan(20);
  expect(Object.keys(themes.light).sort()).toEqual([...declared].sort());
});
