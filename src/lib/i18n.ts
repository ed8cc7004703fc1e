import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../config/locales.ts';

/**
 * Each language's whole catalog (src/locales/<locale>/messages.ts, compiled from the PO files by
 * `npm run i18n:compile`), for what renders every page: the prerenderer, the server, the tests
 * and the desk. The public site in the browser loads it by area instead (src/lib/i18n-areas.ts).
 */
const CATALOGS: Record<Locale, () => Promise<{ messages: Messages }>> = {
  en: () => import('../locales/en/messages.ts'),
  es: () => import('../locales/es/messages.ts'),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await CATALOGS[locale]()).messages;
}

/**
 * One i18n instance per render: the prerenderer renders both languages in one process, so
 * render code never uses Lingui's global instance.
 */
export function createI18n(locale: Locale, messages: Messages): I18n {
  return setupI18n({ locale, messages: { [locale]: messages } });
}

/** An instance with the whole catalog of `locale`. */
export async function loadI18n(locale: Locale): Promise<I18n> {
  return createI18n(locale, await loadMessages(locale));
}

/**
 * The language of the page being shown. Inside the app, links need no language: the router's
 * basename is the language's prefix, so `<Link to={paths.notices()}>` on a Spanish page leads
 * to /es/notices. Addresses made outside the router (canonical and hreflang links, a plain form's
 * action) take it from here: `paths.x(..., { locale })`, or react-router's `useHref(path)`.
 */
export function useLocale(): Locale {
  const { i18n } = useLingui();
  return isLocale(i18n.locale) ? i18n.locale : DEFAULT_LOCALE;
}
