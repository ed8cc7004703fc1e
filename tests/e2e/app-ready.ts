import type { Page } from 'playwright-core';

/**
 * Resolves once React has taken over the whole prerendered page. The root layout marks <html>
 * with data-app-ready when it hydrates, but parts of a page hydrate later on their own (the join
 * page's form arrives as a lazy chunk, and then re-renders with the saved draft), so the test
 * also waits until every element in #root belongs to React. Until then a click on a link is an
 * ordinary page load, and text typed into a form may be lost.
 */
export async function waitForApp(page: Page): Promise<void> {
  // No named functions inside: tsx (npm run screenshots) would wrap them in a helper that the
  // page does not have.
  await page.waitForFunction(() => {
    if (document.documentElement.dataset.appReady !== 'true') return false;
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0) return false;
    return [...root.querySelectorAll('*')].every((element) =>
      Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
    );
  });
}
