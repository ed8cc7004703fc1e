import type { Locale } from '../src/config/locales.ts';
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
  noticeVersion: string;
  /** The language of the form page, and so of the consent wording above. */
  locale: Locale;
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
  noticeVersion: string;
  /** The language of the form page. */
  locale: Locale;
  /** The event's end (UTC ISO) when the registration was made, for retention. */
  eventEnd: string;
};

type IdempotencyRecord = { endpoint: string; hash: string; status: number; body: string };

export type SubmissionStore = ReturnType<typeof createSubmissionStore>;

/** The most submissions one commit takes; more wait for the next. */
const MAX_BATCH = 500;
/** How often a batch tries again for the write lock another process holds. */
const BUSY_RETRY_MS = 25;
/** How long a submission waits for a write lock held elsewhere before the answer is 503. */
export const DEFAULT_LOCK_WAIT_MS = 1000;

type Pending = {
  submission: Submission;
  createdAt: string;
  decide: () => Decision;
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
  giveUpAt: number;
};

type Settled = { outcome: Outcome } | { error: unknown };

/** SQLite's "another connection holds the lock" (better-sqlite3 puts the code on the error). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function createSubmissionStore(db: Db, { lockWaitMs = DEFAULT_LOCK_WAIT_MS } = {}) {
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
       gift_aid, gift_aid_declaration_text, gift_aid_declared_on, notice_version, locale)
     VALUES (
       @reference, @submittedAt, @fullName, @email, @addressLine1, @addressLine2, @town, @postcode,
       @country, @membershipType, @membershipTypeLabel, @paymentMethod,
       @newsletter, @newsletterConsentText, @newsletterConsentedAt,
       @giftAid, @giftAidDeclarationText, @giftAidDeclaredOn, @noticeVersion, @locale)`,
  );
  const insertRegistration = db.prepare<[RegistrationRow]>(
    `INSERT INTO registrations (
       reference, submitted_at, event_slug, full_name, email, attendance, price_label,
       price_pence, needs, notice_version, locale, event_end)
     VALUES (
       @reference, @submittedAt, @eventSlug, @fullName, @email, @attendance, @priceLabel,
       @pricePence, @needs, @noticeVersion, @locale, @eventEnd)`,
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
   * Looks the key up and, if it is new, decides, writes and remembers the answer. A duplicate
   * arriving at the same moment (in the same batch, or from another process on the same file)
   * finds the answer already stored. Nested in the batch's transaction, this is a SAVEPOINT: a
   * decision that throws undoes only its own writes.
   */
  const answerOne = db.transaction((pending: Pending): Outcome => {
    const earlier = earlierOutcome(pending.submission);
    if (earlier) return earlier;
    const decision = pending.decide();
    const body = JSON.stringify(decision.body);
    if (decision.remember) {
      saveRecord.run({
        ...pending.submission,
        status: decision.status,
        body,
        createdAt: pending.createdAt,
      });
    }
    return { kind: 'answer', status: decision.status, body, replayed: false };
  });

  const answerBatch = db.transaction((batch: readonly Pending[]) =>
    batch.map((pending): Settled => {
      try {
        return { outcome: answerOne(pending) };
      } catch (error) {
        return { error };
      }
    }),
  );

  // Group commit: every submission that arrives while the previous commit is being synced to
  // disk joins the next batch, and the whole batch is written in one IMMEDIATE transaction with
  // one sync (synchronous FULL). No one is answered before the commit that holds their row.
  const queue: Pending[] = [];
  let timer: NodeJS.Immediate | NodeJS.Timeout | undefined;

  function schedule(delayMs: number): void {
    if (timer !== undefined) return;
    timer = delayMs === 0 ? setImmediate(flush) : setTimeout(flush, delayMs);
  }

  function flush(): void {
    timer = undefined;
    const batch = queue.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    let settled: Settled[];
    try {
      settled = answerBatch.immediate(batch);
    } catch (error) {
      if (!isBusy(error)) {
        for (const pending of batch) pending.reject(error);
      } else {
        // Another process holds the write lock: wait without blocking the event loop, and
        // give up (503) on those that have waited long enough.
        const now = Date.now();
        const waiting = batch.filter((pending) => now < pending.giveUpAt);
        for (const pending of batch) if (now >= pending.giveUpAt) pending.reject(error);
        queue.unshift(...waiting);
        if (queue.length > 0) schedule(BUSY_RETRY_MS);
        return;
      }
      settled = [];
    }
    settled.forEach((result, index) => {
      const pending = batch[index];
      if (!pending) return;
      if ('outcome' in result) pending.resolve(result.outcome);
      else pending.reject(result.error);
    });
    if (queue.length > 0) schedule(0);
  }

  function answerOnce(
    submission: Submission,
    createdAt: string,
    decide: () => Decision,
  ): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      queue.push({
        submission,
        createdAt,
        decide,
        resolve,
        reject,
        giveUpAt: Date.now() + lockWaitMs,
      });
      schedule(0);
    });
  }

  return {
    earlierOutcome,
    /**
     * Resolves once the answer is committed to disk; rejects with SQLITE_BUSY when another
     * process held the write lock for longer than `lockWaitMs`.
     */
    answerOnce,
    /** A reference no stored submission of that kind has; call inside a decision. */
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
