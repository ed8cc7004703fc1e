import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readNewsItems, ROUTES } from './site.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('every page in the main navigation opens, marked as the current page', async ({ page }) => {
  const sections = [
    { link: 'News', path: '/news', title: 'News' },
    { link: 'Notices', path: '/notices', title: 'Featured notices' },
    { link: 'Background', path: '/background', title: 'Background' },
    { link: 'Join', path: '/join', title: 'Join the Peru Support Group' },
    { link: 'Home', path: '/', title: 'Peru Support Group' },
  ];
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const section of sections) {
    const link = nav.getByRole('link', { name: section.link, exact: true });
    await link.click();
    await expect(heading(page)).toHaveText(section.title);
    expect(new URL(page.url()).pathname).toBe(section.path);
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(
      section.title === 'Peru Support Group'
        ? section.title
        : `${section.title} – Peru Support Group`,
    );
  }
});

test('the main navigation fits one line on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(links).toHaveCount(5);
  const tops = await links.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size, `link tops: ${tops.join(', ')}`).toBe(1);
});

test('every news item can be read from the home page', async ({ page }) => {
  const items = readNewsItems();
  expect(items).toHaveLength(8);
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Latest news' });
  await expect(latest.getByRole('heading', { level: 3 })).toHaveCount(items.length);

  for (const item of items) {
    await latest.getByRole('link', { name: item.title, exact: true }).click();
    await expect(heading(page)).toHaveText(item.title);
    expect(new URL(page.url()).pathname).toBe(`/news/${item.slug}`);
    // An article sits inside News: the link says so without claiming to be this page.
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }),
    ).toHaveAttribute('aria-current', 'true');
    await page.goBack();
    await expect(heading(page)).toHaveText('Peru Support Group');
  }
});

test('the articles can be read in turn with the "Older article" links', async ({ page }) => {
  const newestFirst = readNewsItems().sort(
    (a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug),
  );
  const [newest, ...rest] = newestFirst;
  if (!newest) throw new Error('no news items in public/content/news/items');

  await page.goto(`/news/${newest.slug}`);
  await expect(heading(page)).toHaveText(newest.title);
  const more = page.getByRole('navigation', { name: 'More news' });
  await expect(more.getByRole('link', { name: /Newer article/ })).toHaveCount(0);
  for (const item of rest) {
    await more.getByRole('link', { name: /Older article/ }).click();
    await expect(heading(page)).toHaveText(item.title);
  }
  await expect(more.getByRole('link', { name: /Older article/ })).toHaveCount(0);
});

test('"All news" from an article, then the browser back and forward buttons', async ({ page }) => {
  const article = ROUTES.find((route) => route.name === 'newsArticle');
  if (!article) throw new Error('no article route');
  await page.goto(article.path);
  await expect(heading(page)).toHaveText(article.heading);

  await page.getByRole('link', { name: 'All news' }).click();
  await expect(heading(page)).toHaveText('News');
  await expect(page).toHaveURL(/\/news$/);

  await page.goBack();
  await expect(heading(page)).toHaveText(article.heading);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));

  await page.goForward();
  await expect(heading(page)).toHaveText('News');
});

test('an unknown address shows "Page not found" with a way home', async ({ page, problems }) => {
  problems.allowPageStatus('/no-such-page', 404);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(heading(page)).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found – Peru Support Group');
  await page.getByRole('link', { name: 'home page' }).click();
  await expect(heading(page)).toHaveText('Peru Support Group');
});

test('an unknown article, notice, topic or event shows "Page not found"', async ({
  page,
  problems,
}) => {
  const paths = [
    '/news/no-such-article',
    '/notices/no-such-notice',
    '/background/no-such-topic',
    '/events/no-such-event',
  ];
  for (const path of paths) problems.allowPageStatus(path, 404);
  // On the server's 404 page the app still asks for the article's files, and is told 404 too.
  problems.allowPageStatus('/content/news/items/no-such-article.json', 404);
  problems.allowPageStatus('/content/news/neighbours/no-such-article.json', 404);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(heading(page), path).toHaveText('Page not found');
  }
});

test('a page whose content fails to load offers "Try again", which recovers', async ({
  page,
  problems,
}) => {
  problems.allow(/notices\.json/);
  problems.allow(/console error: Failed to load resource.*status of 500/);
  // Pages arrive prerendered with their content, so the failure comes on the next page.
  await page.goto('/news');
  await expect(heading(page)).toHaveText('News');

  let failing = true;
  // Fails every request (the app retries once by itself) until the "server" recovers.
  await page.route('**/content/notices.json', (route) =>
    failing ? route.fulfill({ status: 500, body: 'Server error' }) : route.fallback(),
  );
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Notices' }).click();
  await expect(heading(page)).toHaveText('Sorry, there is a problem with this page');
  await expect(page).toHaveTitle(/^Sorry, there is a problem/);
  await expect(heading(page)).toBeFocused();
  // Only the page is replaced: the header and its navigation stay usable.
  await expect(nav).toBeVisible();

  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(heading(page)).toHaveText('Featured notices');
  await expect(page.getByRole('link', { name: 'Membership discount' })).toBeVisible();
});

test('a dropped connection while changing page shows the error page, then recovers', async ({
  page,
  problems,
}) => {
  problems.allow(/topics\.json/);
  problems.allow(/console error: Failed to load resource: net::ERR_/);
  await page.goto('/news');
  await expect(heading(page)).toHaveText('News');

  let failing = true;
  await page.route('**/content/topics.json', (route) =>
    failing ? route.abort('connectionreset') : route.fallback(),
  );
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Background' })
    .click();
  await expect(heading(page)).toHaveText('Sorry, there is a problem with this page');

  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(heading(page)).toHaveText('Background');
});
