/**
 * The one inline script of a prerendered page. It starts the app only once the browser has
 * reported the page's first contentful paint, so no script request competes with the page's
 * HTML and CSS before the visitor sees it: until then (and without JavaScript) the page is plain
 * HTML, its links ordinary links. It then asks for the entry and, in parallel, every chunk the
 * page will need (the entry's imports and the page's own route chunk), read from its data
 * attributes: `data-entry` and `data-preload` (space-separated).
 *
 * Why the paint entry rather than the next frame: a frame's callbacks run before the frame is
 * shown, and the first contentful paint is timed when it is shown, later still on a slow or busy
 * phone. Requests started in between count as needed for the first paint in Lighthouse's
 * simulation, and the page then "paints" as late as its scripts arrive. A browser without paint
 * timing (before Safari 14.1) starts after the next frame, as before.
 *
 * With the scripts it links the web app manifest. Chrome fetches a manifest as soon as it sees
 * its link, then the manifest's icon, and Lighthouse's simulation counts a request that happens
 * to start before the first paint as needed for it, so a page "painted" a round trip later on
 * some runs than others. The prerendered HTML therefore has no manifest link (installing the
 * site needs the service worker, so JavaScript, anyway), and its favicon is written into the
 * page (vite.config.ts), so nothing but the page itself is requested before its first paint.
 *
 * Once the page has loaded it also registers the service worker (scripts/service-worker.ts) and,
 * on a first visit (no worker yet controls the page), keeps this page for offline reading when
 * the worker is ready, as src/app/service-worker.ts does for pages opened inside the app: so the
 * home page fetches no script for it.
 *
 * The text never changes with the build (the addresses are in the attributes), so the
 * Content-Security-Policy allows it by its SHA-256 hash (server/http-headers.ts), without
 * 'unsafe-inline'. A hidden tab paints nothing, so a page opened in the background starts when
 * it is shown.
 */
/** The service worker's address (built by scripts/service-worker.ts) and its cache of pages. */
export const SERVICE_WORKER_URL = '/sw.js';
/** The web app manifest (public/manifest.webmanifest). */
export const MANIFEST_URL = '/manifest.webmanifest';
export const PAGES_CACHE = 'psg-pages';

export const BOOT_SCRIPT =
  "(function(s){var d=s.dataset,P=window.PerformanceObserver,go=function(){setTimeout(function(){var m=document.createElement('link');m.rel='manifest';m.href=" +
  JSON.stringify(MANIFEST_URL) +
  ";document.head.appendChild(m);d.preload.split(' ').forEach(function(h){if(!h)return;var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)});import(d.entry)})};if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0){new P(function(list,o){if(list.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true})}else requestAnimationFrame(go);var w=navigator.serviceWorker;if(w)addEventListener('load',function(){var c=w.controller;w.register(" +
  JSON.stringify(SERVICE_WORKER_URL) +
  ').then(function(){return w.ready}).then(function(){if(!c&&window.caches)return caches.open(' +
  JSON.stringify(PAGES_CACHE) +
  ').then(function(k){return k.add(location.pathname+location.search)})}).catch(function(){})})})(document.currentScript)';

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The <script> element that starts the app on a prerendered page. */
export function bootScriptTag(entry: string, preload: readonly string[]): string {
  return `<script data-entry="${attribute(entry)}" data-preload="${attribute(preload.join(' '))}">${BOOT_SCRIPT}</script>`;
}
