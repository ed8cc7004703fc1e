import { DEFAULT_LOCALE, FORMAT_LOCALE, type Locale } from '../config/locales.ts';

/** 12345 → "12,345" (the same in Latin American Spanish). Plurals belong in the message. */
export function formatCount(count: number, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(FORMAT_LOCALE[locale]).format(count);
}
