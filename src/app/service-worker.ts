/**
 * Offline reading in the browser: registers the service worker (built by
 * scripts/service-worker.ts) and keeps each page the visitor opens inside the app.
 */

/** The worker's cache of pages; the same name as in scripts/service-worker.ts. */
const PAGES_CACHE = 'psg-pages';

let workerReady = false;

/**
 * Registers /sw.js once the page has loaded, so it never competes with the first paint or the
 * page's own code. Only in a production build (the dev server has no sw.js). On the first
 * visit the page was loaded before the worker existed, so it is kept once the worker is ready.
 */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = async () => {
    try {
      await navigator.serviceWorker.register('/sw.js');
      await navigator.serviceWorker.ready;
    } catch {
      // No worker (a private window, a blocked registration): the site works as before.
      return;
    }
    workerReady = true;
    if (!navigator.serviceWorker.controller) {
      keepPageForOffline(`${location.pathname}${location.search}`);
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/**
 * A page reached by a link inside the app loads only its content file, which the worker keeps;
 * its HTML, which a reload or a bookmark opens offline, is fetched into the worker's page cache
 * here when the browser is idle. Pages loaded through the worker are kept by the worker itself.
 */
function keepPageForOffline(path: string): void {
  if (!workerReady || typeof caches === 'undefined') return;
  const keep = () => {
    caches
      .open(PAGES_CACHE)
      .then((cache) => cache.add(path))
      .catch(() => {
        // Offline or a full disk: the page is simply not kept.
      });
  };
  if ('requestIdleCallback' in window) requestIdleCallback(keep, { timeout: 5000 });
  else setTimeout(keep, 1000);
}

let registered = false;

/** Called on each page the visitor opens: registers the worker once, and keeps the page. */
export function readOffline(): void {
  if (!registered) {
    registered = true;
    registerServiceWorker();
  }
  keepPageForOffline(`${location.pathname}${location.search}`);
}
