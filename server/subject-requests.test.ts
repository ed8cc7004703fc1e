// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countRows,
  postMembership,
  postRegistration,
  validApplication,
  validRegistration,
} from './test-support/api-requests.ts';
import { buildTestApp, createTempSite, type TempSite } from './test-support/temp-site.ts';
import { testEvent } from './test-support/test-event.ts';

const root = resolve(import.meta.dirname, '..');

function runSubject(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/subject-cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE: '' },
    timeout: 30_000,
  });
}

let site: TempSite;
const references: string[] = [];

// Ana applied and registered with her address in two letter cases; Rosa is someone else.
beforeEach(async () => {
  site = createTempSite();
  site.writeEvents([testEvent()]);
  const app = await buildTestApp(site, {
    now: () => new Date('2030-10-01T09:00:00Z'),
    pruneEveryMs: false,
  });
  references.length = 0;
  for (const response of [
    await postMembership(app, validApplication({ email: 'Ana@Example.com' })),
    await postRegistration(
      app,
      'annual-conference-2030',
      validRegistration({ email: 'ANA@EXAMPLE.COM' }),
    ),
  ]) {
    references.push(response.json<{ reference: string }>().reference);
  }
  await postMembership(app, validApplication({ email: 'rosa@example.com', fullName: 'Rosa' }));
  await app.close();
});

afterEach(() => {
  site.remove();
});

describe('npm run subject', { timeout: 30_000 }, () => {
  it('exports every record of one person, in any letter case, to a file only its owner reads', () => {
    const output = join(site.dir, 'ana.json');
    const result = runSubject([
      'export',
      '--email',
      'ana@example.com',
      '--output',
      output,
      '--database',
      site.databasePath,
    ]);

    expect(result.status).toBe(0);
    expect(statSync(output).mode & 0o777).toBe(0o600);
    const copy = JSON.parse(readFileSync(output, 'utf8')) as {
      memberships: Array<{ reference: string; email: string }>;
      registrations: Array<{ reference: string }>;
      idempotencyRecords: unknown[];
    };
    expect(copy.memberships.map((row) => row.reference)).toEqual([references[0]]);
    expect(copy.registrations.map((row) => row.reference)).toEqual([references[1]]);
    expect(copy.idempotencyRecords).toHaveLength(2);
    expect(result.stderr).toContain(`1 membership application(s) (${references[0]})`);
    expect(result.stderr).toContain(`1 conference registration(s) (${references[1]})`);
    expect(result.stderr).not.toContain('ana@');
  });

  it('erases every record of one person in one transaction, and prints a receipt', () => {
    const result = runSubject([
      'erase',
      '--email',
      'ANA@example.COM',
      '--database',
      site.databasePath,
    ]);

    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^Erased at \d{4}-\d\d-\d\dT.*Z, in one transaction:/);
    expect(result.stderr).toContain(`1 membership application(s) (${references[0]})`);
    expect(result.stderr).toContain('2 technical record(s) of those forms');
    expect(countRows(site.databasePath, 'memberships')).toBe(1);
    expect(countRows(site.databasePath, 'registrations')).toBe(0);
    expect(countRows(site.databasePath, 'idempotency_records')).toBe(1);
  });

  it('says what it needs when the email is missing', () => {
    const result = runSubject(['erase', '--database', site.databasePath]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Say export or erase, and --email ADDRESS.');
    expect(countRows(site.databasePath, 'memberships')).toBe(2);
  });
});
