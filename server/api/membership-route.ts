import type { FastifyInstance } from 'fastify';
import {
  GIFT_AID_DECLARATION,
  membershipApplicationSchema,
  NEWSLETTER_CONSENT,
  type MembershipApplication,
} from '../../src/features/membership/membership-application-schema.ts';
import type { Locale } from '../../src/config/locales.ts';
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
    save({ store, data, context: types, reference, at, noticeVersion, locale, wording }) {
      const type = findType(types, data.membershipType);
      if (!type) throw new Error(`Membership type ${data.membershipType} vanished`);
      store.insertMembership(
        membershipRow(data, {
          membershipTypeLabel: type.label,
          reference,
          at,
          noticeVersion,
          locale,
          wording,
        }),
      );
    },
  });
}

type MembershipType = MembershipConfig['types'][number];

function findType(types: readonly MembershipType[], id: unknown): MembershipType | undefined {
  return types.find((type) => type.id === id);
}

/** What the row needs beside the answers. */
type Sending = {
  membershipTypeLabel: string;
  reference: string;
  at: Date;
  noticeVersion: string;
  /** The language of the form page the supporter read. */
  locale: Locale;
  /** A message's exact words in that language (server/messages.ts wordingIn). */
  wording: (id: string) => string;
};

/**
 * What is stored: the answers, plus the exact wording of each opt-in, in the language the
 * supporter read it, with when it was given (UK GDPR consent records; HMRC wants a Gift Aid
 * declaration's wording and date), that language, and the version of the privacy notice the form
 * linked to.
 */
export function membershipRow(
  application: MembershipApplication,
  { membershipTypeLabel, reference, at, noticeVersion, locale, wording }: Sending,
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
    newsletterConsentText: application.newsletter ? wording(NEWSLETTER_CONSENT) : null,
    newsletterConsentedAt: application.newsletter ? submittedAt : null,
    giftAid: application.giftAid ? 1 : 0,
    giftAidDeclarationText: application.giftAid ? wording(GIFT_AID_DECLARATION) : null,
    giftAidDeclaredOn: application.giftAid ? londonDate(at) : null,
    noticeVersion,
    locale,
  };
}
