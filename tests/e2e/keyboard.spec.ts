import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { BEFORE_CONFERENCE } from './site.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('the first Tab reaches "Skip to main content", and Enter moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/');
  await expect(heading(page)).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab starts inside the page, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test("after each client navigation, focus is on the new page's heading and it is announced", async ({
  page,
}) => {
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });

  const steps: [action: () => Promise<void>, title: string][] = [
    [() => nav.getByRole('link', { name: 'News' }).click(), 'News'],
    [() => page.getByRole('link', { name: 'Opposition to TPP' }).click(), 'Opposition to TPP'],
    [() => page.getByRole('link', { name: 'All news' }).click(), 'News'],
    [() => nav.getByRole('link', { name: 'Background' }).click(), 'Background'],
    [() => page.getByRole('link', { name: 'Climate Change' }).click(), 'Climate Change'],
    [() => page.goBack().then(() => undefined), 'Background'],
    [() => nav.getByRole('link', { name: 'Join' }).press('Enter'), 'Join the Peru Support Group'],
  ];
  for (const [act, title] of steps) {
    await act();
    await expect(heading(page)).toHaveText(title);
    await expect(heading(page)).toBeFocused();
    // The route announcer, a polite live region, reads out the new page's title.
    await expect(
      page.getByRole('status').filter({ hasText: `${title} – Peru Support Group` }),
    ).toHaveCount(1);
  }
});

/** Styles that can show focus; at least one must differ between unfocused and focused. */
const FOCUS_STYLES = [
  'outline-style',
  'outline-width',
  'outline-color',
  'background-color',
  'box-shadow',
  'color',
  'text-decoration-line',
  'border-color',
] as const;

test('every control on the home page is reached by Tab and visibly focused', async ({
  page,
  setTime,
}) => {
  // Before the conference the home page also shows its call-out, with one more link.
  await setTime(BEFORE_CONFERENCE);
  await page.goto('/');
  await expect(
    page.getByRole('region', { name: 'Peru Support Group Annual Conference' }),
  ).toBeVisible();

  // Number every focusable control and note how it looks unfocused.
  const controls = await page.evaluate((styles) => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.getClientRects().length > 0 || element.matches('.skip-link'))
      .map((element, index) => {
        element.dataset.e2eControl = String(index);
        const computed = getComputedStyle(element);
        return {
          index,
          name: (element.textContent ?? '').trim().slice(0, 60),
          unfocused: styles.map((property) => computed.getPropertyValue(property)),
        };
      });
  }, FOCUS_STYLES);
  expect(controls.length).toBeGreaterThan(20);

  const reached = new Set<number>();
  for (let press = 0; press < controls.length + 3; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((styles) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const computed = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        index: Number(element.dataset.e2eControl ?? -1),
        focused: styles.map((property) => computed.getPropertyValue(property)),
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
      };
    }, FOCUS_STYLES);
    if (!focused) break;
    const control = controls[focused.index];
    expect(control, 'focus went to an element that is not a control').toBeDefined();
    if (!control) continue;
    if (reached.has(control.index)) break;
    reached.add(control.index);

    const changed = FOCUS_STYLES.filter((_, i) => control.unfocused[i] !== focused.focused[i]);
    expect(
      changed.length,
      `"${control.name}" looks the same focused and unfocused`,
    ).toBeGreaterThan(0);
    expect(focused.onScreen, `"${control.name}" is focused off screen`).toBe(true);
  }

  const missed = controls.filter((control) => !reached.has(control.index)).map((c) => c.name);
  expect(missed, 'controls never reached by Tab').toEqual([]);
});
