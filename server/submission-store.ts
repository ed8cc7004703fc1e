import type { Db } from './database.ts';
import { newReference, type ReferenceKind } from './reference.ts';

/** One POST as far as idempotency is concerned. */
export type Submission = { key: string; endpoint: string; hash: string };

/** What the API answers; `body` is the JSON text, exactly as first sent for a replay. */
export type Outcome =
  { kind: 'answer'; status: number; body: string; replayed: boolean } | { kind: 'conflict' };

/**
 * The answer to a submission whose key is new. Only answers that must never change are
 * remembered (a success); a refusal such as "this event is full" is not, so a retry later can
 * succeed if a place frees up.
 */
export type Decision = { status: number; body: unknown; remember: boolean };

export type MembershipRow = {
  reference: string;
  submittedAt: string;
  fullName: string;
  email: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string | null;
  country: string;
  membershipType: string;
  membershipTypeLabel: string;
  paymentMethod: string;
  newsletter: 0 | 1;
  newsletterConsentText: string | null;
  newsletterConsentedAt: string | null;
  giftAid: 0 | 1;
  giftAidDeclarationText: string | null;
  giftAidDeclaredOn: string | null;
};

export type RegistrationRow = {
  reference: string;
  submittedAt: string;
  eventSlug: string;
  fullName: string;
  email: string;
  attendance: string;
  priceLabel: string;
  pricePence: number;
  needs: string | null;
};

type IdempotencyRecord = { endpoint: string; hash: string; status: number; body: string };

export type SubmissionStore = ReturnType<typeof createSubmissionStore>;

export function createSubmissionStore(db: Db) {
  const findRecord = db.prepare<[string], IdempotencyRecord>(
    `SELECT endpoint, request_hash AS hash, response_status AS status, response_body AS body
     FROM idempotency_records WHERE key = ?`,
  );
  const saveRecord = db.prepare(
    `INSERT INTO idempotency_records
       (key, endpoint, request_hash, response_status, response_body, created_at)
     VALUES (@key, @endpoint, @hash, @status, @body, @createdAt)`,
  );
  const referenceTaken = {
    M: db.prepare<[string], number>('SELECT 1 FROM memberships WHERE reference = ?').pluck(),
    E: db.prepare<[string], number>('SELECT 1 FROM registrations WHERE reference = ?').pluck(),
  };
  const insertMembership = db.prepare<[MembershipRow]>(
    `INSERT INTO memberships (
       reference, submitted_at, full_name, email, address_line_1, address_line_2, town, postcode,
       country, membership_type, membership_type_label, payment_method,
       newsletter, newsletter_consent_text, newsletter_consented_at,
       gift_aid, gift_aid_declaration_text, gift_aid_declared_on)
     VALUES (
       @reference, @submittedAt, @fullName, @email, @addressLine1, @addressLine2, @town, @postcode,
       @country, @membershipType, @membershipTypeLabel, @paymentMethod,
       @newsletter, @newsletterConsentText, @newsletterConsentedAt,
       @giftAid, @giftAidDeclarationText, @giftAidDeclaredOn)`,
  );
  const insertRegistration = db.prepare<[RegistrationRow]>(
    `INSERT INTO registrations (
       reference, submitted_at, event_slug, full_name, email, attendance, price_label,
       price_pence, needs)
     VALUES (
       @reference, @submittedAt, @eventSlug, @fullName, @email, @attendance, @priceLabel,
       @pricePence, @needs)`,
  );
  const countRegistrations = db
    .prepare<[string], number>('SELECT count(*) FROM registrations WHERE event_slug = ?')
    .pluck();

  function earlierOutcome({ key, endpoint, hash }: Submission): Outcome | null {
    const record = findRecord.get(key);
    if (!record) return null;
    if (record.endpoint !== endpoint || record.hash !== hash) return { kind: 'conflict' };
    return { kind: 'answer', status: record.status, body: record.body, replayed: true };
  }

  /**
   * Looks the key up and, if it is new, decides, writes and remembers the answer, all in one
   * IMMEDIATE transaction: a duplicate arriving at the same moment (from this process or another
   * one on the same file) waits for the lock and then finds the answer already stored.
   */
  const answerOnce = db.transaction(
    (submission: Submission, createdAt: string, decide: () => Decision): Outcome => {
      const earlier = earlierOutcome(submission);
      if (earlier) return earlier;
      const decision = decide();
      const body = JSON.stringify(decision.body);
      if (decision.remember) {
        saveRecord.run({ ...submission, status: decision.status, body, createdAt });
      }
      return { kind: 'answer', status: decision.status, body, replayed: false };
    },
  );

  return {
    earlierOutcome,
    answerOnce: (submission: Submission, createdAt: string, decide: () => Decision) =>
      answerOnce.immediate(submission, createdAt, decide),
    /** A reference no stored submission of that kind has; call inside `answerOnce`. */
    freshReference(kind: ReferenceKind): string {
      // With 2^40 codes a clash is already unlikely; the UNIQUE constraint is the last word.
      for (let attempt = 0; attempt < 10; attempt++) {
        const reference = newReference(kind);
        if (referenceTaken[kind].get(reference) === undefined) return reference;
      }
      throw new Error('Could not find an unused reference in 10 attempts');
    },
    insertMembership: (row: MembershipRow) => void insertMembership.run(row),
    insertRegistration: (row: RegistrationRow) => void insertRegistration.run(row),
    countRegistrations: (eventSlug: string) => countRegistrations.get(eventSlug) ?? 0,
  };
}
