// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { http, passthrough } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, listBackups } from './backup.ts';
import { openDatabase, SCHEMA_VERSION } from './database.ts';
import { lockFileOf } from './database-lock.ts';
import { checkBackup, restoreDatabase } from './restore.ts';
import { queryRows, validApplication } from './test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';
import { server as mswServer } from '../tests/support/msw-server.ts';

const root = resolve(import.meta.dirname, '..');
let site: TempSite;
let backupDir: string;

beforeEach(() => {
  site = createTempSite();
  backupDir = join(site.dir, 'backups');
});

afterEach(() => {
  site.remove();
});

describe('backupDatabase', () => {
  it('writes a 0600 copy in a 0700 folder and keeps only the newest', async () => {
    const db = openDatabase(site.databasePath);
    try {
      const times = [1, 2, 3, 4].map((minute) => new Date(Date.UTC(2026, 10, 30, 12, minute)));
      for (const time of times) await backupDatabase(db, backupDir, 2, time);
    } finally {
      db.close();
    }
    const kept = listBackups(backupDir);

    expect(kept.map((file) => file.slice(backupDir.length + 1))).toEqual([
      'psg-2026-11-30T12-04-00-000Z.db',
      'psg-2026-11-30T12-03-00-000Z.db',
    ]);
    expect(statSync(kept[0]!).mode & 0o777).toBe(0o600);
    expect(statSync(backupDir).mode & 0o777).toBe(0o700);
    expect(checkBackup(kept[0]!).schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('a backup taken under load, restored into a fresh folder', () => {
  it('holds every submission answered 201 before the backup began', async () => {
    const app = await buildTestApp(site);
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    // Real HTTP to the real server: the test set-up's request mock lets these through.
    mswServer.use(http.post(`${baseUrl}/api/memberships`, () => passthrough()));
    const answeredBeforeBackup = new Set<string>();
    let backupStarted = false;
    let backupFile = '';
    let stored = 0;
    const post = async () => {
      const response = await fetch(`${baseUrl}/api/memberships`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(validApplication()),
      });
      const body = (await response.json()) as { reference: string };
      if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(body)}`);
      const { reference } = body;
      stored++;
      // Noted only if the answer came before the backup started: those must be in it.
      if (!backupStarted) answeredBeforeBackup.add(reference);
    };
    const client = async () => {
      for (let i = 0; i < 25; i++) await post();
    };
    try {
      const load = Promise.all(Array.from({ length: 16 }, client));
      while (stored < 150) {
        await Promise.race([load, new Promise((resolve) => setTimeout(resolve, 5))]);
      }
      // As `npm run backup` does it: its own read-only connection, while the posts go on.
      backupStarted = true;
      const reader = new Database(site.databasePath, { readonly: true });
      try {
        backupFile = (await backupDatabase(reader, backupDir, 5)).file;
      } finally {
        reader.close();
      }
      await load;
    } finally {
      await app.close();
    }
    expect(stored).toBe(400);
    expect(answeredBeforeBackup.size).toBeGreaterThanOrEqual(150);

    const freshDatabase = join(site.dir, 'fresh', 'psg.db');
    const result = restoreDatabase(backupFile, freshDatabase);

    const restored = new Set(
      queryRows<{ reference: string }>(freshDatabase, 'SELECT reference FROM memberships').map(
        (row) => row.reference,
      ),
    );
    const missing = [...answeredBeforeBackup].filter((reference) => !restored.has(reference));
    expect(missing).toEqual([]);
    expect(result.rows.memberships).toBe(restored.size);
    expect(result.previous).toBeNull();
    expect(statSync(freshDatabase).mode & 0o777).toBe(0o600);
  }, 60_000);
});

describe('restoreDatabase', () => {
  let server: ChildProcess | undefined;

  afterEach(() => {
    server?.kill();
    server = undefined;
  });

  async function takeBackup(): Promise<string> {
    const db = openDatabase(site.databasePath);
    try {
      return (await backupDatabase(db, backupDir, 5)).file;
    } finally {
      db.close();
    }
  }

  it('refuses while the server runs on the database, and restores once it has stopped', async () => {
    const backup = await takeBackup();
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DIST_DIR: site.distDir, DATABASE: site.databasePath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const running = server;
    await new Promise<void>((resolve, reject) => {
      let text = '';
      running.stderr!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('Peru Support Group site:')) resolve();
      });
      running.on('exit', (code) => reject(new Error(`the server exited (${code}): ${text}`)));
    });

    expect(() => restoreDatabase(backup, site.databasePath)).toThrow(
      /is in use by the server \(process \d+\)\. Stop it first/,
    );

    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    const result = restoreDatabase(backup, site.databasePath);
    expect(result.previous).toMatch(/psg\.db\.before-restore-/);
    expect(checkBackup(result.previous!).schemaVersion).toBe(SCHEMA_VERSION);
  }, 60_000);

  it('takes over the lock of a server that died without removing it', async () => {
    const backup = await takeBackup();
    // A pid no process has (Linux pids stay below 2^22).
    writeFileSync(
      lockFileOf(site.databasePath),
      JSON.stringify({ pid: 2 ** 22 + 1, purpose: 'server' }),
    );

    expect(restoreDatabase(backup, site.databasePath).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('checks the backup before it replaces anything', async () => {
    const db = openDatabase(site.databasePath);
    db.close();
    const before = statSync(site.databasePath).mtimeMs;
    const damaged = join(site.dir, 'damaged.db');
    writeFileSync(damaged, Buffer.alloc(8192, 7));
    const newer = join(site.dir, 'newer.db');
    const future = new Database(newer);
    future.exec('CREATE TABLE memberships (id INTEGER)');
    future.pragma('user_version = 99');
    future.close();
    const foreign = join(site.dir, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE notes (text TEXT)');

    expect(() => restoreDatabase(damaged, site.databasePath)).toThrow(/damaged\.db is not a/);
    expect(() => restoreDatabase(newer, site.databasePath)).toThrow(
      /schema version 99, newer than this code knows/,
    );
    expect(() => restoreDatabase(foreign, site.databasePath)).toThrow(
      /not a backup of this site's database/,
    );
    expect(() => restoreDatabase(join(site.dir, 'none.db'), site.databasePath)).toThrow(
      /No such backup/,
    );
    expect(statSync(site.databasePath).mtimeMs).toBe(before);
  });
});
