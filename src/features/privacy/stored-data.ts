/**
 * What the server stores, column by column, with why and who sees it: the privacy page is
 * rendered from this, and a server test checks it against the database's real columns, so the
 * notice cannot say less than the code keeps.
 */
export type StoredRecord = {
  /** The SQLite table (server/database.ts). */
  table: 'memberships' | 'registrations' | 'idempotency_records';
  title: string;
  who: string;
  /** Each column, in the notice's words; `null` for a column that holds no personal data. */
  columns: Record<string, { what: string; why: string } | null>;
};

const SUBMITTED = { what: 'When you sent the form', why: 'To keep applications in order' };
const REFERENCE = {
  what: 'The reference number you were given',
  why: 'So you and we can refer to your form',
};
const NOTICE = {
  what: 'The version of this notice when you sent the form',
  why: 'To know what you were told',
};

export const STORED_RECORDS: readonly StoredRecord[] = [
  {
    table: 'memberships',
    title: 'Membership application (/join)',
    who: 'The membership secretary and the trustees who manage membership.',
    columns: {
      id: null,
      reference: REFERENCE,
      submitted_at: SUBMITTED,
      full_name: { what: 'Your full name', why: 'To know who our members are' },
      email: { what: 'Your email address', why: 'To contact you about your membership' },
      address_line_1: { what: 'Your address', why: 'To send you post and, for Gift Aid, HMRC' },
      address_line_2: { what: 'Your address (second line)', why: 'As above' },
      town: { what: 'Your town or city', why: 'As above' },
      postcode: { what: 'Your postcode', why: 'As above' },
      country: { what: 'Your country', why: 'As above' },
      membership_type: { what: 'The type of membership you chose', why: 'To set your fee' },
      membership_type_label: { what: 'Its name as the site showed it', why: 'As above' },
      payment_method: { what: 'How you will pay', why: 'To arrange payment' },
      newsletter: { what: 'Whether you want the newsletter', why: 'To send it only if you do' },
      newsletter_consent_text: {
        what: 'The words you agreed to, if you ticked the newsletter box',
        why: 'Proof of your consent, as the law asks',
      },
      newsletter_consented_at: { what: 'When you agreed', why: 'As above' },
      gift_aid: { what: 'Whether you made a Gift Aid declaration', why: 'To claim Gift Aid' },
      gift_aid_declaration_text: {
        what: 'The declaration you made, if you ticked the Gift Aid box',
        why: 'HMRC requires the words and the date',
      },
      gift_aid_declared_on: { what: 'The date of the declaration', why: 'As above' },
      notice_version: NOTICE,
    },
  },
  {
    table: 'registrations',
    title: 'Conference registration (/events/…/register)',
    who: 'The conference organisers.',
    columns: {
      id: null,
      reference: REFERENCE,
      submitted_at: SUBMITTED,
      event_slug: { what: 'Which event', why: 'To know whom to expect' },
      full_name: { what: 'Your full name', why: 'For the list of participants' },
      email: { what: 'Your email address', why: 'To contact you about the event' },
      attendance: { what: 'Member, concession or non-member', why: 'To set your price' },
      price_label: { what: 'The price name as the site showed it', why: 'As above' },
      price_pence: { what: 'The price', why: 'To take payment at the door' },
      needs: {
        what: 'Access or dietary needs, if you gave any (may be health information)',
        why: 'To make the event accessible to you; used for nothing else',
      },
      notice_version: NOTICE,
    },
  },
  {
    table: 'idempotency_records',
    title: 'Technical record of each form sent',
    who: 'No one reads it; the server uses it.',
    columns: {
      key: {
        what: 'A random number your browser made for the form',
        why: 'So a retry is not stored twice',
      },
      endpoint: null,
      request_hash: {
        what: 'A fingerprint (hash) of your answers, not the answers',
        why: 'To tell a retry from a new form',
      },
      response_status: null,
      response_body: {
        what: 'The reference number we answered',
        why: 'To answer a retry the same',
      },
      created_at: SUBMITTED,
    },
  },
];
