import type { FastifyInstance } from 'fastify';
import type { PsgEvent } from '../../src/features/events/event-schema.ts';
import { eventPhase } from '../../src/features/events/event-status.ts';
import {
  registrationSchema,
  type Registration,
} from '../../src/features/events/registration-schema.ts';
import { rawField } from './api-responses.ts';
import type { ApiDependencies } from './api-dependencies.ts';
import { submissionRoute } from './submission-route.ts';
import { API_ROUTES } from '../../src/config/paths.ts';

/**
 * The schema's own message (an ID) for a missing choice; here for a price the event does not
 * offer.
 */
export const UNKNOWN_ATTENDANCE_MESSAGE = 'register.error.attendance.required';

export const UNKNOWN_EVENT_MESSAGE = 'There is no event at this address.';
export const CLOSED_ANSWER = {
  error: 'closed',
  message: 'Registration has closed: this event has started.',
} as const;
export const FULL_ANSWER = { error: 'full', message: 'This event is full.' } as const;

export function registrationRoute(api: FastifyInstance, dependencies: ApiDependencies): void {
  submissionRoute<Registration, PsgEvent>(api, dependencies, {
    url: API_ROUTES.registrations,
    referenceKind: 'E',
    endpoint: ({ slug }) => `POST /api/events/${slug}/registrations`,
    schema: registrationSchema,
    context({ slug }, at) {
      const event = dependencies.content.events().find((candidate) => candidate.slug === slug);
      if (!event) return { answer: { status: 404, body: { message: UNKNOWN_EVENT_MESSAGE } } };
      // Closed comes before field errors: no one should correct a form in vain.
      if (eventPhase(event, at) !== 'upcoming')
        return { answer: { status: 409, body: CLOSED_ANSWER } };
      return { context: event };
    },
    contentErrors: (body, event) =>
      findPrice(event, rawField(body, 'attendance'))
        ? {}
        : { attendance: UNKNOWN_ATTENDANCE_MESSAGE },
    // Counted inside the write transaction, so two people cannot take the last place.
    refuse: (store, event) =>
      event.capacity !== undefined && store.countRegistrations(event.slug) >= event.capacity
        ? { status: 409, body: FULL_ANSWER, remember: false }
        : null,
    save({ store, data, context: event, reference, at, noticeVersion, locale }) {
      const price = findPrice(event, data.attendance);
      if (!price) throw new Error(`Price ${data.attendance} vanished`);
      store.insertRegistration({
        reference,
        submittedAt: at.toISOString(),
        eventSlug: event.slug,
        fullName: data.fullName,
        email: data.email,
        attendance: price.id,
        priceLabel: price.label,
        pricePence: price.pence,
        needs: data.needs || null,
        noticeVersion,
        locale,
        eventEnd: new Date(event.end).toISOString(),
      });
    },
  });
}

type EventPrice = PsgEvent['prices'][number];

function findPrice(event: PsgEvent, id: unknown): EventPrice | undefined {
  return event.prices.find((price) => price.id === id);
}
