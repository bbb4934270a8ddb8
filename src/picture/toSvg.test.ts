// @vitest-environment jsdom
/**
 * The SVG writer: a well-formed, self-contained document whatever the text holds, with every
 * paint written on its element and text anchored by its reading direction.
 */
import { describe, expect, it } from 'vitest';
import { pictureToSvg } from './toSvg';
import type { Picture, TextItem } from './types';

const text = (words: string, extra: Partial<TextItem> = {}): TextItem => ({
  kind: 'text', x: 10, y: 20, text: words, size: 12, weight: 400, fill: '#111', align: 'left', rtl: false, ...extra,
});

function picture(items: Picture['layers'][number]['items'], clip?: Picture['layers'][number]['clip']): Picture {
  return { width: 300, height: 100, fontFamily: 'Arial, "Liberation Sans", sans-serif', background: '#fff', title: 'A <title> & "more"', layers: [{ name: 'chart', clip, items }] };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('pictureToSvg', () => {
  it('writes text as text, whatever characters it holds', () => {
    const hostile = '<script>alert(1)</script> & "quotes" \u0007bell';
    const doc = parse(pictureToSvg(picture([text(hostile)])));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelector('text')!.textContent).toBe('<script>alert(1)</script> & "quotes" bell');
    expect(doc.querySelector('title')!.textContent).toBe('A <title> & "more"');
  });

  it('gives the document its size, font and background, and nothing from elsewhere', () => {
    const svg = pictureToSvg(picture([text('x')], { x: 0, y: 10, width: 300, height: 50 }));
    const root = parse(svg).documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['300', '100', '0 0 300 100']);
    expect(root.getAttribute('font-family')).toBe('Arial, "Liberation Sans", sans-serif');
    expect(root.querySelector('rect')!.getAttribute('fill')).toBe('#fff');
    // The only reference is the clip path inside the document itself.
    expect(svg.match(/url\([^)]*\)/g)).toEqual(['url(#clip-0)']);
    expect(svg).not.toMatch(/href|<image|<style|<script|@import/);
  });

  it.each([
    ['left, left to right', 'left', false, 'start'],
    ['right, left to right', 'right', false, 'end'],
    ['right, right to left', 'right', true, 'start'],
    ['left, right to left', 'left', true, 'end'],
    ['centred', 'center', true, 'middle'],
  ] as const)('anchors text at its %s edge by its own direction', (_, align, rtl, anchor) => {
    const node = parse(pictureToSvg(picture([text('שלום', { align, rtl })]))).querySelector('text')!;
    expect(node.getAttribute('text-anchor')).toBe(anchor);
    expect(node.getAttribute('direction')).toBe(rtl ? 'rtl' : null);
  });

  it('writes paint on each element: no fill means none, dashes, opacity, scale, and a halo behind text', () => {
    const doc = parse(pictureToSvg(picture([
      { kind: 'rect', x: 1, y: 2, width: 3.333, height: 4, rx: 2, paint: { stroke: '#f00', dash: [2, 3] } },
      { kind: 'path', d: 'M0,0L1,1', x: 5, y: 6, scale: 0.8, paint: { fill: '#0f0', fillOpacity: 0.55 } },
      text('halo', { halo: '#fff', weight: 600 }),
    ])));
    const rect = doc.querySelectorAll('rect')[1];
    expect([rect.getAttribute('fill'), rect.getAttribute('stroke'), rect.getAttribute('stroke-dasharray'), rect.getAttribute('width')]).toEqual(['none', '#f00', '2 3', '3.33']);
    const path = doc.querySelector('path')!;
    expect([path.getAttribute('transform'), path.getAttribute('fill-opacity'), path.getAttribute('stroke')]).toEqual(['translate(5,6) scale(0.8)', '0.55', null]);
    const label = doc.querySelector('text')!;
    expect([label.getAttribute('stroke'), label.getAttribute('paint-order'), label.getAttribute('font-weight')]).toEqual(['#fff', 'stroke', '600']);
  });
});
