import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ARTICLE = '/news/peru-support-groups-annual-conference-on-5-november';
/** The page background of each theme (--colour-page in styles.css). */
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(20, 20, 20)';

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** The colour actually drawn at a point of a screenshot, read back through a canvas. */
async function paintedAt(page: Page, png: Buffer, x: number, y: number): Promise<string> {
  return page.evaluate(
    async ({ data, x, y }) => {
      // An <img>, not fetch(): the site's CSP allows data: images but no data: connections.
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const bitmap = await createImageBitmap(image);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const [r, g, b] = context.getImageData(x, y, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    },
    { data: png.toString('base64'), x, y },
  );
}

test.describe('the device setting', () => {
  test.use({ colorScheme: 'dark' });

  test('a dark device gets the dark theme; the header choice overrides it', async ({ page }) => {
    await page.goto('/');
    expect(await pageBackground(page)).toBe(DARK);
    const choice = page.getByLabel('Colour theme');
    await expect(choice).toHaveValue('system');

    await choice.selectOption({ label: 'Light theme' });
    // Applied once the choice's code has loaded (and, before hydration, once it hydrates).
    await expect.poll(() => pageBackground(page)).toBe(LIGHT);
    await page.reload();
    await expect(choice).toHaveValue('light');
    expect(await pageBackground(page)).toBe(LIGHT);

    // Back to the device's setting: nothing is kept, and the device's dark applies again.
    await choice.selectOption({ label: 'Device theme' });
    // Applied once the choice's code has loaded (and, before hydration, once it hydrates).
    await expect.poll(() => pageBackground(page)).toBe(DARK);
    expect(await page.evaluate(() => localStorage.getItem('psg:theme'))).toBeNull();
  });
});

test.describe('a light device', () => {
  test.use({ colorScheme: 'light' });

  test('gets the light theme until the visitor chooses dark, kept after reload', async ({
    page,
  }) => {
    await page.goto('/');
    expect(await pageBackground(page)).toBe(LIGHT);
    const choice = page.getByLabel('Colour theme');
    await choice.selectOption({ label: 'Dark theme' });
    // Applied once the choice's code has loaded (and, before hydration, once it hydrates).
    await expect.poll(() => pageBackground(page)).toBe(DARK);
    await page.reload();
    await expect(choice).toHaveValue('dark');
    expect(await pageBackground(page)).toBe(DARK);
  });

  test('a chosen dark theme is painted before the app starts: no light flash', async ({
    page,
    context,
  }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Colour theme').selectOption({ label: 'Dark theme' });

    // A new page load with every script held back: what shows is the prerendered HTML and
    // the stylesheet, as a visitor sees it before hydration.
    const held: (() => Promise<void>)[] = [];
    let holding = true;
    await context.route(/\/assets\/.*\.js$/, (route) =>
      holding ? held.push(() => route.continue()) : route.continue(),
    );
    const fresh = await context.newPage();
    await fresh.goto(ARTICLE, { waitUntil: 'commit' });
    await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await fresh.evaluate(() => document.documentElement.dataset.appReady)).toBeUndefined();
    const png = await fresh.screenshot();
    await testInfo.attach('before-hydration', { body: png, contentType: 'image/png' });
    // Below the header, left margin of the page: the page's own background.
    expect(await paintedAt(fresh, png, 4, 400)).toBe(DARK);

    holding = false;
    await Promise.all(held.map((release) => release()));
    await fresh.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
    await expect(fresh.getByLabel('Colour theme')).toHaveValue('dark');
    expect(await pageBackground(fresh)).toBe(DARK);
  });
});
