import { DEFAULT_LOCALE, HTML_LANG, type Locale } from '../../config/locales.ts';
import { paths } from '../../config/paths.ts';
import type { StructuredData } from '../../lib/linked-data.ts';
import { absoluteUrl, ORGANIZATION } from '../../lib/site.ts';
import type { PsgEvent } from './event-schema.ts';

/**
 * schema.org Event for the event page in `locale`, with its prices as offers. Its `inLanguage`
 * is English on every page: an event has no Spanish fields, so its name and theme are shown in
 * English (marked lang="en" on a Spanish page), and the conference is held in English.
 */
export function eventData(event: PsgEvent, locale: Locale): StructuredData {
  const { venue } = event;
  const url = absoluteUrl(paths.event(event.slug, { locale }));
  return {
    '@type': 'Event',
    name: event.name,
    ...(event.theme ? { description: event.theme } : {}),
    startDate: event.start,
    endDate: event.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url,
    inLanguage: HTML_LANG[DEFAULT_LOCALE],
    location: {
      '@type': 'Place',
      name: venue.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: venue.streetAddress,
        addressLocality: venue.locality,
        postalCode: venue.postalCode,
        addressCountry: venue.country,
      },
    },
    offers: event.prices.map((price) => ({
      '@type': 'Offer',
      name: price.label,
      price: (price.pence / 100).toFixed(2),
      priceCurrency: 'GBP',
      url,
    })),
    organizer: ORGANIZATION,
  };
}
