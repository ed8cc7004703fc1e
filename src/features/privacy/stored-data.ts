/**
 * What the server stores, column by column, with why and who sees it: the privacy page is
 * rendered from this, and a server test checks it against the database's real columns, so the
 * notice cannot say less than the code keeps. The words are message IDs: the page shows them in
 * its language.
 */
export type StoredRecord = {
  /** The SQLite table (server/database.ts). */
  table: 'memberships' | 'registrations' | 'idempotency_records';
  /** Message IDs, as are `who` and each column's `what` and `why`. */
  title: string;
  who: string;
  /** Each column, in the notice's words; `null` for a column that holds no personal data. */
  columns: Record<string, { what: string; why: string } | null>;
};

const SUBMITTED = { what: 'privacy.submitted.what', why: 'privacy.submitted.why' };
const REFERENCE = { what: 'privacy.reference.what', why: 'privacy.reference.why' };
const NOTICE = { what: 'privacy.noticeVersion.what', why: 'privacy.noticeVersion.why' };
const LANGUAGE = { what: 'privacy.locale.what', why: 'privacy.locale.why' };
/** "As above": the same reason as the row before. */
const AS_ABOVE = 'privacy.why.asAbove';

export const STORED_RECORDS: readonly StoredRecord[] = [
  {
    table: 'memberships',
    title: 'privacy.memberships.title',
    who: 'privacy.memberships.who',
    columns: {
      id: null,
      reference: REFERENCE,
      submitted_at: SUBMITTED,
      full_name: { what: 'privacy.fullName.what', why: 'privacy.memberships.fullName.why' },
      email: { what: 'privacy.email.what', why: 'privacy.memberships.email.why' },
      address_line_1: { what: 'privacy.address.what', why: 'privacy.address.why' },
      address_line_2: { what: 'privacy.addressLine2.what', why: AS_ABOVE },
      town: { what: 'privacy.town.what', why: AS_ABOVE },
      postcode: { what: 'privacy.postcode.what', why: AS_ABOVE },
      country: { what: 'privacy.country.what', why: AS_ABOVE },
      membership_type: { what: 'privacy.membershipType.what', why: 'privacy.membershipType.why' },
      membership_type_label: { what: 'privacy.membershipTypeLabel.what', why: AS_ABOVE },
      payment_method: { what: 'privacy.paymentMethod.what', why: 'privacy.paymentMethod.why' },
      newsletter: { what: 'privacy.newsletter.what', why: 'privacy.newsletter.why' },
      newsletter_consent_text: {
        what: 'privacy.newsletterConsentText.what',
        why: 'privacy.newsletterConsentText.why',
      },
      newsletter_consented_at: { what: 'privacy.newsletterConsentedAt.what', why: AS_ABOVE },
      gift_aid: { what: 'privacy.giftAid.what', why: 'privacy.giftAid.why' },
      gift_aid_declaration_text: {
        what: 'privacy.giftAidDeclarationText.what',
        why: 'privacy.giftAidDeclarationText.why',
      },
      gift_aid_declared_on: { what: 'privacy.giftAidDeclaredOn.what', why: AS_ABOVE },
      notice_version: NOTICE,
      locale: LANGUAGE,
    },
  },
  {
    table: 'registrations',
    title: 'privacy.registrations.title',
    who: 'privacy.registrations.who',
    columns: {
      id: null,
      reference: REFERENCE,
      submitted_at: SUBMITTED,
      event_slug: { what: 'privacy.eventSlug.what', why: 'privacy.eventSlug.why' },
      full_name: { what: 'privacy.fullName.what', why: 'privacy.registrations.fullName.why' },
      email: { what: 'privacy.email.what', why: 'privacy.registrations.email.why' },
      attendance: { what: 'privacy.attendance.what', why: 'privacy.attendance.why' },
      price_label: { what: 'privacy.priceLabel.what', why: AS_ABOVE },
      price_pence: { what: 'privacy.pricePence.what', why: 'privacy.pricePence.why' },
      needs: { what: 'privacy.needs.what', why: 'privacy.needs.why' },
      notice_version: NOTICE,
      locale: LANGUAGE,
      // The event's end when the registration was made: no personal data, it dates the deletion.
      event_end: null,
    },
  },
  {
    table: 'idempotency_records',
    title: 'privacy.idempotency.title',
    who: 'privacy.idempotency.who',
    columns: {
      key: { what: 'privacy.idempotencyKey.what', why: 'privacy.idempotencyKey.why' },
      endpoint: null,
      request_hash: { what: 'privacy.requestHash.what', why: 'privacy.requestHash.why' },
      response_status: null,
      response_body: { what: 'privacy.responseBody.what', why: 'privacy.responseBody.why' },
      created_at: SUBMITTED,
    },
  },
];
