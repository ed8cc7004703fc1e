import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { checkPage } from './axe.ts';
import { expect, test, type PageProblems } from './fixtures.ts';
import {
  applicant,
  continueToCheckAnswers,
  fillMembershipForm,
  readReference,
  storedRowsFor,
} from './forms.ts';

const run = promisify(execFile);
const SIGN_IN = 'Sign in to the membership desk';
const PASSWORD = 'a long and secret passphrase';

/** The operator's one-off step: `npm run admin -- add EMAIL`, the password piped in. */
async function addSecretary(databasePath: string, email: string): Promise<void> {
  const command = run(
    'npm',
    ['run', '--silent', 'admin', '--', 'add', email, '--database', databasePath],
    { timeout: 30_000 },
  );
  command.child.stdin?.end(`${PASSWORD}\n`);
  const { stdout } = await command;
  expect(stdout).toContain(`Added an account for ${email}`);
}

/** The desk asks the server whether this browser is signed in; "no" is a 401 by design. */
function allowSignedOutChecks(problems: PageProblems): void {
  problems.allow(/^HTTP 401: (GET|POST) https?:\/\/[^/]+\/api\/admin\//);
  problems.allow(/^console error: Failed to load resource: .*status of 401/);
}

async function applyToJoin(page: Page, testId: string) {
  const who = applicant(testId);
  await page.goto('/join');
  await fillMembershipForm(page, who);
  await continueToCheckAnswers(page, 'Check your answers before sending your application');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application sent');
  return { ...who, reference: await readReference(page) };
}

/** Signs in with the keyboard alone: type, Tab, type, Enter. */
async function signInByKeyboard(page: Page, email: string, password: string) {
  await page.getByLabel('Email address').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

test('the membership secretary reviews, exports and erases an application, then signs out', async ({
  page,
  problems,
  server,
}, testInfo) => {
  // The whole journey, with axe at two widths on six pages: longer than one page's test.
  test.setTimeout(120_000);
  allowSignedOutChecks(problems);
  const secretary = `secretary.${testInfo.workerIndex}.${Date.now()}@example.org`;
  await addSecretary(server.databasePath, secretary);
  const who = await applyToJoin(page, testInfo.testId);

  const response = await page.goto('/admin');
  expect(response?.headers()['cache-control']).toBe('no-store');
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIGN_IN);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await checkPage(page, 'admin sign-in');

  // A wrong password: the GOV.UK error summary, the same words as for an unknown email.
  await signInByKeyboard(page, secretary, 'not the right password');
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The email address or password is not right');
  await expect(page).toHaveTitle(/^Error: Sign in/);
  await checkPage(page, 'admin sign-in with an error');

  await page.getByLabel('Email address').fill('');
  await signInByKeyboard(page, secretary, PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Membership applications');
  await expect(page.getByText(`Signed in as ${secretary}`)).toBeVisible();

  // Find the application made through /join, by its email.
  await page.getByLabel('Name or email').fill(who.email);
  await page.getByRole('button', { name: 'Find submissions' }).click();
  await expect(page.getByText('Showing 1 to 1 of 1')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(who.fullName) });
  await expect(row).toContainText('New');
  await checkPage(page, 'admin list');

  await row.getByRole('link', { name: new RegExp(who.fullName) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(who.fullName);
  await expect(page.getByText(who.reference)).toBeVisible();
  await checkPage(page, 'admin submission');
  await page.getByRole('button', { name: 'Mark as processed' }).click();
  await expect(page.getByText(`Marked processed by ${secretary}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as processed' })).toHaveCount(0);

  // The list knows, too: filter by status.
  await page.getByRole('link', { name: 'Back to membership applications' }).click();
  await page.getByLabel('Status').selectOption('processed');
  await page.getByRole('button', { name: 'Find submissions' }).click();
  await expect(page.getByRole('row', { name: new RegExp(who.fullName) })).toContainText(
    'Processed',
  );

  // The CSV download is the command line's export.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download all membership applications/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^memberships-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const csvRows = csv.split(/\r?\n/).filter((line) => line.includes(who.email));
  expect(csvRows).toEqual(storedRowsFor('memberships', server.databasePath, who));
  expect(csvRows[0]).toContain(who.reference);

  // Erase on request: confirmation, then a receipt; the record is gone from the database.
  await page.getByRole('link', { name: new RegExp(who.fullName) }).click();
  await page.getByRole('link', { name: 'Erase this person’s records' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erase this person’s records');
  await expect(page.getByText(who.reference)).toBeVisible();
  await checkPage(page, 'admin erase confirmation');
  await page.getByRole('button', { name: 'Erase 1 record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Records erased');
  await expect(page.getByText(/^E-\d+$/)).toBeVisible();
  await checkPage(page, 'admin erasure receipt');
  expect(storedRowsFor('memberships', server.databasePath, who)).toEqual([]);

  await page.getByRole('link', { name: 'Activity log' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity log');
  for (const action of ['sign-in', 'sign-in failed', 'marked processed', 'export', 'erasure']) {
    await expect(page.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
  await checkPage(page, 'admin activity log');

  // Look at the record list again, then sign out: Back shows the sign-in form, no data.
  await page.getByRole('link', { name: 'Membership applications' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Membership applications');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIGN_IN);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIGN_IN);
  await expect(page.getByText(secretary)).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('the desk is only for signed-in secretaries, and is not in the sitemap', async ({
  page,
  problems,
  request,
}) => {
  allowSignedOutChecks(problems);
  // The desk's code loads only on the desk.
  const scripts: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') scripts.push(new URL(sent.url()).pathname);
  });
  await page.goto('/');
  await page.goto('/join');
  expect(scripts.filter((path) => path.includes('admin'))).toEqual([]);
  await page.goto('/admin/memberships');
  expect(scripts.filter((path) => path.includes('admin')).length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIGN_IN);
  // admin.html itself (how the development server reaches the desk) lands on /admin.
  await page.goto('/admin.html');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIGN_IN);
  const api = await request.post('/api/admin/submissions', {
    data: { kind: 'memberships' },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ message: 'Sign in to continue.' });
  const sitemap = await request.get('/sitemap.xml');
  expect(await sitemap.text()).not.toContain('/admin');
});
