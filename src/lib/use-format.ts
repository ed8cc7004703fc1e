import { useMemo } from 'react';
import { formatDate, formatLondonDay, formatLondonTime, formatMonth } from './dates.ts';
import { useLocale } from './i18n.ts';
import { formatPence } from './money.ts';
import { formatCount } from './numbers.ts';

/**
 * Dates, money and counts in the page's language: `const format = useFormat()`, then
 * `format.date('2016-11-05')` ("5 de noviembre de 2016" on a Spanish page), `format.pence(800)`.
 */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      date: (isoDate: string) => formatDate(isoDate, locale),
      month: (year: number, month: number) => formatMonth(year, month, locale),
      londonDay: (instant: string) => formatLondonDay(instant, locale),
      londonTime: (instant: string) => formatLondonTime(instant, locale),
      pence: (pence: number) => formatPence(pence, locale),
      count: (count: number) => formatCount(count, locale),
    }),
    [locale],
  );
}
