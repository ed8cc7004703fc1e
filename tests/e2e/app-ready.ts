import type { Page } from 'playwright-core';

/**
 * Resolves once React has taken over the prerendered HTML: every element in #root then carries
 * React's fiber key. (The app sets no marker of its own.) Until then a click on a link is an
 * ordinary page load, and text typed into a form may be lost, so the tests wait, as a visitor
 * does without noticing.
 */
export async function waitForApp(page: Page): Promise<void> {
  // No named functions inside: tsx (npm run screenshots) would wrap them in a helper that the
  // page does not have.
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0) return false;
    return [...root.querySelectorAll('*')].every((element) =>
      Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
    );
  });
}
