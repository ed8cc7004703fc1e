import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, readSchemaVersion, SCHEMA_VERSION } from './database.ts';
import { takeDatabaseLock } from './database-lock.ts';

const TABLES = ['memberships', 'registrations', 'idempotency_records'] as const;

export type BackupSummary = {
  schemaVersion: number;
  rows: Record<(typeof TABLES)[number], number>;
};

/**
 * Opens a backup read-only and checks it is whole (SQLite's integrity check), is this site's
 * database, and has a schema version this code can open (older versions are migrated when it is
 * opened). Throws a message saying which check failed.
 */
export function checkBackup(file: string): BackupSummary {
  if (!existsSync(file)) throw new Error(`No such backup: ${file}`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`${file} cannot be opened as a database: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
        (row) => row.integrity_check,
      );
    } catch (error) {
      throw new Error(`${file} is not a readable database: ${(error as Error).message}`);
    }
    if (problems.join() !== 'ok') {
      throw new Error(`${file} is damaged (integrity check: ${problems.slice(0, 5).join('; ')})`);
    }
    const schemaVersion = readSchemaVersion(db);
    if (schemaVersion > SCHEMA_VERSION) {
      throw new Error(
        `${file} has schema version ${schemaVersion}, newer than this code knows (${SCHEMA_VERSION}): update the code first.`,
      );
    }
    const present = new Set(
      db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(),
    );
    const missing = TABLES.filter((table) => !present.has(table));
    if (schemaVersion < 1 || missing.length > 0) {
      throw new Error(
        `${file} is not a backup of this site's database (schema version ${schemaVersion}${missing.length ? `; no ${missing.join(', ')} table` : ''}).`,
      );
    }
    const count = (table: string) =>
      db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
    return {
      schemaVersion,
      rows: {
        memberships: count('memberships'),
        registrations: count('registrations'),
        idempotency_records: count('idempotency_records'),
      },
    };
  } finally {
    db.close();
  }
}

export type RestoreResult = BackupSummary & {
  /** Where the database that was replaced now is; null when there was none. */
  previous: string | null;
};

/**
 * Replaces the database at `databasePath` with the backup `file`: refuses while the server (or
 * another restore) holds the database's lock; copies the backup next to the database and checks
 * that copy before anything is replaced; keeps the replaced database (its log checkpointed in)
 * as `<database>.before-restore-<time>`; then opens the restored file once, which runs any
 * migrations a backup from an older version needs.
 */
export function restoreDatabase(
  file: string,
  databasePath: string,
  now = new Date(),
): RestoreResult {
  if (!existsSync(file)) throw new Error(`No such backup: ${file}`);
  const release = takeDatabaseLock(databasePath, 'restore');
  try {
    mkdirSync(dirname(databasePath), { recursive: true, mode: 0o700 });
    const incoming = `${databasePath}.restoring`;
    copyFileSync(file, incoming);
    chmodSync(incoming, 0o600);
    let summary: BackupSummary;
    try {
      summary = checkBackup(incoming);
    } catch (error) {
      rmSync(incoming, { force: true });
      throw new Error((error as Error).message.replaceAll(incoming, file));
    }
    let previous: string | null = null;
    if (existsSync(databasePath)) {
      const old = new Database(databasePath, { fileMustExist: true });
      try {
        old.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        old.close();
      }
      previous = `${databasePath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      renameSync(databasePath, previous);
    }
    for (const leftover of [`${databasePath}-wal`, `${databasePath}-shm`]) {
      rmSync(leftover, { force: true });
    }
    renameSync(incoming, databasePath);
    openDatabase(databasePath).close();
    return { ...summary, schemaVersion: SCHEMA_VERSION, previous };
  } finally {
    release();
  }
}
