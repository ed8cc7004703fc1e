import { OFFLINE_FILE } from '../src/config/paths.ts';

/** Where the service worker's offline page is, in dist/ and on the site (the page map's). */
export const OFFLINE_PAGE = OFFLINE_FILE;

/**
 * The prerendered offline page without the app: it is shown for other addresses, where the app
 * would try to load that address's content and fail. Only the theme's boot script stays.
 */
export function withoutApp(html: string): string {
  const stripped = html
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    // The prerendered pages' boot script, which starts the app after the first paint.
    .replace(/<script data-entry="[^"]*"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');
  const scripts = stripped.match(/<script\b[^>]*>/g) ?? [];
  if (scripts.some((tag) => tag !== '<script>')) {
    throw new Error(`offline.html still loads the app: ${scripts.join(' ')}`);
  }
  return stripped;
}
