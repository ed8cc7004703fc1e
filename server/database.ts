import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Each entry moves the schema one version on; `PRAGMA user_version` records how many have run.
 * Never edit an entry that has shipped: add a new one at the end (SQL, or a function for a step
 * SQL alone cannot do), and keep server/test-fixtures/psg-schema-v<N>.db opening (database
 * migrations test). All pending steps run in one transaction: a failed step changes nothing.
 */
const MIGRATIONS: readonly (string | ((db: Db) => void))[] = [
  `
  CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    submitted_at TEXT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    address_line_1 TEXT NOT NULL,
    address_line_2 TEXT,
    town TEXT NOT NULL,
    postcode TEXT,
    country TEXT NOT NULL,
    membership_type TEXT NOT NULL,
    membership_type_label TEXT NOT NULL,
    payment_method TEXT NOT NULL CHECK (payment_method IN ('standing-order', 'other')),
    newsletter INTEGER NOT NULL CHECK (newsletter IN (0, 1)),
    newsletter_consent_text TEXT,
    newsletter_consented_at TEXT,
    gift_aid INTEGER NOT NULL CHECK (gift_aid IN (0, 1)),
    gift_aid_declaration_text TEXT,
    gift_aid_declared_on TEXT,
    -- The wording and the moment are the proof of consent: both or neither, never one alone.
    CHECK (CASE WHEN newsletter = 1
      THEN newsletter_consent_text IS NOT NULL AND newsletter_consented_at IS NOT NULL
      ELSE newsletter_consent_text IS NULL AND newsletter_consented_at IS NULL END),
    CHECK (CASE WHEN gift_aid = 1
      THEN gift_aid_declaration_text IS NOT NULL AND gift_aid_declared_on IS NOT NULL
      ELSE gift_aid_declaration_text IS NULL AND gift_aid_declared_on IS NULL END)
  ) STRICT;
  CREATE INDEX memberships_submitted_at ON memberships (submitted_at);

  CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    submitted_at TEXT NOT NULL,
    event_slug TEXT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    attendance TEXT NOT NULL,
    price_label TEXT NOT NULL,
    price_pence INTEGER NOT NULL CHECK (price_pence >= 0),
    needs TEXT
  ) STRICT;
  CREATE INDEX registrations_event_slug ON registrations (event_slug);
  CREATE INDEX registrations_submitted_at ON registrations (submitted_at);

  -- The first answer given for each Idempotency-Key, so a retry gets the same answer.
  CREATE TABLE idempotency_records (
    key TEXT PRIMARY KEY,
    endpoint TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response_status INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;
  `,
  // The version (date) of the privacy notice the form linked to when it was sent; NULL for
  // submissions stored before the notice existed. Additive, so older databases open as they are.
  `
  ALTER TABLE memberships ADD COLUMN notice_version TEXT;
  ALTER TABLE registrations ADD COLUMN notice_version TEXT;
  CREATE INDEX idempotency_records_created_at ON idempotency_records (created_at);
  `,
  // The language of the form page a submission was sent from ('en', 'es'): the consent wording
  // is stored in the words the supporter read, so the record says which language they are in.
  // NULL for submissions stored before this, whose wording was always stored in English.
  `
  ALTER TABLE memberships ADD COLUMN locale TEXT;
  ALTER TABLE registrations ADD COLUMN locale TEXT;
  `,
  // When the registration's event ended (UTC ISO), as events.json said when it was made: its
  // registrations are still deleted on time if the event is later taken out of events.json.
  // NULL for registrations made before; those are kept and reported instead.
  `
  ALTER TABLE registrations ADD COLUMN event_end TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** How long a statement of the server blocks for a lock before SQLITE_BUSY. */
export const SERVER_BUSY_TIMEOUT_MS = 10;

/**
 * Opens (creating if need be) the submissions database and brings its schema up to date.
 * `busyTimeoutMs`: how long a statement waits for another process's lock, blocking the thread;
 * command-line tools can afford to wait longer than the server.
 */
export function openDatabase(
  path: string,
  { busyTimeoutMs = SERVER_BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {},
): Db {
  createPrivately(path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // FULL syncs the log on every commit: a supporter told "received" must survive a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Starting up may wait for another process's migration or maintenance job.
    db.pragma('busy_timeout = 5000');
    migrate(db, path);
    // better-sqlite3 waits for a lock on the event loop, freezing every request meanwhile. The
    // server is the one writer; when another process holds the lock anyway, the submission
    // store retries asynchronously and answers 503 (submission-store.ts), never waiting here.
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Supporters' data is for the server's user alone: folders it creates 0700, files 0600. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the database's folder (only owner access) and the file itself (owner read/write)
 * before SQLite opens it. SQLite gives its -wal and -shm files the database file's mode, so
 * they are private too; files left by an older version are made private here as well.
 */
function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE });
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
  }
}

function migrate(db: Db, path: string): void {
  // IMMEDIATE takes the write lock before reading the version, so two servers starting together
  // cannot both run the same migration.
  db.transaction(() => {
    const version = readSchemaVersion(db);
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `The database ${path} has schema version ${version}, newer than this code knows (${SCHEMA_VERSION}). Update the code before using it.`,
      );
    }
    for (const step of MIGRATIONS.slice(version)) {
      if (typeof step === 'string') db.exec(step);
      else step(db);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

export function readSchemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}
