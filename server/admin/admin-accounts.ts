import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../database.ts';

/** Sessions end after 30 minutes without a request, and 12 hours after sign-in whatever happens. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

/** Failed sign-ins counted over this window. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Per account (known or not): after this many failures in the window, sign-in is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Per address: more, as an office may share one. */
export const MAX_FAILURES_PER_ADDRESS = 20;

export type Account = { id: number; email: string; passwordHash: string };
export type Session = { accountId: number; email: string; createdAt: string; lastSeenAt: string };

/** One spelling per person: " Ana@Example.org " and "ana@example.org" are one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The failure counters' keys: the address as is, the account as a hash of its email. */
export const failureSubjects = (email: string, address: string) => ({
  account: `account:${sha256(normaliseEmail(email))}`,
  address: `ip:${address}`,
});

export type AdminAccounts = ReturnType<typeof createAdminAccounts>;

export function createAdminAccounts(db: Db) {
  const byEmail = db.prepare<[string], Account>(
    'SELECT id, email, password_hash AS passwordHash FROM admin_accounts WHERE email = ?',
  );
  const insertAccount = db.prepare(
    `INSERT INTO admin_accounts (email, password_hash, created_at, password_changed_at)
     VALUES (?, ?, ?, ?)`,
  );
  const deleteAccount = db.prepare('DELETE FROM admin_accounts WHERE email = ?');
  const updatePassword = db.prepare(
    'UPDATE admin_accounts SET password_hash = ?, password_changed_at = ? WHERE id = ?',
  );
  const insertSession = db.prepare(
    'INSERT INTO admin_sessions (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
  );
  const sessionByHash = db.prepare<[string], Session>(
    `SELECT s.account_id AS accountId, a.email, s.created_at AS createdAt,
            s.last_seen_at AS lastSeenAt
     FROM admin_sessions s JOIN admin_accounts a ON a.id = s.account_id
     WHERE s.id_hash = ?`,
  );
  const touchSession = db.prepare('UPDATE admin_sessions SET last_seen_at = ? WHERE id_hash = ?');
  const deleteSession = db.prepare('DELETE FROM admin_sessions WHERE id_hash = ?');
  const deleteSessionsOf = db.prepare('DELETE FROM admin_sessions WHERE account_id = ?');
  const deleteExpired = db.prepare(
    'DELETE FROM admin_sessions WHERE last_seen_at < ? OR created_at < ?',
  );
  const countFailures = db
    .prepare<[string, string], number>(
      'SELECT count(*) FROM admin_sign_in_failures WHERE subject = ? AND at >= ?',
    )
    .pluck();
  const insertFailure = db.prepare(
    'INSERT INTO admin_sign_in_failures (subject, at) VALUES (?, ?)',
  );
  const clearFailures = db.prepare('DELETE FROM admin_sign_in_failures WHERE subject = ?');
  const deleteFailure = db.prepare('DELETE FROM admin_sign_in_failures WHERE rowid = ?');
  const pruneFailures = db.prepare('DELETE FROM admin_sign_in_failures WHERE at < ?');

  const changePassword = db.transaction((account: Account, passwordHash: string, at: string) => {
    updatePassword.run(passwordHash, at, account.id);
    // A new password signs every device out: the old one may be why it was reset.
    deleteSessionsOf.run(account.id);
  });

  return {
    find: (email: string): Account | undefined => byEmail.get(normaliseEmail(email)),

    /** False if the email already has an account. */
    add(email: string, passwordHash: string, now: Date): boolean {
      const at = now.toISOString();
      return insertAccount.run(normaliseEmail(email), passwordHash, at, at).changes === 1;
    },

    /** Removes the account and, through the foreign key, its sessions. False if there was none. */
    remove: (email: string): boolean => deleteAccount.run(normaliseEmail(email)).changes === 1,

    /** False if there is no such account. */
    resetPassword(email: string, passwordHash: string, now: Date): boolean {
      const account = byEmail.get(normaliseEmail(email));
      if (!account) return false;
      changePassword(account, passwordHash, now.toISOString());
      return true;
    },

    /** A new random session id (256 bits) for the cookie; the database keeps its hash only. */
    startSession(accountId: number, now: Date): string {
      const id = randomBytes(32).toString('base64url');
      const at = now.toISOString();
      insertSession.run(sha256(id), accountId, at, at);
      return id;
    },

    /** The live session for this cookie value, its idle clock restarted; expired ones are gone. */
    useSession(id: string, now: Date): Session | null {
      const idHash = sha256(id);
      const session = sessionByHash.get(idHash);
      if (!session) return null;
      const time = now.getTime();
      const idleFor = time - Date.parse(session.lastSeenAt);
      const age = time - Date.parse(session.createdAt);
      if (idleFor > IDLE_TIMEOUT_MS || age > ABSOLUTE_TIMEOUT_MS) {
        deleteSession.run(idHash);
        return null;
      }
      const lastSeenAt = now.toISOString();
      touchSession.run(lastSeenAt, idHash);
      return { ...session, lastSeenAt };
    },

    endSession: (id: string) => void deleteSession.run(sha256(id)),
    endAllSessions: (accountId: number) => void deleteSessionsOf.run(accountId),

    /** Forgets expired sessions and old failures; run now and then (on each sign-in). */
    prune(now: Date): void {
      const time = now.getTime();
      deleteExpired.run(
        new Date(time - IDLE_TIMEOUT_MS).toISOString(),
        new Date(time - ABSOLUTE_TIMEOUT_MS).toISOString(),
      );
      pruneFailures.run(new Date(time - FAILURE_WINDOW_MS).toISOString());
    },

    /** Whether this email or this address has failed too often lately to try again now. */
    isLockedOut(email: string, address: string, now: Date): boolean {
      const since = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
      const subjects = failureSubjects(email, address);
      return (
        (countFailures.get(subjects.account, since) ?? 0) >= MAX_FAILURES_PER_ACCOUNT ||
        (countFailures.get(subjects.address, since) ?? 0) >= MAX_FAILURES_PER_ADDRESS
      );
    },

    /**
     * Counts a sign-in attempt as failed. Called before the password is checked, so a burst of
     * parallel guesses cannot all pass `isLockedOut` while the first ones are still being
     * checked; `forgiveAttempt` takes it back when the password was right.
     */
    recordFailure(email: string, address: string, now: Date): number[] {
      const subjects = failureSubjects(email, address);
      const at = now.toISOString();
      return [subjects.account, subjects.address].map((subject) =>
        Number(insertFailure.run(subject, at).lastInsertRowid),
      );
    },

    forgiveAttempt(rows: readonly number[]): void {
      for (const row of rows) deleteFailure.run(row);
    },

    /** After a good password the account's count starts again (the address's does not). */
    clearAccountFailures: (email: string) =>
      void clearFailures.run(failureSubjects(email, '').account),
  };
}
