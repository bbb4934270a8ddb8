/**
 * A picture as a self-contained SVG document: every colour, size and font written on the
 * element it applies to (no stylesheet, no class the file depends on), no external reference
 * of any kind (no image, font, link or script), text escaped. Pure.
 */
import type { Paint, Picture, PictureItem, TextItem } from './types';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an XML element or a double-quoted attribute; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

/** A number with at most two decimals, as short as it can be written. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** Attributes from a list of [name, value] pairs, leaving out undefined values. */
function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
}

function paintAttrs(paint: Paint): [string, string | number | undefined][] {
  return [
    ['fill', paint.fill ?? 'none'],
    ['fill-opacity', paint.fillOpacity],
    ['stroke', paint.stroke],
    ['stroke-width', paint.stroke ? (paint.strokeWidth ?? 1) : undefined],
    ['stroke-dasharray', paint.dash?.join(' ')],
  ];
}

/** Which end of the text x is, in the text's own direction. */
function anchorOf(item: TextItem): string {
  if (item.align === 'center') return 'middle';
  const atStart = (item.align === 'left') !== item.rtl;
  return atStart ? 'start' : 'end';
}

function itemToSvg(item: PictureItem): string {
  switch (item.kind) {
    case 'rect':
      return `<rect${attrs([['x', item.x], ['y', item.y], ['width', item.width], ['height', item.height], ['rx', item.rx], ...paintAttrs(item.paint)])}/>`;
    case 'path': {
      const transform = `translate(${num(item.x)},${num(item.y)})${item.scale ? ` scale(${num(item.scale)})` : ''}`;
      return `<path${attrs([['d', item.d], ['transform', transform], ...paintAttrs(item.paint)])}/>`;
    }
    case 'line':
      return `<line${attrs([['x1', item.x1], ['y1', item.y1], ['x2', item.x2], ['y2', item.y2], ['stroke', item.stroke], ['stroke-width', item.strokeWidth]])}/>`;
    case 'text': {
      const halo: [string, string | number | undefined][] = item.halo
        ? [['stroke', item.halo], ['stroke-width', 3], ['stroke-linejoin', 'round'], ['paint-order', 'stroke']]
        : [];
      return `<text${attrs([
        ['x', item.x],
        ['y', item.y],
        ['font-size', item.size],
        ['font-weight', item.weight === 400 ? undefined : item.weight],
        ['fill', item.fill],
        ['text-anchor', anchorOf(item)],
        ['direction', item.rtl ? 'rtl' : undefined],
        ...halo,
      ])}>${escapeXml(item.text)}</text>`;
    }
  }
}

/** The SVG document's text. */
export function pictureToSvg(picture: Picture): string {
  const { width, height } = picture;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs([['width', width], ['height', height], ['viewBox', `0 0 ${num(width)} ${num(height)}`], ['font-family', picture.fontFamily], ['role', 'img']])}>`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<rect${attrs([['width', width], ['height', height], ['fill', picture.background]])}/>`,
  ];
  picture.layers.forEach((layer, i) => {
    const clipId = `clip-${i}`;
    if (layer.clip) {
      const { x, y, width: w, height: h } = layer.clip;
      out.push(`<clipPath id="${clipId}"><rect${attrs([['x', x], ['y', y], ['width', w], ['height', h]])}/></clipPath>`);
    }
    out.push(`<g${attrs([['class', layer.name], ['clip-path', layer.clip ? `url(#${clipId})` : undefined]])}>`);
    for (const item of layer.items) out.push(itemToSvg(item));
    out.push('</g>');
  });
  out.push('</svg>', '');
  return out.join('\n');
}
