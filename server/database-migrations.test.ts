// @vitest-environment node
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, readSchemaVersion, SCHEMA_VERSION } from './database.ts';
import { createAdminTables } from './admin/admin-schema.ts';
import { createDeskStore } from './admin/desk-store.ts';
import { exportSubmissionsCsv } from './export/submissions-csv.ts';
import { pruneExpired } from './retention.ts';
import { createSubmissionStore } from './submission-store.ts';

/**
 * Database files as earlier schema versions wrote them (memberships, registrations, idempotency
 * records, one row each), kept as they are: every later version must open them with its
 * migrations. When a migration is added, keep these files and add psg-schema-v<N>.db beside them.
 */
const FIXTURES = [
  { version: 1, reference: 'FIXTURE1', key: '00000000-0000-4000-8000-000000000001' },
  { version: 2, reference: 'FIXTURE2', key: '00000000-0000-4000-8000-000000000002' },
  { version: 3, reference: 'FIXTURE3', key: '00000000-0000-4000-8000-000000000003' },
] as const;

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'psg-migrate-'));
  path = join(dir, 'psg.db');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.each(FIXTURES)(
  'a database from schema version $version',
  ({ version, reference, key }) => {
    beforeEach(() => {
      copyFileSync(resolve(import.meta.dirname, `test-fixtures/psg-schema-v${version}.db`), path);
    });

    it('opens with this version’s migrations, its rows intact and new ones accepted', async () => {
      const db = openDatabase(path);
      try {
        expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
        expect(db.prepare('SELECT reference, full_name, email FROM memberships').all()).toEqual([
          { reference: `PSG-M-${reference}`, full_name: 'Ana Example', email: 'ana@example.com' },
        ]);
        expect(db.prepare('SELECT reference FROM registrations').pluck().all()).toEqual([
          `PSG-E-${reference}`,
        ]);

        const store = createSubmissionStore(db);
        const outcome = await store.answerOnce(
          { key, endpoint: 'memberships', hash: 'fixture' },
          '2026-12-01T00:00:00.000Z',
          () => {
            throw new Error('a replayed key must not be decided again');
          },
        );
        expect(outcome).toEqual({
          kind: 'answer',
          status: 201,
          body: `{"reference":"PSG-M-${reference}"}`,
          replayed: true,
        });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    });

    it('keeps registrations made before their event’s end was stored, and names their event', () => {
      const db = openDatabase(path);
      try {
        const report = pruneExpired(db, {
          now: new Date('2040-01-01T00:00:00Z'),
          events: [],
          registrationRetentionMonths: 12,
        });
        expect(report.unknownEvents).toEqual([{ event: 'annual-conference-2016', kept: 1 }]);
        expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(1);
      } finally {
        db.close();
      }
    });

    it('says the language of its earlier submissions was not recorded, in the export and the desk', () => {
      const db = openDatabase(path);
      try {
        expect(db.prepare('SELECT locale FROM memberships').pluck().all()).toEqual([null]);
        expect(exportSubmissionsCsv(db, 'registrations', null).csv).toContain(',Not recorded,');
        createAdminTables(db);
        const detail = createDeskStore(db).detail(`PSG-M-${reference}`);
        expect(detail?.fields).toEqual(
          expect.arrayContaining([
            { label: 'Form language', value: 'Not recorded' },
            { label: 'Newsletter consent wording', value: 'Send me the newsletter.' },
          ]),
        );
      } finally {
        db.close();
      }
    });
  },
);
