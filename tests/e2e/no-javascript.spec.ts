import type { Browser, BrowserContext, Page } from '@playwright/test';
import { waitForApp } from './app-ready.ts';
import { expect, test } from './fixtures.ts';
import {
  applicant,
  exportedRowsFor,
  fillMembershipForm,
  fillRegistrationForm,
  readReference,
  storedRowsFor,
  type Applicant,
} from './forms.ts';
import { REGISTER_PATH } from './site.ts';
import type { TestServer } from '../support/test-server.ts';

const JOIN_CHECK = 'Check your answers before sending your application';
const REGISTER_CHECK = 'Check your answers before registering';

/** A tab with JavaScript switched off, recording every address it shows. */
async function withoutJavaScript(browser: Browser, server: TestServer) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: server.baseUrl });
  const page = await context.newPage();
  const addresses: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  return { context, page, addresses };
}

/** Nothing the supporter typed ever reached the address bar (nor history, nor access logs). */
function expectNoAnswersIn(addresses: string[], who: Applicant) {
  expect(addresses.length).toBeGreaterThan(0);
  for (const address of addresses) {
    const decoded = decodeURIComponent(address.replaceAll('+', ' '));
    expect(decoded).not.toContain(who.email);
    expect(decoded).not.toContain(who.fullName);
    expect(new URL(address).search).toBe('');
  }
}

/** The error summary's links each point at a control on the page. */
async function expectSummaryLinksToFields(page: Page, messages: string[]) {
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(messages);
  for (const link of await summary.getByRole('link').all()) {
    const target = (await link.getAttribute('href')) ?? '';
    expect(target).toMatch(/^#\w+$/);
    await expect(page.locator(target)).toHaveCount(1);
    await expect(page.locator(target)).toHaveAttribute('name', /\w/);
  }
}

async function hiddenAnswers(page: Page): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const input of await page.locator('form#answers input[type="hidden"]').all()) {
    fields[(await input.getAttribute('name')) ?? ''] = (await input.inputValue()) ?? '';
  }
  return fields;
}

test.describe('without JavaScript, on the Node server', () => {
  // Each step is a page rendered by the server, and the export starts a process.
  test.describe.configure({ timeout: 120_000 });
  let tab: { context: BrowserContext; page: Page; addresses: string[] };

  test.afterEach(async () => {
    await tab?.context.close();
  });

  test('membership: errors, check answers, change, send; stored once; no answer in the address', async ({
    browser,
    server,
  }, testInfo) => {
    const who = applicant(testInfo.testId);
    tab = await withoutJavaScript(browser, server);
    const { page } = tab;

    await page.goto('/join');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/join\/check-answers$/);
    await expect(page).toHaveTitle(/^Error: Join the Peru Support Group/);
    await expectSummaryLinksToFields(page, [
      'Enter your full name',
      'Enter your email address',
      'Enter the first line of your address',
      'Enter your town or city',
      'Enter your postcode',
      'Select a type of membership',
      'Select how you will pay',
    ]);
    await expect(page.getByLabel('Full name', { exact: true })).toHaveAccessibleDescription(
      /Enter your full name/,
    );

    // One wrong answer: the page comes back with it marked and every other answer kept.
    await fillMembershipForm(page, who);
    await page.getByLabel('Email address', { exact: true }).fill('rosa.example.org');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSummaryLinksToFields(page, [
      'Enter an email address in the correct format, like name@example.com',
    ]);
    await expect(page.getByLabel('Full name', { exact: true })).toHaveValue(who.fullName);
    await expect(page.getByRole('radio', { name: 'Individual' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /newsletter/ })).toBeChecked();

    await page.getByLabel('Email address', { exact: true }).fill(who.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(JOIN_CHECK);
    await expect(page.getByText('WC1H 9QU')).toBeVisible();

    // "Change" posts the answers back to the form, which shows them all.
    await page.getByRole('button', { name: 'Change email address' }).click();
    await expect(page).toHaveURL(/\/join#email$/);
    await expect(page.getByLabel('Email address', { exact: true })).toHaveValue(who.email);
    await expect(page.getByLabel('Town or city', { exact: true })).toHaveValue('London');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(JOIN_CHECK);

    const hidden = await hiddenAnswers(page);
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page).toHaveURL(/\/join\/confirmation$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application sent');
    const reference = await readReference(page);

    // A reload asks the server for the page again (GET), and shows the same reference.
    await page.reload();
    expect(await readReference(page)).toBe(reference);
    // The same form posted again (a double click, a resend) is stored once.
    const resent = await page.request.post('/join/confirmation', {
      form: hidden,
      maxRedirects: 0,
    });
    expect(resent.status()).toBe(303);

    const rows = await exportedRowsFor('memberships', server.databasePath, who);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(reference);
    expect(rows[0]).toContain('WC1H 9QU');
    expectNoAnswersIn(tab.addresses, who);
  });

  test('registration: errors, check answers, send; stored once; closed once the event starts', async ({
    browser,
    server,
  }, testInfo) => {
    const who = applicant(testInfo.testId);
    // An hour before the 2016 conference. The prerendered form page says what held at build
    // time (long after 2016: closed), so the first view is the server's own rendering of the
    // form at this time: the page "Back" and "Change" post to.
    server.setNow(new Date('2016-11-05T10:00:00Z'));
    tab = await withoutJavaScript(browser, server);
    const { page } = tab;
    await page.route(`**${REGISTER_PATH}`, async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      return route.fulfill({ response: await route.fetch({ method: 'POST', postData: '' }) });
    });

    try {
      await page.goto(REGISTER_PATH);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page).toHaveTitle(/^Error: Register for/);
      await expectSummaryLinksToFields(page, [
        'Enter your full name',
        'Enter your email address',
        'Select whether you are a member, a concession or a non-member',
      ]);

      await fillRegistrationForm(page, who);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(REGISTER_CHECK);
      await expect(page.getByText('Step-free access, please.')).toBeVisible();
      const hidden = await hiddenAnswers(page);
      await page.getByRole('button', { name: 'Register' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration complete');
      const reference = await readReference(page);

      const resent = await page.request.post(`${REGISTER_PATH}/confirmation`, {
        form: hidden,
        maxRedirects: 0,
      });
      expect(resent.status()).toBe(303);
      const rows = await exportedRowsFor('registrations', server.databasePath, who);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(reference);

      // Someone else checks their answers, but the conference starts before they send them.
      const late = applicant(`${testInfo.testId}-late`);
      await page.goto(REGISTER_PATH);
      await fillRegistrationForm(page, late);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(REGISTER_CHECK);
      server.setNow(new Date('2016-11-05T11:30:00Z'));
      await page.getByRole('button', { name: 'Register' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration is closed');
      expect(storedRowsFor('registrations', server.databasePath, late)).toHaveLength(0);
      expectNoAnswersIn(tab.addresses, who);
      expectNoAnswersIn(tab.addresses, late);
    } finally {
      server.setNow(null);
    }
  });
});

test('typing before the script has started is kept when it starts; the draft fills the rest', async ({
  context,
}) => {
  const page = await context.newPage();
  // An older draft in this tab: what is typed now must win over it.
  await page.addInitScript(() => {
    sessionStorage.setItem(
      'psg:draft:membership',
      JSON.stringify({
        idempotencyKey: '4f5b8f8e-6d2a-4c1e-9a53-2a7d7c0e9b11',
        values: { fullName: 'Old Name', email: 'old@example.org', town: 'Cusco' },
      }),
    );
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto('/join', { waitUntil: 'commit' });
  const fullName = page.getByLabel('Full name', { exact: true });
  await expect(fullName).toBeVisible();
  await fullName.pressSequentially('Ñusta Quispe-Mamani');
  await page.getByLabel('Email address', { exact: true }).fill('nusta@example.org');
  await page.getByRole('radio', { name: 'Concession' }).check();
  await page.getByRole('checkbox', { name: /newsletter/ }).check();
  expect(await page.evaluate(() => document.documentElement.dataset.appReady)).toBeUndefined();

  release();
  await waitForApp(page);
  await expect(fullName).toHaveValue('Ñusta Quispe-Mamani');
  await expect(page.getByLabel('Email address', { exact: true })).toHaveValue('nusta@example.org');
  await expect(page.getByRole('radio', { name: 'Concession' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /newsletter/ })).toBeChecked();
  // A question left alone takes the draft's answer.
  await expect(page.getByLabel('Town or city', { exact: true })).toHaveValue('Cusco');

  // And the form itself has them: the next step shows what was typed.
  await page.getByLabel('Address line 1', { exact: true }).fill('Jirón Lampa 100');
  await page.getByLabel('Country', { exact: true }).fill('Peru');
  await page.getByRole('radio', { name: 'Another way' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JOIN_CHECK);
  await expect(page.getByText('Ñusta Quispe-Mamani')).toBeVisible();
  await expect(page.getByText('nusta@example.org')).toBeVisible();
  await expect(page.getByText('Concession')).toBeVisible();
  await expect(page.getByText('Yes, send me the newsletter')).toBeVisible();
});

test('a form step that needs JavaScript says so, and links to the forms that work without it', async ({
  browser,
  server,
}) => {
  const { context, page } = await withoutJavaScript(browser, server);
  try {
    await page.goto('/join/check-answers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This step needs JavaScript');
    await page.getByRole('link', { name: 'join the Peru Support Group' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join the Peru Support Group');
    await page.goBack();
    await page.getByRole('link', { name: 'its event page' }).click();
    await expect(page).toHaveURL(/\/events$/);
    // A page that reads without JavaScript has no such note.
    await expect(page.getByText('needs JavaScript')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
