import { expect, test } from './fixtures.ts';
import {
  applicant,
  continueToCheckAnswers,
  fillMembershipForm,
  fillRegistrationForm,
  readReference,
  exportedRowsFor,
  storedRowsFor,
} from './forms.ts';
import { BEFORE_CONFERENCE, CONFERENCE_PATH, CONFERENCE_UNDER_WAY, REGISTER_PATH } from './site.ts';

const JOIN_CHECK = 'Check your answers before sending your application';
const REGISTER_CHECK = 'Check your answers before registering';
const CONFERENCE = 'Peru Support Group Annual Conference';

test.describe('membership application', () => {
  test('errors are summarised and linked to their fields; fixed answers are sent and stored', async ({
    page,
    server,
  }, testInfo) => {
    const who = applicant(testInfo.testId);
    await page.goto('/join');
    await page.getByRole('button', { name: 'Continue' }).click();

    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Join the Peru Support Group/);
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your full name',
      'Enter your email address',
      'Enter the first line of your address',
      'Enter your town or city',
      // Country starts as United Kingdom, where a postcode is needed.
      'Enter your postcode',
      'Select a type of membership',
      'Select how you will pay',
    ]);

    // Each link moves focus to its question; the field says what is wrong.
    await summary.getByRole('link', { name: 'Enter your full name' }).click();
    const fullName = page.getByLabel('Full name', { exact: true });
    await expect(fullName).toBeFocused();
    await expect(fullName).toHaveAttribute('aria-invalid', 'true');
    await expect(fullName).toHaveAccessibleDescription(/Enter your full name/);
    await summary.getByRole('link', { name: 'Select a type of membership' }).click();
    await expect(page.getByRole('radio', { name: 'Individual' })).toBeFocused();

    // A wrong email and postcode are caught with specific messages; answers are kept.
    await fillMembershipForm(page, who);
    await page.getByLabel('Email address', { exact: true }).fill('rosa.example.org');
    await page.getByLabel('Postcode', { exact: true }).fill('LIMA 1');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter an email address in the correct format, like name@example.com',
      'Enter a real postcode, like WC1H 9QU',
    ]);
    await expect(fullName).toHaveValue(who.fullName);

    await page.getByLabel('Email address', { exact: true }).fill(who.email);
    await page.getByLabel('Postcode', { exact: true }).fill('wc1h9qu');
    await continueToCheckAnswers(page, JOIN_CHECK);
    await expect(page).toHaveTitle(/^Check your answers/);
    await expect(page.getByText('WC1H 9QU')).toBeVisible();
    await expect(page.getByText(who.email)).toBeVisible();

    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application sent');
    const reference = await readReference(page);
    expect(reference).toMatch(/^PSG-M-/);

    const rows = await exportedRowsFor('memberships', server.databasePath, who);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(reference);
    expect(rows[0]).toContain('WC1H 9QU');

    // Back from the confirmation does not offer to send the answers again.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join the Peru Support Group');
    await expect(page.getByLabel('Full name', { exact: true })).toHaveValue('');
  });

  test('"Change" on check answers goes back to the field, with the answers kept', async ({
    page,
  }, testInfo) => {
    const who = applicant(testInfo.testId);
    await page.goto('/join');
    await fillMembershipForm(page, who);
    await continueToCheckAnswers(page, JOIN_CHECK);

    await page.getByRole('link', { name: 'Change email address' }).click();
    const email = page.getByLabel('Email address', { exact: true });
    await expect(email).toBeFocused();
    await expect(email).toHaveValue(who.email);
    await expect(page.getByLabel('Town or city', { exact: true })).toHaveValue('London');
  });

  test('with the server unreachable the answers are kept, and "Try again" sends them once', async ({
    page,
    problems,
    server,
  }, testInfo) => {
    problems.allow(/\/api\/memberships/);
    problems.allow(/console error: Failed to load resource: net::ERR_/);
    const who = applicant(testInfo.testId);
    await page.goto('/join');
    await fillMembershipForm(page, who);
    await continueToCheckAnswers(page, JOIN_CHECK);

    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Submit application' }).click();
    const problem = page.getByRole('alert', { name: 'Your answers have not been sent' });
    await expect(problem).toBeFocused();
    await expect(problem).toContainText('Check your internet connection');
    await expect(page.getByText(who.fullName)).toBeVisible();

    // Still there after a reload: the answers live in this tab until they are sent.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(JOIN_CHECK);
    await expect(page.getByText(who.fullName)).toBeVisible();
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(problem).toBeVisible();
    expect(storedRowsFor('memberships', server.databasePath, who)).toHaveLength(0);

    await page.unrouteAll();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application sent');
    const reference = await readReference(page);
    const rows = storedRowsFor('memberships', server.databasePath, who);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(reference);
  });
});

test('a form step opened without answers (a bookmark, a new tab) goes back to its form', async ({
  page,
  setTime,
}) => {
  await setTime(BEFORE_CONFERENCE);
  const join = { path: '/join', heading: 'Join the Peru Support Group' };
  const register = { path: REGISTER_PATH, heading: `Register for ${CONFERENCE}` };
  for (const [path, form] of [
    ['/join/check-answers', join],
    ['/join/confirmation', join],
    [`${REGISTER_PATH}/check-answers`, register],
    [`${REGISTER_PATH}/confirmation`, register],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(form.heading);
    await expect(page).toHaveURL(new RegExp(`${form.path}$`));
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  }
});

test.describe('conference registration', () => {
  test('register while registration is open: errors, check answers, confirmation, stored', async ({
    page,
    server,
    setTime,
  }, testInfo) => {
    const who = applicant(testInfo.testId);
    await setTime(BEFORE_CONFERENCE);
    await page.goto(CONFERENCE_PATH);
    await expect(page.getByText('Registration is open.')).toBeVisible();
    await page.getByRole('link', { name: 'Register' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Register for ${CONFERENCE}`);

    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Register for/);
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your full name',
      'Enter your email address',
      'Select whether you are a member, a concession or a non-member',
    ]);
    await summary.getByRole('link', { name: /Select whether/ }).click();
    await expect(page.getByRole('radio', { name: 'Members', exact: true })).toBeFocused();
    await summary.getByRole('link', { name: 'Enter your email address' }).click();
    await expect(page.getByLabel('Email address', { exact: true })).toBeFocused();

    await fillRegistrationForm(page, who);
    await expect(page.getByText('Your price: £8 (Concessions)')).toBeVisible();
    await continueToCheckAnswers(page, REGISTER_CHECK);
    await expect(page.getByText('Concessions (£8)')).toBeVisible();
    await page.getByRole('button', { name: 'Register', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration complete');
    const reference = await readReference(page);
    expect(reference).toMatch(/^PSG-E-/);
    await expect(page.getByRole('link', { name: 'Add to calendar' })).toBeVisible();

    const rows = await exportedRowsFor('registrations', server.databasePath, who);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(reference);
    expect(rows[0]).toContain('annual-conference-2016');
  });

  test('a send whose answer is lost is stored once when tried again', async ({
    page,
    problems,
    server,
    setTime,
  }, testInfo) => {
    problems.allow(/\/api\/events\/annual-conference-2016\/registrations/);
    problems.allow(/console error: Failed to load resource: net::ERR_/);
    const who = applicant(testInfo.testId);
    await setTime(BEFORE_CONFERENCE);
    await page.goto(REGISTER_PATH);
    await fillRegistrationForm(page, who);
    await continueToCheckAnswers(page, REGISTER_CHECK);

    // The registration reaches the server and is stored, but the answer never arrives.
    let reachedServer = false;
    await page.route('**/api/**', async (route) => {
      await route.fetch();
      reachedServer = true;
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(
      page.getByRole('alert', { name: 'Your answers have not been sent' }),
    ).toBeFocused();
    expect(reachedServer).toBe(true);
    expect(storedRowsFor('registrations', server.databasePath, who)).toHaveLength(1);

    await page.unrouteAll();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration complete');
    const reference = await readReference(page);
    const rows = storedRowsFor('registrations', server.databasePath, who);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(reference);
  });

  test('once the conference has started, registration shows as closed', async ({
    page,
    setTime,
  }) => {
    await setTime(CONFERENCE_UNDER_WAY);
    await page.goto(CONFERENCE_PATH);
    await expect(page.getByText('Registration closed: this event has started.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Register' })).toHaveCount(0);

    await page.goto(REGISTER_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration is closed');
    await expect(page.getByText(`Registration closed when ${CONFERENCE} started.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
    await page.getByRole('link', { name: `Back to ${CONFERENCE}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFERENCE);
  });

  test('if the conference starts while someone checks their answers, the server refuses and the page says so', async ({
    page,
    problems,
    server,
    setTime,
  }, testInfo) => {
    problems.allow(/409.*\/api\/events\/annual-conference-2016\/registrations/);
    problems.allow(/console error: Failed to load resource.*status of 409/);
    const who = applicant(testInfo.testId);
    await setTime(BEFORE_CONFERENCE);
    await page.goto(REGISTER_PATH);
    await fillRegistrationForm(page, who);
    await continueToCheckAnswers(page, REGISTER_CHECK);

    // Only the server's clock moves: the page still thinks registration is open.
    server.setNow(new Date(CONFERENCE_UNDER_WAY));
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration is closed');
    expect(storedRowsFor('registrations', server.databasePath, who)).toHaveLength(0);
  });
});
