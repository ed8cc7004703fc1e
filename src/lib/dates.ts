import { DEFAULT_LOCALE, FORMAT_LOCALE, type Locale } from '../config/locales.ts';

const LONDON = 'Europe/London';

/** One formatter per language and style, made on first use (they are slow to create). */
function cached(options: Intl.DateTimeFormatOptions) {
  const formats = new Map<Locale, Intl.DateTimeFormat>();
  return (locale: Locale) => {
    let format = formats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], options);
      formats.set(locale, format);
    }
    return format;
  };
}

const dayFormat = cached({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "2016-10-24" → "24 October 2016", in Spanish "24 de octubre de 2016". Calendar dates carry no
 * zone, so they are read as UTC.
 */
export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
  return dayFormat(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

const monthFormat = cached({ month: 'long', year: 'numeric', timeZone: 'UTC' });

/** (2016, 10) → "October 2016", in Spanish "octubre de 2016". */
export function formatMonth(year: number, month: number, locale: Locale = DEFAULT_LOCALE): string {
  return monthFormat(locale).format(new Date(Date.UTC(year, month - 1, 1)));
}

const londonDay = cached({
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: LONDON,
});

const londonTime = cached({
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: LONDON,
});

/**
 * "Saturday 5 November 2016" (no comma, as GOV.UK writes dates), in Spanish "sábado, 5 de
 * noviembre de 2016", as the day falls in London.
 */
export function formatLondonDay(instant: string, locale: Locale = DEFAULT_LOCALE): string {
  const date = new Date(instant);
  if (locale !== 'en') return londonDay(locale).format(date);
  return londonDay(locale)
    .formatToParts(date)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** "11:00am" (in Spanish "11:00 a.m."), as the clock reads in London. */
export function formatLondonTime(instant: string, locale: Locale = DEFAULT_LOCALE): string {
  const time = londonTime(locale).format(new Date(instant));
  return locale === 'en' ? time.replace(/\s/g, '') : time;
}
