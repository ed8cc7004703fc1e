import type { I18n } from '@lingui/core';
import type { Locale } from '../../src/config/locales.ts';
import { createI18n } from '../../src/lib/i18n.ts';
import { messages as enCore } from '../../src/locales/en/core.ts';
import { messages as enForms } from '../../src/locales/en/forms.ts';
import { messages as esCore } from '../../src/locales/es/core.ts';
import { messages as esForms } from '../../src/locales/es/forms.ts';

/** The compiled catalogs, every part, so a test renders synchronously in either language. */
const MESSAGES = { en: { ...enCore, ...enForms }, es: { ...esCore, ...esForms } } as const;

/** A fresh i18n instance with the real catalog of `locale` (English unless a test asks). */
export function testI18n(locale: Locale = 'en'): I18n {
  return createI18n(locale, MESSAGES[locale]);
}
