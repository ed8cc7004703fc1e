import type { FastifyInstance } from 'fastify';
import {
  GIFT_AID_DECLARATION_TEXT,
  membershipApplicationSchema,
  NEWSLETTER_CONSENT_TEXT,
  type MembershipApplication,
} from '../../src/features/membership/membership-application-schema.ts';
import { API_BODY_LIMIT_BYTES } from '../http-errors.ts';
import { MISSING_KEY_MESSAGE, readIdempotencyKey, requestHash } from '../idempotency.ts';
import { londonDate } from '../london-time.ts';
import type { MembershipRow } from '../submission-store.ts';
import { isHoneypotFilled, rawField, sendOutcome, validationErrors } from './api-responses.ts';
import type { ApiDependencies } from './api-dependencies.ts';

/** The schema's own words for a missing type; here for a type membership.json does not offer. */
export const UNKNOWN_MEMBERSHIP_TYPE_MESSAGE = 'Select a type of membership';

const ENDPOINT = 'POST /api/memberships';

export function membershipRoute(api: FastifyInstance, { store, content, now }: ApiDependencies) {
  api.post('/api/memberships', { bodyLimit: API_BODY_LIMIT_BYTES }, async (request, reply) => {
    const key = readIdempotencyKey(request.headers['idempotency-key']);
    if (!key) return reply.code(400).send({ message: MISSING_KEY_MESSAGE });
    const submission = { key, endpoint: ENDPOINT, hash: requestHash(ENDPOINT, request.body) };
    // A retry gets its first answer even if the content has changed since.
    const earlier = store.earlierOutcome(submission);
    if (earlier) return sendOutcome(reply, earlier);

    const result = membershipApplicationSchema.safeParse(request.body);
    const type = content
      .membership()
      .types.find(({ id }) => id === rawField(request.body, 'membershipType'));
    if (!result.success || !type) {
      const contentErrors = type ? {} : { membershipType: UNKNOWN_MEMBERSHIP_TYPE_MESSAGE };
      return reply.code(422).send(validationErrors(result.error, contentErrors));
    }

    const application = result.data;
    const at = now();
    const outcome = store.answerOnce(submission, at.toISOString(), () => {
      const reference = store.freshReference('M');
      if (!isHoneypotFilled(application.website)) {
        store.insertMembership(membershipRow(application, type.label, reference, at));
      }
      return { status: 201, body: { reference }, remember: true };
    });
    return sendOutcome(reply, outcome);
  });
}

/**
 * What is stored: the answers, plus the exact wording of each opt-in with when it was given
 * (UK GDPR consent records; HMRC wants a Gift Aid declaration's wording and date).
 */
export function membershipRow(
  application: MembershipApplication,
  membershipTypeLabel: string,
  reference: string,
  at: Date,
): MembershipRow {
  const submittedAt = at.toISOString();
  return {
    reference,
    submittedAt,
    fullName: application.fullName,
    email: application.email,
    addressLine1: application.addressLine1,
    addressLine2: application.addressLine2 || null,
    town: application.town,
    postcode: application.postcode || null,
    country: application.country,
    membershipType: application.membershipType,
    membershipTypeLabel,
    paymentMethod: application.paymentMethod,
    newsletter: application.newsletter ? 1 : 0,
    newsletterConsentText: application.newsletter ? NEWSLETTER_CONSENT_TEXT : null,
    newsletterConsentedAt: application.newsletter ? submittedAt : null,
    giftAid: application.giftAid ? 1 : 0,
    giftAidDeclarationText: application.giftAid ? GIFT_AID_DECLARATION_TEXT : null,
    giftAidDeclaredOn: application.giftAid ? londonDate(at) : null,
  };
}
