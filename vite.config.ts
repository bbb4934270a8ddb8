import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY, pageHeaders } from './scripts/securityHeaders.ts';

const root = import.meta.dirname;
const dataDir = resolve(root, 'data');

/**
 * The event store lives in data/ (its own top-level folder, beside its schema), not in public/.
 * This serves data/*.json at /data/ in dev and copies it into the build, so the page fetches
 * the same URL everywhere and the store has one home.
 */
function eventStore(): Plugin {
  return {
    name: 'event-store',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0].replace(/^\//, '');
        if (!/^[\w.-]+\.json$/.test(name)) return next();
        try {
          const body = readFileSync(resolve(dataDir, name));
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    // The default dataset starts downloading with the scripts instead of after them. Injected
    // here rather than written in the HTML, where Vite would rename it into a hashed asset.
    transformIndexHtml(_html, context) {
      // The editor opens its store through the save API or by address, not this preload.
      if (context.filename.endsWith('edit.html')) return [];
      return [{ tag: 'link', attrs: { rel: 'preload', href: 'data/events.json', as: 'fetch', type: 'application/json', crossorigin: 'anonymous' }, injectTo: 'head' }];
    },
    generateBundle() {
      for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(resolve(dataDir, name)) });
      }
    },
  };
}

/**
 * The pages' security policy (scripts/securityHeaders.ts). In the built HTML as meta tags, so
 * that any static host serves it; not in development, where Vite's dev server needs inline
 * scripts. `vite preview` (npm start) also sends it as headers, with frame-ancestors, which
 * only a header can carry.
 */
function lockedDown(): Plugin[] {
  return [
    {
      name: 'locked-down-html',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'referrer', content: REFERRER_POLICY }, injectTo: 'head-prepend' },
      ],
    },
    {
      name: 'locked-down-preview',
      configurePreviewServer(server) {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '/').split('?')[0];
          if (path.endsWith('/') || path.endsWith('.html')) for (const [name, value] of Object.entries(pageHeaders(path))) res.setHeader(name, value);
          else res.setHeader('X-Content-Type-Options', 'nosniff');
          next();
        });
      },
    },
  ];
}

// The app never loads anything from another origin. `cors: true` on preview lets a page inside
// <iframe sandbox="allow-scripts"> (an opaque "null" origin) fetch its own scripts and data.
export default defineConfig({
  plugins: [react(), eventStore(), lockedDown()],
  build: {
    target: 'es2022',
    rollupOptions: {
      // edit.html is the editor: a page of its own, so none of its code is in the reader's pages.
      input: { main: resolve(root, 'index.html'), embed: resolve(root, 'embed.html'), edit: resolve(root, 'edit.html') },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: true },
  server: { host: '127.0.0.1', cors: true },
});
