import type { FastifyInstance } from 'fastify';
import type { PsgEvent } from '../../src/features/events/event-schema.ts';
import { eventPhase } from '../../src/features/events/event-status.ts';
import { registrationSchema } from '../../src/features/events/registration-schema.ts';
import { API_BODY_LIMIT_BYTES } from '../http-errors.ts';
import { MISSING_KEY_MESSAGE, readIdempotencyKey, requestHash } from '../idempotency.ts';
import type { SubmissionStore } from '../submission-store.ts';
import { isHoneypotFilled, rawField, sendOutcome, validationErrors } from './api-responses.ts';
import type { ApiDependencies } from './api-dependencies.ts';

/** The schema's own words for a missing choice; here for a price the event does not offer. */
export const UNKNOWN_ATTENDANCE_MESSAGE =
  'Select whether you are a member, a concession or a non-member';

export const UNKNOWN_EVENT_MESSAGE = 'There is no event at this address.';
export const CLOSED_ANSWER = {
  error: 'closed',
  message: 'Registration has closed: this event has started.',
} as const;
export const FULL_ANSWER = { error: 'full', message: 'This event is full.' } as const;

type Params = { slug: string };

export function registrationRoute(api: FastifyInstance, { store, content, now }: ApiDependencies) {
  api.post<{ Params: Params }>(
    '/api/events/:slug/registrations',
    { bodyLimit: API_BODY_LIMIT_BYTES },
    async (request, reply) => {
      const key = readIdempotencyKey(request.headers['idempotency-key']);
      if (!key) return reply.code(400).send({ message: MISSING_KEY_MESSAGE });
      const { slug } = request.params;
      const endpoint = `POST /api/events/${slug}/registrations`;
      const submission = { key, endpoint, hash: requestHash(endpoint, request.body) };
      // A retry gets its first answer even if the event has started or filled up since.
      const earlier = store.earlierOutcome(submission);
      if (earlier) return sendOutcome(reply, earlier);

      const event = content.events().find((candidate) => candidate.slug === slug);
      if (!event) return reply.code(404).send({ message: UNKNOWN_EVENT_MESSAGE });
      // Closed comes before field errors: no one should correct a form in vain.
      const at = now();
      if (eventPhase(event, at) !== 'upcoming') return reply.code(409).send(CLOSED_ANSWER);

      const result = registrationSchema.safeParse(request.body);
      const price = event.prices.find(({ id }) => id === rawField(request.body, 'attendance'));
      if (!result.success || !price) {
        const contentErrors = price ? {} : { attendance: UNKNOWN_ATTENDANCE_MESSAGE };
        return reply.code(422).send(validationErrors(result.error, contentErrors));
      }

      const registration = result.data;
      const outcome = store.answerOnce(submission, at.toISOString(), () => {
        // Counted inside the write transaction, so two people cannot take the last place.
        if (isFull(store, event)) return { status: 409, body: FULL_ANSWER, remember: false };
        const reference = store.freshReference('E');
        if (!isHoneypotFilled(registration.website)) {
          store.insertRegistration({
            reference,
            submittedAt: at.toISOString(),
            eventSlug: event.slug,
            fullName: registration.fullName,
            email: registration.email,
            attendance: price.id,
            priceLabel: price.label,
            pricePence: price.pence,
            needs: registration.needs || null,
          });
        }
        return { status: 201, body: { reference }, remember: true };
      });
      return sendOutcome(reply, outcome);
    },
  );
}

function isFull(store: SubmissionStore, event: PsgEvent): boolean {
  return event.capacity !== undefined && store.countRegistrations(event.slug) >= event.capacity;
}
