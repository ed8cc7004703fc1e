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

/**
 * What Intl formats dates, money and numbers with: Latin American Spanish for 'es' ("£8",
 * "5 de noviembre de 2016", "11:00 a.m."), as a reader in Peru expects.
 */
export const FORMAT_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-419' };

/** Open Graph's `og:locale` (language_TERRITORY): Spanish for Latin America. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', es: 'es_LA' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of an address: `/es` and `/es/...` are Spanish, everything else English. */
export function localeOfPath(pathname: string): Locale {
  const first = /^\/([^/?#]+)/.exec(pathname)?.[1];
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}
