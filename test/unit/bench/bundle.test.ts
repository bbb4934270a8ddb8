import { describe, expect, it } from 'vitest';
import { staticClosure, type ManifestChunk } from '../../../bench/bundle';

const manifest: Record<string, ManifestChunk> = {
  'index.html': { file: 'assets/main.js', imports: ['_chart.js'], css: ['assets/main.css'] },
  'embed.html': { file: 'assets/embed.js', imports: ['_chart.js', '_shared.js'] },
  '_chart.js': { file: 'assets/chart.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_chart.js'] },
  'src/chrome.tsx': { file: 'assets/chrome.js', imports: ['_chart.js', 'index.html'] },
};

describe('staticClosure', () => {
  it('follows static imports (cycles too) with their CSS, and leaves dynamic imports out', () => {
    expect(staticClosure(manifest, 'index.html')).toEqual(['assets/main.js', 'assets/main.css', 'assets/chart.js', 'assets/shared.js']);
    expect(staticClosure(manifest, 'embed.html')).toEqual(['assets/embed.js', 'assets/chart.js', 'assets/shared.js']);
  });

  it('names an entry or import the manifest lacks', () => {
    expect(() => staticClosure(manifest, 'other.html')).toThrow('no entry "other.html"');
    expect(() => staticClosure({ 'a.html': { file: 'a.js', imports: ['_gone.js'] } }, 'a.html')).toThrow('"_gone.js"');
  });
});
