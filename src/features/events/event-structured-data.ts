import { paths } from '../../config/paths.ts';
import { absoluteUrl, ORGANIZATION } from '../../lib/site.ts';
import type { PsgEvent } from './event-schema.ts';

/** schema.org Event for the event page, with its prices as offers. */
export function eventData(event: PsgEvent) {
  const { venue } = event;
  return {
    '@type': 'Event',
    name: event.name,
    ...(event.theme ? { description: event.theme } : {}),
    startDate: event.start,
    endDate: event.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: absoluteUrl(paths.event(event.slug)),
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
      url: absoluteUrl(paths.event(event.slug)),
    })),
    organizer: ORGANIZATION,
  };
}
