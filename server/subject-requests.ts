import { emailKey } from '../src/lib/form-fields.ts';
import type { Db } from './database.ts';

/** Everything stored about one person, found by email in any letter case. */
export type SubjectRecords = {
  memberships: Record<string, unknown>[];
  registrations: Record<string, unknown>[];
  /** The technical records of their forms (key, hash of the answers, reference). */
  idempotencyRecords: Record<string, unknown>[];
};

export type Receipt = {
  at: string;
  memberships: string[];
  registrations: string[];
  idempotencyRecords: number;
};

function withEmailKey(db: Db): void {
  // SQLite's lower() folds only ASCII: compare the way the site does (NFC, full Unicode).
  db.function('email_key', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? emailKey(value) : null,
  );
}

function findRecords(db: Db, email: string): SubjectRecords {
  withEmailKey(db);
  const key = emailKey(email);
  const memberships = db
    .prepare<[string], Record<string, unknown>>(
      'SELECT * FROM memberships WHERE email_key(email) = ? ORDER BY submitted_at, id',
    )
    .all(key);
  const registrations = db
    .prepare<[string], Record<string, unknown>>(
      'SELECT * FROM registrations WHERE email_key(email) = ? ORDER BY submitted_at, id',
    )
    .all(key);
  const references = [...memberships, ...registrations].map((row) => row.reference as string);
  const idempotencyRecords = db
    .prepare<[string], Record<string, unknown>>(
      `SELECT * FROM idempotency_records
       WHERE json_extract(response_body, '$.reference') IN (SELECT value FROM json_each(?))
       ORDER BY created_at`,
    )
    .all(JSON.stringify(references));
  return { memberships, registrations, idempotencyRecords };
}

function receiptOf(records: SubjectRecords, at: Date): Receipt {
  return {
    at: at.toISOString(),
    memberships: records.memberships.map((row) => row.reference as string),
    registrations: records.registrations.map((row) => row.reference as string),
    idempotencyRecords: records.idempotencyRecords.length,
  };
}

/** A copy of every record of that person (right of access), read in one transaction. */
export function exportSubject(
  db: Db,
  email: string,
  at: Date,
): { records: SubjectRecords; receipt: Receipt } {
  const records = db.transaction(() => findRecords(db, email))();
  return { records, receipt: receiptOf(records, at) };
}

/** Deletes every record of that person (right to erasure) in one transaction: all or none. */
export function eraseSubject(db: Db, email: string, at: Date): Receipt {
  return db
    .transaction(() => {
      const records = findRecords(db, email);
      const receipt = receiptOf(records, at);
      const refs = JSON.stringify([...receipt.memberships, ...receipt.registrations]);
      db.prepare(
        `DELETE FROM idempotency_records
         WHERE json_extract(response_body, '$.reference') IN (SELECT value FROM json_each(?))`,
      ).run(refs);
      db.prepare('DELETE FROM memberships WHERE reference IN (SELECT value FROM json_each(?))').run(
        refs,
      );
      db.prepare(
        'DELETE FROM registrations WHERE reference IN (SELECT value FROM json_each(?))',
      ).run(refs);
      return receipt;
    })
    .immediate();
}

/** The receipt as printed: references and counts, never the person's details. */
export function describeReceipt(action: 'export' | 'erase', receipt: Receipt): string[] {
  const verb = action === 'export' ? 'Exported' : 'Erased';
  const list = (references: string[]) => (references.length ? ` (${references.join(', ')})` : '');
  return [
    `${verb} at ${receipt.at}, in one transaction:`,
    `  ${receipt.memberships.length} membership application(s)${list(receipt.memberships)}`,
    `  ${receipt.registrations.length} conference registration(s)${list(receipt.registrations)}`,
    `  ${receipt.idempotencyRecords} technical record(s) of those forms`,
  ];
}
