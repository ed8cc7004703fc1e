import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildMetadataOutOfDist } from './scripts/build-metadata.ts';
import { MANIFEST_URL } from './src/app/boot-script.ts';
import { THEME_BOOT_SCRIPT } from './src/features/theme/theme-boot-script.ts';

/**
 * The theme's boot script, first in <head> of every page (the server's CSP allows its hash), and
 * the web app manifest with its icon (the service worker is scripts/service-worker.ts).
 */
function themeAndAppTags(): Plugin {
  return {
    name: 'psg-theme-and-app-tags',
    transformIndexHtml: () => [
      { tag: 'script', children: THEME_BOOT_SCRIPT, injectTo: 'head-prepend' },
      // Kept in app.html and the server's pages; a prerendered page's boot script adds it.
      { tag: 'link', attrs: { rel: 'manifest', href: MANIFEST_URL }, injectTo: 'head' },
      {
        tag: 'link',
        attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' },
        injectTo: 'head',
      },
    ],
  };
}

/**
 * The favicon written into each page as a data: address (public/favicon.svg, 282 bytes), so the
 * browser requests no icon while the page paints: Lighthouse counts such a request, started
 * before the first paint, as needed for it. The CSP's img-src allows data:. The file stays for
 * feeds and other readers, with public/favicon.ico (scripts/make-icons.ts).
 */
function inlineFavicon(publicDir: string): Plugin {
  return {
    name: 'psg-inline-favicon',
    transformIndexHtml: (html) => {
      const svg = readFileSync(`${publicDir}/favicon.svg`, 'utf8');
      const link = /<link rel="icon" href="\/favicon\.svg"[^>]*>/;
      if (!link.test(html))
        throw new Error('index.html links no /favicon.svg to write into the page');
      return html.replace(
        link,
        `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg.trim())}" type="image/svg+xml">`,
      );
    },
  };
}

/**
 * React Router publishes two identical builds but for one switch: the development build, which
 * its package exports always name, logs warnings that the production one leaves out (0.5 KB
 * gzip of the home page's JavaScript). The browser build takes the production one; tests and
 * the prerenderer (Node) keep the warnings.
 */
function reactRouterProductionBuild(): Plugin {
  const production = fileURLToPath(
    new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
  );
  return {
    name: 'psg:react-router-production-build',
    apply: 'build',
    config: () => ({ resolve: { alias: [{ find: /^react-router$/, replacement: production }] } }),
  };
}

// The bench (scripts/bench) builds synthetic archives from a temporary copy of public/.
const publicDir = process.env.PSG_PUBLIC_DIR ?? 'public';

export default defineConfig({
  plugins: [
    react(),
    buildMetadataOutOfDist(),
    themeAndAppTags(),
    inlineFavicon(publicDir),
    reactRouterProductionBuild(),
  ],
  publicDir,
  server: {
    // `npm run dev` sends form submissions to the Node server started beside it.
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}` },
  },
  build: {
    target: 'es2022',
    // Maps and the manifest (the chunk graph npm run check:size reads) are moved out of dist/
    // into dist-meta/ once written (scripts/build-metadata.ts); 'hidden': no sourceMappingURL.
    sourcemap: 'hidden',
    manifest: true,
    // Every browser the build targets (ES2022) knows <link rel="modulepreload">: no polyfill in
    // the entry.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The membership desk (/admin) is its own app, so none of it is in the public bundle.
      input: { index: 'index.html', admin: 'admin.html' },
    },
  },
  test: {
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    include: ['tests/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    // Generous for a busy two-core machine; a hung test still fails.
    testTimeout: 15_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
