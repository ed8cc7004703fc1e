import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { applicant, continueToCheckAnswers, fillMembershipForm, readReference } from './forms.ts';
import { CONFERENCE_PATH } from './site.ts';

const ORIGIN = 'https://www.perusupportgroup.org.uk';

/**
 * The page as printed: none of the site's chrome, its address and the date on top, link targets
 * after link text, blocks kept whole. Saves a print-media screenshot at 360 and 1280 px.
 */
async function expectPrintable(page: Page, path: string, testInfo: TestInfo, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);

  const top = page.locator('.print-header');
  await expect(top).toBeVisible();
  await expect(top).toContainText(`${ORIGIN}${path}`);
  await expect(top).toContainText(/printed on \w+day \d{1,2} \w+ \d{4}/);

  const links = await page.locator('main a[href]:not([href^="#"])').evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      href: anchor.getAttribute('href'),
      after: getComputedStyle(anchor, '::after').content,
    })),
  );
  for (const { href, after } of links) expect(after).toContain(`(${href})`);

  const unbroken = await page
    .locator('main li, main tr, main .facts > div, main .confirmation-panel')
    .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakInside));
  expect(new Set(unbroken)).toEqual(new Set(unbroken.length ? ['avoid'] : []));

  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: testInfo.outputPath(`print-${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.emulateMedia({ media: 'screen' });
}

test('an article, a topic and the event page print without the site around them', async ({
  page,
}, testInfo) => {
  // The dark theme on screen does not reach paper.
  await page.emulateMedia({ colorScheme: 'dark' });
  const article = '/news/peru-support-groups-annual-conference-on-5-november';
  await page.goto(article);
  await expectPrintable(page, article, testInfo, 'article');
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(27, 27, 27)');
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/background/why-join-the-psg');
  await expectPrintable(page, '/background/why-join-the-psg', testInfo, 'topic');

  await page.goto(CONFERENCE_PATH);
  await expectPrintable(page, CONFERENCE_PATH, testInfo, 'event');
});

test('a confirmation prints with its reference number', async ({ page }, testInfo) => {
  await page.goto('/join');
  await fillMembershipForm(page, applicant(testInfo.testId));
  await continueToCheckAnswers(page, 'Check your answers before sending your application');
  await page.getByRole('button', { name: 'Submit application' }).click();
  const reference = await readReference(page);
  await expectPrintable(page, '/join/confirmation', testInfo, 'confirmation');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(reference)).toBeVisible();
});

test('the confirmation reference stays on one line on a 360 px phone', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/join');
  await fillMembershipForm(page, applicant(testInfo.testId));
  await continueToCheckAnswers(page, 'Check your answers before sending your application');
  await page.getByRole('button', { name: 'Submit application' }).click();
  const reference = page.locator('.confirmation-panel__reference');
  await expect(reference).toHaveText(await readReference(page));
  // One box per line the text takes.
  expect(
    await reference.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  ).toBe(1);
});
