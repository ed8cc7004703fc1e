import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { exportSubmissionsCsv } from '../../server/export/submissions-csv.ts';
import { expect } from '@playwright/test';

const run = promisify(execFile);

export const REFERENCE = /PSG-[ME]-[23456789A-HJ-NP-Z]{8}/;

export type Applicant = { fullName: string; email: string };

/** A different supporter for each test: the worker's database is shared by its tests. */
export function applicant(testId: string): Applicant {
  const tag = testId
    .replace(/[^a-z0-9]/gi, '')
    .slice(-10)
    .toLowerCase();
  return { fullName: `Rosa Quispe ${tag}`, email: `rosa.${tag}@example.org` };
}

/** The membership form's answers, typed and chosen as a supporter would. */
export async function fillMembershipForm(page: Page, who: Applicant): Promise<void> {
  await page.getByLabel('Full name', { exact: true }).fill(who.fullName);
  await page.getByLabel('Email address', { exact: true }).fill(who.email);
  await page.getByLabel('Address line 1', { exact: true }).fill('29 Tavistock Square');
  await page.getByLabel('Town or city', { exact: true }).fill('London');
  await page.getByLabel('Postcode', { exact: true }).fill('wc1h9qu');
  await page.getByLabel('Country', { exact: true }).fill('United Kingdom');
  await page.getByRole('radio', { name: 'Individual' }).check();
  await page.getByRole('radio', { name: 'By standing order' }).check();
  await page.getByRole('checkbox', { name: /newsletter/ }).check();
}

export async function fillRegistrationForm(page: Page, who: Applicant): Promise<void> {
  await page.getByLabel('Full name', { exact: true }).fill(who.fullName);
  await page.getByLabel('Email address', { exact: true }).fill(who.email);
  await page.getByRole('radio', { name: 'Concessions' }).check();
  await page.getByLabel('Access or dietary needs (optional)').fill('Step-free access, please.');
}

export async function continueToCheckAnswers(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** The reference number on a confirmation page. */
export async function readReference(page: Page): Promise<string> {
  const panel = page.getByText(/^Your reference number/);
  await expect(panel).toContainText(REFERENCE);
  const match = REFERENCE.exec((await panel.textContent()) ?? '');
  if (!match) throw new Error('no reference number on the confirmation page');
  return match[0];
}

type Kind = 'memberships' | 'registrations';

const rowsOf = (csv: string, who: Applicant) =>
  csv.split(/\r?\n/).filter((row) => row.includes(who.email));

/**
 * The stored submissions that mention this supporter (each test's email is unique), read as the
 * membership secretary reads them: `npm run export` on the test server's database.
 */
export async function exportedRowsFor(
  kind: Kind,
  databasePath: string,
  who: Applicant,
): Promise<string[]> {
  const { stdout } = await run(
    'npm',
    ['run', '--silent', 'export', '--', kind, '--database', databasePath],
    { timeout: 30_000 },
  );
  return rowsOf(stdout, who);
}

/** The same rows without starting a process: the export's own function, read-only. */
export function storedRowsFor(kind: Kind, databasePath: string, who: Applicant): string[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return rowsOf(exportSubmissionsCsv(db, kind, null).csv, who);
  } finally {
    db.close();
  }
}
