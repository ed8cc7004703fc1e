/**
 * The languages the site is written in. English pages keep their addresses; each other
 * language's pages live under its prefix (`/es/news/...`, built by localePrefix in paths.ts).
 * No React here: the server, the build scripts and the page map import it.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The value of `<html lang>` (and of hreflang) for each language. */
export const HTML_LANG: Record<Locale, string> = { en: 'en-GB', es: 'es' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of an address: `/es` and `/es/...` are Spanish, everything else English. */
export function localeOfPath(pathname: string): Locale {
  const first = /^\/([^/?#]+)/.exec(pathname)?.[1];
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}
