import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { DIST_DIR } from '../support/test-server.ts';

const NO_SCRIPT_MESSAGE = /Search needs JavaScript on this copy of the site/;

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Node server answers /search?q=bambas with the results in the page', async ({
    page,
  }) => {
    await page.goto('/search?q=bambas');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByRole('status').filter({ hasText: 'for “bambas”' })).toHaveText(
      /^\d+ results? for “bambas”$/,
    );
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(
      results.getByRole('link', { name: 'Violence at Las Bambas, again' }),
    ).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText('Bambas');
    await expect(page.getByText(NO_SCRIPT_MESSAGE)).toHaveCount(0);
    await expect(page).toHaveTitle('Search: bambas – Peru Support Group');
  });

  test('the header search box submits to the server and the result opens', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('martin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=martin$/);
    const result = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /Vizcarra contributes/ });
    await result.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Vizcarra contributes/);
  });

  test('on a static host (the prerendered page, no server) it says search needs JavaScript', async ({
    page,
  }) => {
    // What a static host sends for /search?q=…: the one prerendered search page.
    await page.route('**/search?q=*', (route) =>
      route.fulfill({ path: join(DIST_DIR, 'search', 'index.html') }),
    );
    await page.goto('/search?q=bambas');
    await expect(page.getByText(NO_SCRIPT_MESSAGE)).toBeVisible();
  });
});

test('with JavaScript, a server-rendered search hydrates without fetching the index again', async ({
  page,
}) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/content/search/')) indexRequests.push(request.url());
  });
  await page.goto('/search?q=bambas');
  await expect(page.getByRole('link', { name: 'Violence at Las Bambas, again' })).toBeVisible();
  expect(indexRequests).toEqual([]);
  await expect(page.getByText(NO_SCRIPT_MESSAGE)).toBeHidden();

  // A new search runs in the browser, reading only the index files it needs.
  const box = page.getByRole('searchbox', { name: /Search news/ });
  await box.fill('tavistock');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=tavistock$/);
  await expect(
    page.getByRole('link', { name: 'Peru Support Group Annual Conference' }).first(),
  ).toBeVisible();
  expect(indexRequests.some((url) => url.endsWith('/manifest.json'))).toBe(true);
  expect(indexRequests.filter((url) => url.includes('/terms/'))).toEqual([
    expect.stringMatching(/\/terms\/ta\.json$/),
  ]);
});
