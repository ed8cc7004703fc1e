/**
 * npm run build, after prerendering: the service worker (dist/sw.js) that lets a visitor reopen
 * what they have read without a connection, made by Workbox (workbox-build). It runs after the
 * prerenderer, not inside Vite's build, because it needs the prerendered offline page.
 *
 * - The app's code and styles (dist/assets), the icons, the manifest and the offline page are
 *   precached when the worker installs, after the first visit's page has loaded.
 * - The membership desk (/admin) is left out entirely (scripts/service-worker-scope.ts): none
 *   of its files is precached, its pages and files are never kept or answered from a cache.
 * - Pages and content files are network-first: online, every visit gets the deployed version;
 *   each one opened is kept, and is what opens when the network is gone (after 4 s without an
 *   answer, too). A page never opened gets the offline page in its address's language
 *   (offline.html, es/offline.html for /es/...).
 * - A new deploy changes sw.js, which the browser checks on every visit (it is served
 *   `no-cache`); the new worker takes over at once (skipWaiting, clientsClaim) and drops the old
 *   precache, so the app is never more than one visit old, and pages and content are never old
 *   while online.
 *
 * Usage: tsx scripts/service-worker.ts [dist-dir]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { PAGES_CACHE, SERVICE_WORKER_URL } from '../src/app/boot-script.ts';
import { readManifest } from './size/bundle-size.ts';
import { OFFLINE_PAGES, withoutApp } from './offline-page.ts';
import { deskOnlyAssets, isSiteAsset, isSitePageIn } from './service-worker-scope.ts';

const distDir = resolve(process.argv[2] ?? 'dist');

for (const { file } of OFFLINE_PAGES) {
  const path = join(distDir, `.${file}`);
  await writeFile(path, withoutApp(await readFile(path, 'utf8')));
}

const deskFiles = new Set(deskOnlyAssets(await readManifest(distDir)));

const NETWORK_TIMEOUT_SECONDS = 4;
const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: [
    'assets/*.{js,css}',
    ...OFFLINE_PAGES.map(({ file }) => file.slice(1)),
    'favicon.svg',
    'icons/*.png',
    'manifest.webmanifest',
  ],
  manifestTransforms: [
    (entries) => ({ manifest: entries.filter((entry) => !deskFiles.has(entry.url)), warnings: [] }),
  ],
  swDest: join(distDir, `.${SERVICE_WORKER_URL}`),
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Hashed names already tell versions apart.
  dontCacheBustURLsMatching: /^assets\//,
  navigateFallback: null,
  runtimeCaching: [
    // Pages, by language: one never opened gets the offline page of its address's language.
    ...OFFLINE_PAGES.map(({ locale, file }) => ({
      urlPattern: isSitePageIn(locale),
      handler: 'NetworkFirst' as const,
      options: {
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        expiration: { maxEntries: 300 },
        precacheFallback: { fallbackURL: file },
      },
    })),
    {
      urlPattern: /\/content\//,
      handler: 'NetworkFirst',
      options: {
        cacheName: 'psg-content',
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        expiration: { maxEntries: 600 },
      },
    },
    {
      // Code of an earlier deploy that a kept page still names, so it opens offline styled.
      urlPattern: isSiteAsset,
      handler: 'CacheFirst',
      options: { cacheName: 'psg-old-assets', expiration: { maxEntries: 100 } },
    },
  ],
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
