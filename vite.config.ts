import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildCsp } from './electron/common/csp';

// The renderer (Vite root: renderer/) builds to out/renderer with relative URLs so it loads from app://
// in Electron and from the browser host's local server alike. The CSP is also written into index.html.
// Under `npm run dev` (Vite's dev server) the meta tag carries the dev policy, which lets Vite's inline
// refresh preamble, injected styles and hot-reload socket through; the build always gets the strict one.
const cspMeta = (): Plugin => ({
  name: 'acupoint-csp-meta',
  transformIndexHtml: (_html, ctx) => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: buildCsp(ctx.server ? 'dev' : 'meta') }, injectTo: 'head-prepend' },
  ],
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
    // Inline assets would need data: URLs for fonts; keep every asset a file served by 'self'.
    assetsInlineLimit: 0,
  },
});
