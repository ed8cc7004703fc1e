// @vitest-environment node
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, readSchemaVersion, SCHEMA_VERSION } from './database.ts';
import { createSubmissionStore } from './submission-store.ts';

/**
 * A database file as schema version 1 wrote it (memberships, registrations, idempotency
 * records, one row each), kept as it is: every later version must open it with its migrations.
 * When a migration is added, keep this file and add psg-schema-v<N>.db beside it.
 */
const FIXTURE = resolve(import.meta.dirname, 'test-fixtures/psg-schema-v1.db');

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'psg-migrate-'));
  path = join(dir, 'psg.db');
  copyFileSync(FIXTURE, path);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a database from schema version 1', () => {
  it('opens with this version’s migrations, its rows intact and new ones accepted', async () => {
    const db = openDatabase(path);
    try {
      expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(db.prepare('SELECT reference, full_name, email FROM memberships').all()).toEqual([
        { reference: 'PSG-M-FIXTURE1', full_name: 'Ana Example', email: 'ana@example.com' },
      ]);
      expect(db.prepare('SELECT reference FROM registrations').pluck().all()).toEqual([
        'PSG-E-FIXTURE1',
      ]);

      const store = createSubmissionStore(db);
      const outcome = await store.answerOnce(
        { key: '00000000-0000-4000-8000-000000000001', endpoint: 'memberships', hash: 'fixture' },
        '2026-12-01T00:00:00.000Z',
        () => {
          throw new Error('a replayed key must not be decided again');
        },
      );
      expect(outcome).toEqual({
        kind: 'answer',
        status: 201,
        body: '{"reference":"PSG-M-FIXTURE1"}',
        replayed: true,
      });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
