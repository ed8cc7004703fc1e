// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.ts';
import { createTempSite, type TempSite } from '../test-support/temp-site.ts';

const root = resolve(import.meta.dirname, '../..');

function runExport(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/export-cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE: '' },
    timeout: 30_000,
  });
}

// Each case starts a Node process with tsx: seconds, not milliseconds, on a busy machine.
describe('npm run export', { timeout: 30_000 }, () => {
  let site: TempSite;

  beforeEach(() => {
    site = createTempSite();
  });

  afterEach(() => {
    site.remove();
  });

  it('prints the usage on stderr and exits 2 for bad arguments', () => {
    const result = runExport(['donations']);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Cannot export "donations"');
    expect(result.stderr).toContain('Usage: npm run export --');
  });

  it('says clearly when there is no database, and exits 1', () => {
    const missing = join(site.dir, 'missing.db');
    const result = runExport(['memberships', '--database', missing]);

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`No database at ${missing}`);
  });

  it('writes the CSV to standard output', () => {
    openDatabase(site.databasePath).close();
    const result = runExport(['memberships', '--database', site.databasePath]);

    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('\uFEFFReference,Submitted at (UTC),Full name')).toBe(true);
  });

  it('writes --output readable by its owner only (0600), even over a world-readable file', () => {
    openDatabase(site.databasePath).close();
    const output = join(site.dir, 'memberships.csv');
    writeFileSync(output, 'old');
    chmodSync(output, 0o644);
    const result = runExport(['memberships', '--database', site.databasePath, '--output', output]);

    expect(result.status).toBe(0);
    expect(statSync(output).mode & 0o777).toBe(0o600);
  });
});
