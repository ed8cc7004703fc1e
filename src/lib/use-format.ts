import { createContext, useContext, useMemo } from 'react';
import { formatDate, formatLondonDay, formatLondonTime, formatMonth } from './dates.ts';
import { useLocale } from './i18n.ts';
import { formatPence } from './money.ts';
import { formatCount } from './numbers.ts';

/**
 * Every string useFormat made for a page, by language, kind and value ("en day 2016-11-05"). The
 * prerenderer collects them and hands them to the browser with the page's data, so hydration
 * shows the same words without formatting anything: a page's first Intl formatter loads ICU's
 * data, 15–20 ms on a fast machine and a 70–170 ms task at 4× CPU in the middle of hydration.
 * Pages the browser renders itself format as usual, and their strings are kept here too.
 */
export type Formatted = Record<string, string>;

type Remember = (key: string, format: () => string) => string;

/** Keeps each string formatted in `strings`, and gives back one already there. */
export function rememberIn(strings: Formatted): Remember {
  return (key, format) => (Object.hasOwn(strings, key) ? strings[key]! : (strings[key] = format()));
}

export const FormattedContext = createContext<Remember | null>(null);

/**
 * Dates, money and counts in the page's language: `const format = useFormat()`, then
 * `format.date('2016-11-05')` ("5 de noviembre de 2016" on a Spanish page), `format.pence(800)`.
 */
export function useFormat() {
  const locale = useLocale();
  const kept = useContext(FormattedContext);
  return useMemo(() => {
    // The same value always formats to the same string, so a string once made is kept.
    const remember = (kind: string, value: string | number, format: () => string) =>
      kept ? kept(`${locale} ${kind} ${value}`, format) : format();
    return {
      locale,
      date: (isoDate: string) => remember('date', isoDate, () => formatDate(isoDate, locale)),
      month: (year: number, month: number) =>
        remember('month', `${year}-${month}`, () => formatMonth(year, month, locale)),
      londonDay: (instant: string) =>
        remember('day', instant, () => formatLondonDay(instant, locale)),
      londonTime: (instant: string) =>
        remember('time', instant, () => formatLondonTime(instant, locale)),
      pence: (pence: number) => remember('pence', pence, () => formatPence(pence, locale)),
      count: (count: number) => remember('count', count, () => formatCount(count, locale)),
    };
  }, [locale, kept]);
}
