import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, as axe tags them (its target-size rule is in wcag22aa). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the whole page; throws with each violation's rule, impact and elements. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const nodes = violation.nodes
      .map(
        (node) =>
          `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`,
      )
      .join('\n');
    return `  ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
  });
  throw new Error(
    `${violations.length} accessibility violation(s) on ${label}:\n${lines.join('\n')}`,
  );
}

/** The widths axe checks: a small phone and a desktop. */
const THEMES = ['light', 'dark'] as const;

const AXE_WIDTHS = [360, 1280];

/**
 * WCAG 1.4.10 reflow. A 1280 px window zoomed to 200% lays the page out in 640 CSS px, and to
 * 400% in 320 CSS px: zoom shrinks the CSS viewport and draws each CSS pixel larger. So a
 * viewport of that CSS width gives the same layout (media queries and rem sizes included, as the
 * default font size is unchanged); only the sharpness of the drawing differs, which no check here
 * depends on.
 */
const ZOOM_WIDTHS = [
  { width: 640, zoom: '200%' },
  { width: 320, zoom: '400%' },
];

/**
 * Checks the page as it stands at every width: axe (WCAG 2.2 A and AA, which includes target
 * size and colour contrast) at 360 and 1280 px in the light and the dark theme, and no sideways scrolling at the zoomed widths. The same page is
 * resized rather than reloaded, so states reached by a journey are checked as they are.
 */
export async function checkPage(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const width of AXE_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Both themes: the device's setting picks one (no theme chosen in the header).
    for (const colorScheme of THEMES) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `${label} at ${width} px, ${colorScheme} theme`);
    }
    await page.emulateMedia({ colorScheme: null });
  }
  for (const { width, zoom } of ZOOM_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 5)
        .map((element) => element.outerHTML.slice(0, 120));
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(
      overflow.scrollWidth,
      `${label} scrolls sideways at ${zoom} zoom (${width} CSS px); too wide: ${overflow.wide.join(' | ')}`,
    ).toBeLessThanOrEqual(overflow.clientWidth);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
