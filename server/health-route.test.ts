// @vitest-environment node
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { healthRoute } from './health-route.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';

let site: TempSite;

beforeEach(() => {
  site = createTempSite();
});

afterEach(() => {
  site.remove();
});

describe('GET /healthz', () => {
  it('answers 200 when the database can be written and the site is built', async () => {
    const app = await buildTestApp(site);
    try {
      const response = await app.inject('/healthz');

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
      expect(response.headers['cache-control']).toBe('no-store');
    } finally {
      await app.close();
    }
  });

  it('answers 503 with the reason when the built site has gone', async () => {
    const app = await buildTestApp(site);
    try {
      rmSync(join(site.distDir, 'index.html'));
      const response = await app.inject('/healthz');

      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'unavailable',
        problems: ['the built site is missing (no index.html)'],
      });
    } finally {
      await app.close();
    }
  });

  it('answers 503 with the reason when the database is read-only', async () => {
    openDatabase(site.databasePath).close();
    // A connection SQLite itself holds read-only: the same refusal as a read-only file or disk
    // (the tests run as root, for whom file modes do not make a file read-only).
    const db = new Database(site.databasePath, { readonly: true });
    const app = Fastify();
    await app.register(healthRoute, { db, distDir: site.distDir });
    try {
      const response = await app.inject('/healthz');

      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'unavailable',
        problems: [expect.stringMatching(/^the database cannot be written \(SQLITE_READONLY: /)],
      });
      // The probe wrote nothing and left no transaction open.
      expect(db.inTransaction).toBe(false);
    } finally {
      await app.close();
      db.close();
    }
  });
});
