import { checkPage } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { ROUTES } from './site.ts';

/**
 * Every address of the site, opened directly (a bookmark, a shared link) and reloaded: the
 * server answers with the page itself (or a real 404 for "Page not found"), never an error, and
 * the page passes axe at phone and desktop widths and reflows without sideways scrolling when
 * zoomed.
 */
for (const route of ROUTES) {
  test(`${route.path}: deep link, reload, accessibility and reflow`, async ({
    page,
    problems,
    setTime,
  }) => {
    // axe at two widths and two zooms in both themes: near the 30 s default on a busy machine.
    test.slow();
    const status = route.status ?? 200;
    if (status !== 200) problems.allowPageStatus(route.path, status);
    if (route.time) await setTime(route.time);
    const heading = page.getByRole('heading', { level: 1 });

    const response = await page.goto(route.path);
    expect(response?.status()).toBe(status);
    await expect(heading).toHaveText(route.heading);

    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(status);
    await expect(heading).toHaveText(route.heading);

    await checkPage(page, route.name);
  });
}
