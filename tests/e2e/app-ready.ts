import type { Page } from 'playwright-core';

/**
 * Resolves once React has taken over the prerendered HTML: the root layout then marks <html>
 * with data-app-ready. Until then a click on a link is an ordinary page load, and text typed
 * into a form may be lost, so the tests wait, as a visitor does without noticing.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
}
