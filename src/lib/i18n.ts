import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { localeOfPath, type Locale } from '../config/locales.ts';

/**
 * The compiled catalogs (src/locales/<locale>/messages.ts, written from the PO files by
 * `npm run i18n:compile`), one chunk per language, so a page loads only its own language.
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

export async function loadI18n(locale: Locale): Promise<I18n> {
  return createI18n(locale, await loadMessages(locale));
}

/** The language of the page being shown, from its address. */
export function usePageLocale(): Locale {
  return localeOfPath(useLocation().pathname);
}

/**
 * Keeps the app's language that of its address when a navigation inside the app crosses
 * languages (the language switch reloads the page, so this is for other such links).
 */
export function useLocaleOfAddress() {
  const { i18n } = useLingui();
  const locale = usePageLocale();
  useEffect(() => {
    if (i18n.locale === locale) return;
    let current = true;
    void loadMessages(locale).then((messages) => {
      if (!current) return;
      i18n.load(locale, messages);
      i18n.activate(locale);
    });
    return () => {
      current = false;
    };
  }, [i18n, locale]);
}
