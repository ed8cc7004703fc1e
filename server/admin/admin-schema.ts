import type { Db } from '../database.ts';

/**
 * The membership secretary's desk: accounts, sessions, failed sign-ins, the audit log and the
 * review status of each submission. Kept apart from the submission tables (a review is keyed by
 * the submission's reference, which is unique across both kinds: PSG-M-… and PSG-E-…), so the
 * form API's schema does not change.
 *
 * Written to be idempotent (IF NOT EXISTS) so it can run on every start beside the versioned
 * migrations in database.ts; it can become one entry of MIGRATIONS as it stands.
 */
export const ADMIN_SCHEMA_SQL = `
  CREATE TABLE IF NOT EXISTS admin_accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    -- An Argon2id PHC string; never the password.
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
  ) STRICT;

  -- Only a SHA-256 of each session id is kept: a copy of the database signs nobody in.
  CREATE TABLE IF NOT EXISTS admin_sessions (
    id_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES admin_accounts (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS admin_sessions_account ON admin_sessions (account_id);

  -- Failed sign-ins, by address ('ip:…') and by account ('account:' + SHA-256 of the email,
  -- kept for unknown emails too, so a lock-out does not tell which emails have accounts).
  CREATE TABLE IF NOT EXISTS admin_sign_in_failures (
    subject TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS admin_sign_in_failures_subject ON admin_sign_in_failures (subject, at);

  -- Who did what, when, from where. Holds no supporter's personal data (an erasure lists the
  -- references it removed, never the name or email), so it can outlive an erasure.
  CREATE TABLE IF NOT EXISTS admin_audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    address TEXT NOT NULL
  ) STRICT;

  CREATE TABLE IF NOT EXISTS submission_reviews (
    reference TEXT PRIMARY KEY,
    processed_at TEXT NOT NULL,
    processed_by TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;
`;

/** Creates the desk's tables if they are missing; safe to run on every start. */
export function createAdminTables(db: Db): void {
  db.exec(ADMIN_SCHEMA_SQL);
}
