import { LOCALES, type Locale } from '../src/config/locales.ts';
import { offlineFile, paths } from '../src/config/paths.ts';

/**
 * The service worker's offline pages, one per language: the address the prerenderer renders
 * and the file it writes (the page map's), which the worker precaches.
 */
export const OFFLINE_PAGES: readonly { locale: Locale; url: string; file: string }[] = LOCALES.map(
  (locale) => ({ locale, url: paths.offline({ locale }), file: offlineFile(locale) }),
);

/**
 * A prerendered offline page without the app: it is shown for other addresses, where the app
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
    throw new Error(`The offline page still loads the app: ${scripts.join(' ')}`);
  }
  return stripped;
}
