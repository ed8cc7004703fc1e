import { test as base, expect, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { waitForApp } from './app-ready.ts';
import { startServer, type TestServer } from '../support/test-server.ts';

/**
 * Everything that goes wrong in the page while a test runs: console errors, uncaught
 * exceptions, failed requests and HTTP errors. A test fails on any it did not `allow`.
 */
export class PageProblems {
  private readonly seen: string[] = [];
  private readonly allowed: RegExp[] = [];

  /** Expect problems matching this pattern (a deliberate 500, an unknown slug's 404). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  record(problem: string): void {
    this.seen.push(problem);
  }

  /** Expect the page at this path to answer with this status (a real 404 for "Page not found"). */
  allowPageStatus(path: string, status: number): void {
    const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.allow(new RegExp(`^HTTP ${status}: GET https?://[^/]+${escaped}$`));
    this.allow(
      new RegExp(`^console error: Failed to load resource: .*status of ${status}.*${escaped}`),
    );
  }

  unexpected(): string[] {
    return this.seen.filter((problem) => !this.allowed.some((pattern) => pattern.test(problem)));
  }

  watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      this.record(`console error: ${message.text()}${where ? ` (at ${where})` : ''}`);
    });
    page.on('pageerror', (error) => this.record(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'no reason';
      // Cancelled by the page itself (a reload, a navigation, an AbortController): not a fault.
      if (reason === 'net::ERR_ABORTED') return;
      this.record(`request failed: ${request.method()} ${request.url()} (${reason})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.record(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
      }
    });
  }
}

type TestFixtures = {
  problems: PageProblems;
  /** Sets the server's clock and the browser's to the same fixed time, for this test only. */
  setTime: (iso: string) => Promise<void>;
};
type WorkerFixtures = { server: TestServer };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // One server (and one database) per worker, stopped whatever happens.
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern
    async ({}, provide) => {
      const server = await startServer();
      try {
        await provide(server);
      } finally {
        await server.close();
      }
    },
    { scope: 'worker', timeout: 30_000 },
  ],

  baseURL: async ({ server }, provide) => {
    await provide(server.baseUrl);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern
  problems: async ({}, provide) => {
    await provide(new PageProblems());
  },

  page: async ({ page, problems, javaScriptEnabled }, provide, testInfo) => {
    problems.watch(page);
    // Every full page load in the suite waits for the app to start (see waitForApp), except
    // with JavaScript off, where the page as served is all there is.
    if (javaScriptEnabled === false) return provide(page);
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await waitForApp(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await waitForApp(page);
      return response;
    };
    await provide(page);

    const unexpected = problems.unexpected();
    const failed = testInfo.status !== testInfo.expectedStatus || unexpected.length > 0;
    if (failed && !page.isClosed()) {
      // The screenshot comes from `screenshot: 'only-on-failure'`; the HTML shows what it hides.
      await writeFile(testInfo.outputPath('page.html'), await page.content()).catch(() => {});
    }
    expect(unexpected, 'console errors or failed requests in the page').toEqual([]);
  },

  setTime: async ({ page, server }, provide) => {
    await provide(async (iso) => {
      const time = new Date(iso);
      server.setNow(time);
      await page.clock.setFixedTime(time);
    });
    server.setNow(null);
  },
});

export { expect };
