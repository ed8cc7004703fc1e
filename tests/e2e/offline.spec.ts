import type { Page } from '@playwright/test';
import { checkPage } from './axe.ts';
import { expect, test } from './fixtures.ts';
import {
  applicant,
  continueToCheckAnswers,
  exportedRowsFor,
  fillMembershipForm,
  readReference,
} from './forms.ts';

// The one spec with the service worker on (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });
// Long journeys with axe in both themes at two widths.
test.slow();

const ARTICLE = '/news/peru-support-groups-annual-conference-on-5-november';
const ARTICLE_TITLE = "Peru Support Group's Annual Conference on 5 November";

/** Waits until the service worker has kept this page for reading offline. */
async function waitUntilKept(page: Page, path: string) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), path), {
      timeout: 15_000,
    })
    .toBe(true);
}

test('pages opened online reopen with the network cut; others show the offline page', async ({
  page,
  context,
  problems,
}) => {
  problems.allow(/ERR_INTERNET_DISCONNECTED/);
  // The first visit: the page loaded before the worker existed, and is kept once it is ready.
  await page.goto(ARTICLE);
  await waitUntilKept(page, ARTICLE);
  // A page reached by a link inside the app.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Background' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Background');
  await waitUntilKept(page, '/background');

  await context.setOffline(true);
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE);
  await page.goto('/background');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Background');

  // Never opened: the offline page, a static page without the app.
  const other = await context.newPage();
  await other.goto('/notices');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(other).toHaveTitle('You are offline – Peru Support Group');
  await checkPage(other, 'offline page');
  await other.close();
  await context.setOffline(false);
});

test('a Spanish page never opened shows the offline page in Spanish, an English one in English', async ({
  page,
  context,
  problems,
}) => {
  problems.allow(/ERR_INTERNET_DISCONNECTED/);
  await page.goto('/es');
  // The worker has installed, with both offline pages precached (under a revision query).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          Boolean(await caches.match('/es/offline.html', { ignoreSearch: true })),
        ),
      { timeout: 15_000 },
    )
    .toBe(true);

  await context.setOffline(true);
  const other = await context.newPage();
  await other.goto('/es/notices');
  await expect(other.locator('html')).toHaveAttribute('lang', 'es');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('No tiene conexión');
  // Its links stay in Spanish.
  await expect(other.getByRole('link', { name: 'las noticias' })).toHaveAttribute(
    'href',
    '/es/news',
  );
  await checkPage(other, 'offline page in Spanish');
  await other.goto('/events');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await other.close();
  await context.setOffline(false);
});

test('an application sent offline is kept, then sent once when the connection returns', async ({
  page,
  context,
  server,
  problems,
}, testInfo) => {
  problems.allow(/\/api\/memberships.*ERR_INTERNET_DISCONNECTED|ERR_INTERNET_DISCONNECTED/);
  const who = applicant(testInfo.testId);
  await page.goto('/join');
  await fillMembershipForm(page, who);
  await continueToCheckAnswers(page, 'Check your answers before sending your application');

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveText(
    /You are offline\. Your answers are kept on this device and will be sent as soon as your connection returns/,
  );
  expect(await exportedRowsFor('memberships', server.databasePath, who)).toHaveLength(0);
  await checkPage(page, 'join check answers, waiting for the connection');

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application sent');
  const reference = await readReference(page);
  const rows = await exportedRowsFor('memberships', server.databasePath, who);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain(reference);
});

test('the site can be installed: a manifest with local icons', async ({ page, request }) => {
  // Nothing but the page is requested before its first paint: the prerendered HTML carries its
  // favicon as a data: address and no manifest link, which the boot script adds after the paint.
  const html = await (await request.get('/')).text();
  expect(html).not.toContain('rel="manifest"');
  expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+"/);
  for (const file of ['/favicon.svg', '/favicon.ico']) {
    const icon = await request.get(file);
    expect(icon.status(), file).toBe(200);
    expect(icon.headers()['content-type'], file).toMatch(/^image\//);
  }
  const iconRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/favicon\./.test(request.url())) iconRequests.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(iconRequests).toEqual([]);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Peru Support Group',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) {
    expect(icon.src).toMatch(/^\/icons\//);
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('the membership desk is never kept by the service worker', async ({ page, problems }) => {
  // Signed out: the desk asks for its session and is told there is none.
  problems.allow(/^HTTP 401: GET https?:\/\/[^/]+\/api\/admin\/session$/);
  problems.allow(/^console error: Failed to load resource: .*status of 401/);
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  // Opened through the worker, with its code and styles.
  await page.goto('/admin');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in to the membership desk' }),
  ).toBeVisible();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  // The public site is kept (the precache holds its code)...
  expect(kept).toContain('/offline.html');
  expect(kept.some((path) => /^\/assets\/index-.*\.js$/.test(path))).toBe(true);
  // ...and nothing of the desk: not its page, nor its code and styles.
  expect(kept.filter((path) => /^\/admin|^\/assets\/admin-/.test(path))).toEqual([]);
});
