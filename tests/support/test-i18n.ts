import type { I18n } from '@lingui/core';
import type { Locale } from '../../src/config/locales.ts';
import { createI18n } from '../../src/lib/i18n.ts';
import { messages as en } from '../../src/locales/en/messages.ts';
import { messages as es } from '../../src/locales/es/messages.ts';

/** The whole compiled catalogs, so a test renders synchronously in either language. */
const MESSAGES = { en, es } as const;

/** A fresh i18n instance with the real catalog of `locale` (English unless a test asks). */
export function testI18n(locale: Locale = 'en'): I18n {
  return createI18n(locale, MESSAGES[locale]);
}
