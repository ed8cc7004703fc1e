// @vitest-environment node
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORED_RECORDS } from '../src/features/privacy/stored-data.ts';
import { SCHEMA_VERSION, openDatabase } from './database.ts';

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'psg-db-'));
  path = join(dir, 'nested', 'psg.db');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const MEMBERSHIP = {
  reference: 'PSG-M-AAAAAAAA',
  submitted_at: '2024-01-01T00:00:00.000Z',
  full_name: 'A',
  email: 'a@example.com',
  address_line_1: '1',
  town: 'T',
  country: 'C',
  membership_type: 'individual',
  membership_type_label: 'Individual',
  payment_method: 'other',
  newsletter: 0,
  newsletter_consent_text: null,
  newsletter_consented_at: null,
  gift_aid: 0,
  gift_aid_declaration_text: null,
  gift_aid_declared_on: null,
};

function insertMembership(db: Database.Database, changes: Record<string, unknown> = {}) {
  const row = { ...MEMBERSHIP, ...changes };
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO memberships (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

describe('openDatabase', () => {
  it('creates the schema and sets the pragmas that keep submissions safe', () => {
    const db = openDatabase(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(10);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(['idempotency_records', 'memberships', 'registrations']);
    } finally {
      db.close();
    }
  });

  it('opens an existing database again without touching its rows', () => {
    const first = openDatabase(path);
    insertMembership(first);
    first.close();

    const again = openDatabase(path);
    try {
      expect(again.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(1);
      expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      again.close();
    }
  });

  it('refuses a database from newer code rather than guessing its schema', () => {
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();

    expect(() => openDatabase(path)).toThrow(/newer than this code/);
  });

  it('never holds consent without its wording and time, nor the reverse', () => {
    const db = openDatabase(path);
    try {
      expect(() => insertMembership(db, { newsletter: 1 })).toThrow(/CHECK constraint/);
      expect(() =>
        insertMembership(db, { newsletter_consent_text: 'yes', reference: 'PSG-M-BBBBBBBB' }),
      ).toThrow(/CHECK constraint/);
      expect(() => insertMembership(db, { gift_aid: 1, reference: 'PSG-M-CCCCCCCC' })).toThrow(
        /CHECK constraint/,
      );
    } finally {
      db.close();
    }
  });

  it('keeps references unique', () => {
    const db = openDatabase(path);
    try {
      insertMembership(db);
      expect(() => insertMembership(db)).toThrow(/UNIQUE constraint/);
    } finally {
      db.close();
    }
  });
});

describe('file modes', () => {
  const mode = (file: string) => statSync(file).mode & 0o777;

  it('creates the folder for its owner only, and the database, its log and index 0600', () => {
    const db = openDatabase(path);
    insertMembership(db);

    expect(mode(join(dir, 'nested'))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    expect(mode(`${path}-wal`)).toBe(0o600);
    expect(mode(`${path}-shm`)).toBe(0o600);
    db.close();
  });

  it('makes a world-readable database left by an older version private', () => {
    mkdirSync(join(dir, 'nested'));
    writeFileSync(path, '');
    chmodSync(path, 0o644);
    writeFileSync(`${path}-wal`, '');
    chmodSync(`${path}-wal`, 0o644);

    openDatabase(path).close();

    expect(mode(path)).toBe(0o600);
  });
});

describe('the privacy notice', () => {
  it('describes every column the database has, and no column it does not have', () => {
    const db = openDatabase(path);
    try {
      for (const record of STORED_RECORDS) {
        const columns = db
          .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${record.table}')`)
          .all()
          .map(({ name }) => name);
        expect(Object.keys(record.columns).sort(), record.table).toEqual(columns.sort());
      }
      const tables = db
        .prepare<[], { name: string }>(
          "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
        )
        .all()
        .map(({ name }) => name);
      expect(tables).toEqual(STORED_RECORDS.map(({ table }) => table).sort());
    } finally {
      db.close();
    }
  });
});
