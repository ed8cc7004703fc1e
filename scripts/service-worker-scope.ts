/**
 * What the service worker (scripts/service-worker.ts) may keep: the public site only. The
 * membership desk (/admin, admin.html) is left out entirely: none of its files is precached or
 * kept, and its pages are never answered from a cache, so a shared or lost computer holds
 * nothing of it and a signed-out desk is never shown from a cache.
 */
import { DESK_FILE, DESK_PATTERN } from '../src/config/desk-paths.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/config/locales.ts';
import { localePrefix } from '../src/config/paths.ts';
import type { Manifest } from './size/bundle-size.ts';

/** The desk's own files are named after its Vite entry (admin.html → assets/admin-[hash].js). */
export const DESK_ASSET_PREFIX = 'assets/admin-';

/** Every file the public site can load: its entry and all it imports, now or on demand. */
export function publicAssets(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) {
      visit(imported);
    }
  };
  visit('index.html');
  if (seen.size === 0) throw new Error('The Vite manifest names no entry for index.html');
  return files;
}

/**
 * The built files only the desk loads. Each must carry the desk's prefix, which is how the
 * worker's rule for assets of earlier deploys tells them apart: the build stops otherwise.
 */
export function deskOnlyAssets(manifest: Manifest): string[] {
  const site = publicAssets(manifest);
  const desk = [
    ...new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])])),
  ].filter((file) => !site.has(file));
  const unnamed = desk.filter((file) => !file.startsWith(DESK_ASSET_PREFIX));
  if (unnamed.length > 0) {
    throw new Error(
      `Files only the desk loads must start with ${DESK_ASSET_PREFIX}, or the service worker would keep them: ${unnamed.join(', ')}`,
    );
  }
  return desk;
}

type RouteMatch = { request: { mode: string }; url: URL };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The desk's addresses: /admin and below, and admin.html itself. */
const DESK_PAGE = new RegExp(`${DESK_PATTERN.source}|^/${escapeRegExp(DESK_FILE)}$`);

/*
 * Workbox writes a route's matcher into sw.js as its source text, so a matcher cannot use
 * anything from this module's scope: these are built from the page map's patterns as text.
 */

/** The addresses under any of these language prefixes (`/es`, `/es/…`), as localeOfPath says. */
function underPrefixes(locales: readonly Locale[]): RegExp {
  const prefixes = locales.map((locale) => escapeRegExp(localePrefix(locale)));
  return new RegExp(`^(?:${prefixes.join('|')})(?:/|$)`);
}

/**
 * A page of the public site in `locale` being opened: kept for offline reading, with that
 * language's offline page for a page never opened. English is every address outside the other
 * languages' prefixes, so each page is in exactly one language.
 */
export function isSitePageIn(locale: Locale): (match: RouteMatch) => boolean {
  const others = LOCALES.filter((other) => other !== DEFAULT_LOCALE);
  const inLanguage =
    locale !== DEFAULT_LOCALE
      ? `${underPrefixes([locale]).toString()}.test(url.pathname)`
      : others.length > 0
        ? `!${underPrefixes(others).toString()}.test(url.pathname)`
        : 'true';
  return new Function(
    '{ request, url }',
    `return request.mode === 'navigate' && !${DESK_PAGE.toString()}.test(url.pathname) && ${inLanguage};`,
  ) as (match: RouteMatch) => boolean;
}

/** The public site's code and styles, of this deploy or an earlier one (never the desk's). */
export const isSiteAsset = new Function(
  '{ url }',
  `return url.pathname.startsWith('/assets/') && !url.pathname.startsWith(${JSON.stringify(`/${DESK_ASSET_PREFIX}`)});`,
) as (match: Pick<RouteMatch, 'url'>) => boolean;
