import type { FastifyInstance } from 'fastify';
import {
  GIFT_AID_DECLARATION_TEXT,
  membershipApplicationSchema,
  NEWSLETTER_CONSENT_TEXT,
  type MembershipApplication,
} from '../../src/features/membership/membership-application-schema.ts';
import type { MembershipConfig } from '../../src/features/membership/membership-schema.ts';
import { londonDate } from '../london-time.ts';
import type { MembershipRow } from '../submission-store.ts';
import { rawField } from './api-responses.ts';
import type { ApiDependencies } from './api-dependencies.ts';
import { submissionRoute } from './submission-route.ts';
import { API_ROUTES } from '../../src/config/paths.ts';

/**
 * The schema's own message (an ID) for a missing type; here for a type membership.json does not
 * offer.
 */
export const UNKNOWN_MEMBERSHIP_TYPE_MESSAGE = 'join.error.membershipType.required';

const ENDPOINT = 'POST /api/memberships';

export function membershipRoute(api: FastifyInstance, dependencies: ApiDependencies): void {
  submissionRoute(api, dependencies, {
    url: API_ROUTES.memberships,
    referenceKind: 'M',
    endpoint: () => ENDPOINT,
    schema: membershipApplicationSchema,
    context: () => ({ context: dependencies.content.membership().types }),
    contentErrors: (body, types) =>
      findType(types, rawField(body, 'membershipType'))
        ? {}
        : { membershipType: UNKNOWN_MEMBERSHIP_TYPE_MESSAGE },
    save({ store, data, context: types, reference, at, noticeVersion }) {
      const type = findType(types, data.membershipType);
      if (!type) throw new Error(`Membership type ${data.membershipType} vanished`);
      store.insertMembership(membershipRow(data, type.label, reference, at, noticeVersion));
    },
  });
}

type MembershipType = MembershipConfig['types'][number];

function findType(types: readonly MembershipType[], id: unknown): MembershipType | undefined {
  return types.find((type) => type.id === id);
}

/**
 * What is stored: the answers, plus the exact wording of each opt-in with when it was given
 * (UK GDPR consent records; HMRC wants a Gift Aid declaration's wording and date), and the
 * version of the privacy notice the form linked to.
 */
export function membershipRow(
  application: MembershipApplication,
  membershipTypeLabel: string,
  reference: string,
  at: Date,
  noticeVersion: string,
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
    noticeVersion,
  };
}
