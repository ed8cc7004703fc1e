import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { useLingui } from '@lingui/react';
import {
  CATALOG_PARTS,
  DEFAULT_LOCALE,
  isLocale,
  type CatalogPart,
  type Locale,
} from '../config/locales.ts';
import type { PageName } from '../config/paths.ts';

type CatalogModule = () => Promise<{ messages: Messages }>;

/**
 * The compiled catalogs (src/locales/<locale>/<part>.ts, written from the PO files by
 * `npm run i18n:compile`), a chunk per language and part, so a page loads only its own
 * language, and the forms' messages only with the pages that have them.
 */
const CATALOGS: Record<Locale, Record<CatalogPart, CatalogModule>> = {
  en: {
    core: () => import('../locales/en/core.ts'),
    forms: () => import('../locales/en/forms.ts'),
  },
  es: {
    core: () => import('../locales/es/core.ts'),
    forms: () => import('../locales/es/forms.ts'),
  },
};

/** The pages that show messages of the `forms` part (src/config/locales.ts). */
const FORM_PAGES: readonly PageName[] = [
  'event',
  'eventRegister',
  'eventRegisterCheckAnswers',
  'eventRegisterConfirmation',
  'join',
  'joinCheckAnswers',
  'joinConfirmation',
  'privacy',
];

/** The parts of the catalog a page shows (every part when the page is not known). */
export function catalogPartsFor(page: PageName | null): CatalogPart[] {
  if (page === null) return [...CATALOG_PARTS];
  return FORM_PAGES.includes(page) ? ['core', 'forms'] : ['core'];
}

export async function loadMessages(
  locale: Locale,
  parts: readonly CatalogPart[] = CATALOG_PARTS,
): Promise<Messages> {
  const loaded = await Promise.all(
    parts.map(async (part) => (await CATALOGS[locale][part]()).messages),
  );
  return Object.assign({}, ...loaded) as Messages;
}

/**
 * One i18n instance per render: the prerenderer renders both languages in one process, so
 * render code never uses Lingui's global instance.
 */
export function createI18n(locale: Locale, messages: Messages): I18n {
  return setupI18n({ locale, messages: { [locale]: messages } });
}

/** An instance with every part of the catalog (the prerenderer, the server), or only `parts`. */
export async function loadI18n(
  locale: Locale,
  parts: readonly CatalogPart[] = CATALOG_PARTS,
): Promise<I18n> {
  return createI18n(locale, await loadMessages(locale, parts));
}

/** The browser's one instance, and the parts of the catalog it holds. */
let browserI18n: { i18n: I18n; parts: Set<CatalogPart> } | null = null;

export function setBrowserI18n(i18n: I18n, parts: readonly CatalogPart[]): void {
  browserI18n = { i18n, parts: new Set(parts) };
}

/**
 * Before the browser first shows a page: the parts of the catalog it needs that the app has not
 * loaded yet (the route table calls it with the page's code). Elsewhere every part is loaded.
 */
export async function loadMessagesFor(page: PageName): Promise<void> {
  const app = browserI18n;
  if (!app) return;
  const missing = catalogPartsFor(page).filter((part) => !app.parts.has(part));
  if (missing.length === 0) return;
  const locale = isLocale(app.i18n.locale) ? app.i18n.locale : DEFAULT_LOCALE;
  app.i18n.load(locale, await loadMessages(locale, missing));
  for (const part of missing) app.parts.add(part);
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
