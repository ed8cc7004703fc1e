import { DEFAULT_LOCALE, FORMAT_LOCALE, type Locale } from '../config/locales.ts';

/** 800 → "£8", 850 → "£8.50" (in both languages: the fees are in pounds). */
export function formatPence(pence: number, locale: Locale = DEFAULT_LOCALE): string {
  const pounds = pence / 100;
  return new Intl.NumberFormat(FORMAT_LOCALE[locale], {
    style: 'currency',
    currency: 'GBP',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(pounds);
}
