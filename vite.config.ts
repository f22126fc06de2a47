import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { licenceNotices, NOTICES_FILE } from './electron/cli/licence-notices';
import { buildCsp } from './electron/common/csp';

// The renderer (Vite root: renderer/) builds to out/renderer with relative URLs so it loads from app://
// in Electron and from the browser host's local server alike. The CSP is also written into index.html.
// Under `npm run dev` (Vite's dev server) the meta tag carries the dev policy, which lets Vite's inline
// refresh preamble, injected styles and hot-reload socket through; the build always gets the strict one.
const cspMeta = (): Plugin => ({
  name: 'acupoint-csp-meta',
  transformIndexHtml: (_html, ctx) => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: buildCsp(ctx.server ? 'dev' : 'meta') },
      injectTo: 'head-prepend',
    },
  ],
});

// The bundle drops the licence comments of the packages it inlines: the notices are written beside it.
const notices = (): Plugin => ({
  name: 'acupoint-licence-notices',
  apply: 'build',
  generateBundle(_options, bundle) {
    const modules = Object.values(bundle).flatMap((chunk) =>
      chunk.type === 'chunk' ? Object.keys(chunk.modules) : [],
    );
    this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: licenceNotices(modules, 'the window (renderer)') });
  },
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), notices()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
    // Inline assets would need data: URLs for fonts; keep every asset a file served by 'self'.
    assetsInlineLimit: 0,
  },
});
