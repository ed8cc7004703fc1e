// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../database.ts';
import { createAdminAccounts } from './admin-accounts.ts';
import { parseAdminArgs, runAdminCommand, type AdminCommand } from './account-command.ts';
import { verifyPassword } from './passwords.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'psg-admin-'));
  db = openDatabase(join(dir, 'psg.db'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function command(argv: string[]): Extract<AdminCommand, { kind: 'run' }> {
  const parsed = parseAdminArgs([...argv, '--database', join(dir, 'psg.db')], {});
  if (parsed.kind !== 'run') throw new Error(JSON.stringify(parsed));
  return parsed;
}

const password = (value: string) => () => Promise.resolve(value);

describe('npm run admin: arguments', () => {
  it('never takes a password from the command line, and does not echo it', () => {
    const parsed = parseAdminArgs(['add', 'sec@example.org', 'hunter2hunter2'], {});
    expect(parsed.kind).toBe('error');
    expect(JSON.stringify(parsed)).not.toContain('hunter2hunter2');
    const asOption = parseAdminArgs(['add', 'sec@example.org', '--password=hunter2hunter2'], {});
    expect(asOption.kind).toBe('error');
    expect(JSON.stringify(asOption)).not.toContain('hunter2hunter2');
  });

  it('needs a known action and a real email address', () => {
    expect(parseAdminArgs([], {})).toMatchObject({ kind: 'error' });
    expect(parseAdminArgs(['grant', 'a@example.org'], {})).toMatchObject({ kind: 'error' });
    expect(parseAdminArgs(['add', 'not-an-email'], {})).toMatchObject({ kind: 'error' });
    expect(parseAdminArgs(['add'], {})).toMatchObject({ kind: 'error' });
    expect(parseAdminArgs(['add', ' Sec@Example.ORG '], { DATABASE: '/tmp/x.db' })).toEqual({
      kind: 'run',
      action: 'add',
      email: 'sec@example.org',
      databasePath: '/tmp/x.db',
    });
  });
});

describe('npm run admin: accounts', () => {
  it('adds an account with a hashed password, refuses a second one and a short password', async () => {
    await expect(
      runAdminCommand(db, command(['add', 'sec@example.org']), password('too short')),
    ).rejects.toThrow(/at least 12/);
    expect(createAdminAccounts(db).find('sec@example.org')).toBeUndefined();

    await runAdminCommand(db, command(['add', 'sec@example.org']), password('a long passphrase'));
    const account = createAdminAccounts(db).find('sec@example.org');
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account?.passwordHash ?? '', 'a long passphrase')).toBe(true);
    await expect(
      runAdminCommand(db, command(['add', 'SEC@example.org']), password('another passphrase')),
    ).rejects.toThrow(/already has an account/);
  });

  it('resets a password and signs the account out everywhere; removes an account', async () => {
    await runAdminCommand(db, command(['add', 'sec@example.org']), password('a long passphrase'));
    const accounts = createAdminAccounts(db);
    const account = accounts.find('sec@example.org');
    const session = accounts.startSession(account?.id ?? 0, new Date());

    await runAdminCommand(
      db,
      command(['reset-password', 'sec@example.org']),
      password('a new long passphrase'),
    );
    expect(accounts.useSession(session, new Date())).toBeNull();
    const changed = accounts.find('sec@example.org')?.passwordHash ?? '';
    expect(await verifyPassword(changed, 'a new long passphrase')).toBe(true);
    expect(await verifyPassword(changed, 'a long passphrase')).toBe(false);

    const again = accounts.startSession(account?.id ?? 0, new Date());
    await runAdminCommand(db, command(['remove', 'sec@example.org']), password(''));
    expect(accounts.find('sec@example.org')).toBeUndefined();
    expect(accounts.useSession(again, new Date())).toBeNull();
    await expect(
      runAdminCommand(db, command(['remove', 'sec@example.org']), password('')),
    ).rejects.toThrow(/no account/);
  });

  it('reads the password from standard input when it is piped in', async () => {
    const databasePath = join(dir, 'piped.db');
    const child = run(
      'npx',
      ['tsx', 'server/admin/admin-cli.ts', 'add', 'sec@example.org', '--database', databasePath],
      {
        cwd: root,
        timeout: 30_000,
      },
    );
    child.child.stdin?.end('piped passphrase 1\n');
    const { stdout } = await child;
    expect(stdout).toContain('Added an account for sec@example.org');
    const other = openDatabase(databasePath);
    try {
      const stored = createAdminAccounts(other).find('sec@example.org')?.passwordHash ?? '';
      expect(await verifyPassword(stored, 'piped passphrase 1')).toBe(true);
    } finally {
      other.close();
    }
  });
});
