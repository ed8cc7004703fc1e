/**
 * Offline reading in the browser: registers the service worker (built by
 * scripts/service-worker.ts) and keeps each page the visitor opens inside the app.
 */

import { PAGES_CACHE, SERVICE_WORKER_URL } from './boot-script.ts';

let workerReady = false;

/**
 * Registers /sw.js once the page has loaded, so it never competes with the first paint or the
 * page's own code (again, if the boot script of a prerendered page did already: that changes
 * nothing). Only in a production build (the dev server has no sw.js). The page shown when the
 * worker is ready is kept: it may have been loaded before the worker existed.
 */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = async () => {
    try {
      await navigator.serviceWorker.register(SERVICE_WORKER_URL);
      await navigator.serviceWorker.ready;
    } catch {
      // No worker (a private window, a blocked registration): the site works as before.
      return;
    }
    workerReady = true;
    keepPageForOffline(`${location.pathname}${location.search}`);
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
