/**
 * Draws a picture onto a canvas, for the PNG: the same items the SVG writer writes, painted
 * with the canvas's own calls. Nothing is loaded as an image (no blob: or data: URL), so it
 * works under a page's `Content-Security-Policy: default-src 'self'`, which forbids both.
 */
import type { Paint, Picture, PictureItem } from '../picture/types';

/** Paints the picture at the canvas's current transform (CSS px). */
export function drawPicture(ctx: CanvasRenderingContext2D, picture: Picture): void {
  ctx.fillStyle = picture.background;
  ctx.fillRect(0, 0, picture.width, picture.height);
  for (const layer of picture.layers) {
    ctx.save();
    if (layer.clip) {
      ctx.beginPath();
      ctx.rect(layer.clip.x, layer.clip.y, layer.clip.width, layer.clip.height);
      ctx.clip();
    }
    for (const item of layer.items) drawItem(ctx, item, picture.fontFamily);
    ctx.restore();
  }
}

/** The picture as a PNG at `density` device pixels per CSS pixel. */
export function pictureToPng(picture: Picture, density = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * density);
  canvas.height = Math.round(picture.height * density);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('this browser cannot draw on a canvas'));
  ctx.scale(density, density);
  drawPicture(ctx, picture);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be written as PNG'))), 'image/png'));
}

function paint(ctx: CanvasRenderingContext2D, p: Paint, shape: (ctx: CanvasRenderingContext2D) => void | Path2D): void {
  const path = shape(ctx);
  if (p.fill) {
    ctx.globalAlpha = p.fillOpacity ?? 1;
    ctx.fillStyle = p.fill;
    if (path) ctx.fill(path);
    else ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (p.stroke) {
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.strokeWidth ?? 1;
    ctx.setLineDash(p.dash ? [...p.dash] : []);
    if (path) ctx.stroke(path);
    else ctx.stroke();
    ctx.setLineDash([]);
  }
}

function drawItem(ctx: CanvasRenderingContext2D, item: PictureItem, fontFamily: string): void {
  switch (item.kind) {
    case 'rect':
      return paint(ctx, item.paint, (c) => {
        c.beginPath();
        if (item.rx && c.roundRect) c.roundRect(item.x, item.y, item.width, item.height, Math.min(item.rx, item.width / 2, item.height / 2));
        else c.rect(item.x, item.y, item.width, item.height);
      });
    case 'path':
      ctx.save();
      ctx.translate(item.x, item.y);
      if (item.scale) ctx.scale(item.scale, item.scale);
      paint(ctx, item.paint, () => new Path2D(item.d));
      return ctx.restore();
    case 'line':
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2, item.y2);
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = item.strokeWidth;
      return ctx.stroke();
    case 'text':
      ctx.font = `${item.weight} ${item.size}px ${fontFamily}`;
      ctx.direction = item.rtl ? 'rtl' : 'ltr';
      ctx.textAlign = item.align;
      ctx.textBaseline = 'alphabetic';
      if (item.halo) {
        ctx.strokeStyle = item.halo;
        ctx.lineWidth = 3;
        ctx.lineJoin = 'round';
        ctx.strokeText(item.text, item.x, item.y);
      }
      ctx.fillStyle = item.fill;
      ctx.fillText(item.text, item.x, item.y);
  }
}
