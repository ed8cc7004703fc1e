import type { I18n, Messages } from '@lingui/core';
import type { Locale } from '../config/locales.ts';
import type { BrowserMessageArea as BrowserArea } from '../config/message-areas.ts';

type AreaModule = { messages: Messages };

/**
 * Each area of each language's catalog (src/locales/<locale>/areas/<area>.ts, written by
 * `npm run i18n:compile`), its own chunk. Written out rather than as a template import, whose
 * lookup table and helper cost the entry more.
 */
const AREA_MODULES: Record<Locale, Record<BrowserArea, () => Promise<AreaModule>>> = {
  en: {
    shell: () => import('../locales/en/areas/shell.ts'),
    news: () => import('../locales/en/areas/news.ts'),
    events: () => import('../locales/en/areas/events.ts'),
    register: () => import('../locales/en/areas/register.ts'),
    join: () => import('../locales/en/areas/join.ts'),
    form: () => import('../locales/en/areas/form.ts'),
    privacy: () => import('../locales/en/areas/privacy.ts'),
    search: () => import('../locales/en/areas/search.ts'),
    offline: () => import('../locales/en/areas/offline.ts'),
  },
  es: {
    shell: () => import('../locales/es/areas/shell.ts'),
    news: () => import('../locales/es/areas/news.ts'),
    events: () => import('../locales/es/areas/events.ts'),
    register: () => import('../locales/es/areas/register.ts'),
    join: () => import('../locales/es/areas/join.ts'),
    form: () => import('../locales/es/areas/form.ts'),
    privacy: () => import('../locales/es/areas/privacy.ts'),
    search: () => import('../locales/es/areas/search.ts'),
    offline: () => import('../locales/es/areas/offline.ts'),
  },
};

export type AreaLoader = (areas: readonly BrowserArea[]) => Promise<void>;

/**
 * Loads areas of the instance's language into it, each once, for the browser: the shell at
 * start, a page's areas with its code (src/app/routes.tsx).
 *
 * The messages are merged into the instance's own message table without Lingui's `load`, which
 * would emit "change" and make I18nProvider re-render every translated component on the page
 * being left (or, before hydration ends, update parts React has not hydrated yet). Nothing
 * shown needs them: a page's areas are in place before it renders, and `_` reads the table at
 * each call. The instance must own that table: create it with a fresh object (`createI18n(locale,
 * {})`), never a module's `messages`.
 */
export function createAreaLoader(i18n: I18n, locale: Locale): AreaLoader {
  const loading = new Map<BrowserArea, Promise<void>>();
  const loadArea = (area: BrowserArea) => {
    let done = loading.get(area);
    if (!done) {
      done = AREA_MODULES[locale][area]().then((module) => {
        Object.assign(i18n.messages, module.messages);
      });
      // A failed request (offline) is tried again on the next visit to the page.
      done.catch(() => loading.delete(area));
      loading.set(area, done);
    }
    return done;
  };
  return async (areas) => {
    await Promise.all(areas.map(loadArea));
  };
}
