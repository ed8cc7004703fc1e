import { checkPage, expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import {
  applicant,
  continueToCheckAnswers,
  fillMembershipForm,
  fillRegistrationForm,
} from './forms.ts';
import { BEFORE_CONFERENCE, CONFERENCE_PATH, CONFERENCE_UNDER_WAY, REGISTER_PATH } from './site.ts';

test.describe('pages in other states, at 360 and 1280 px, and zoomed to 200% and 400%', () => {
  // Each test runs axe at two widths, two zooms and two themes: close to the 30 s default when
  // the machine is busy, so these get Playwright's slow-test time (×3).
  test.slow();
  test('home and event page before the conference', async ({ page, setTime }) => {
    await setTime(BEFORE_CONFERENCE);
    await page.goto('/');
    await expect(page.getByText('Upcoming event')).toBeVisible();
    await checkPage(page, 'home before the conference');

    await page
      .getByRole('region', { name: 'Peru Support Group Annual Conference' })
      .getByRole('link')
      .click();
    await expect(page.getByText('Registration is open.')).toBeVisible();
    await checkPage(page, 'event with registration open');
  });

  test('event page and registration once the conference has started', async ({ page, setTime }) => {
    await setTime(CONFERENCE_UNDER_WAY);
    await page.goto(CONFERENCE_PATH);
    await expect(page.getByText('Registration closed: this event has started.')).toBeVisible();
    await checkPage(page, 'event under way');

    await page.goto(REGISTER_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration is closed');
    await checkPage(page, 'registration closed');
  });

  test('error page, with its technical details open', async ({ page, problems }) => {
    problems.allow(/notices\.json|status of 500/);
    await page.goto('/news');
    await page.route('**/content/notices.json', (route) => route.fulfill({ status: 500 }));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Notices' })
      .click();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.getByText('Technical details').click();
    await checkPage(page, 'error page');
  });
});

test.describe('each form empty, with errors, checked and confirmed', () => {
  test('membership application', async ({ page }, testInfo) => {
    await page.goto('/join');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    await checkPage(page, 'join form, empty');

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await checkPage(page, 'join form with errors');

    await fillMembershipForm(page, applicant(testInfo.testId));
    await continueToCheckAnswers(page, 'Check your answers before sending your application');
    await checkPage(page, 'join check answers');

    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application sent');
    await checkPage(page, 'join confirmation');
  });

  test('membership application that could not be sent', async ({ page, problems }, testInfo) => {
    problems.allow(/\/api\/memberships|net::ERR_/);
    await page.goto('/join');
    await fillMembershipForm(page, applicant(testInfo.testId));
    await continueToCheckAnswers(page, 'Check your answers before sending your application');
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect(
      page.getByRole('alert', { name: 'Your answers have not been sent' }),
    ).toBeFocused();
    await checkPage(page, 'join check answers, not sent');
  });

  test('conference registration', async ({ page, setTime }, testInfo) => {
    await setTime(BEFORE_CONFERENCE);
    await page.goto(REGISTER_PATH);
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    await checkPage(page, 'registration form, empty');

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await checkPage(page, 'registration form with errors');

    await fillRegistrationForm(page, applicant(testInfo.testId));
    await continueToCheckAnswers(page, 'Check your answers before registering');
    await checkPage(page, 'registration check answers');

    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration complete');
    await checkPage(page, 'registration confirmation');
  });
});

test('the accessibility check names the rule, its impact and the element when a page fails', async ({
  page,
}) => {
  await page.goto('/notices');
  // A broken image and an unlabelled button, added to the live page for this test only.
  await page.evaluate(() => {
    const main = document.getElementById('main-content');
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    image.id = 'e2e-no-alt';
    const button = document.createElement('button');
    button.id = 'e2e-no-name';
    main?.append(image, button);
  });
  const failure = await expectNoAxeViolations(page, 'notices with faults').then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  expect(failure).toContain('image-alt (critical)');
  expect(failure).toContain('#e2e-no-alt');
  expect(failure).toContain('button-name (critical)');
  expect(failure).toContain('#e2e-no-name');
});
