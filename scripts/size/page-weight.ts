import type { Browser } from 'playwright-core';

export type ResourceKind = 'html' | 'js' | 'css' | 'json' | 'other';

export type Transfer = {
  url: string;
  kind: ResourceKind;
  /** Response body as it came over the wire (compressed), in bytes. */
  body: number;
  headers: number;
  encoding: string;
};

export type PageWeight = {
  path: string;
  transfers: Transfer[];
  /** Compressed body bytes by kind. */
  bytes: Record<ResourceKind, number>;
  /** Bodies plus response headers: everything the server sent. */
  total: number;
  failed: string[];
  /** Where the page ended up (path and query) after any redirect or client-side navigation. */
  finalPath: string;
  /**
   * The URL the served HTML was prerendered for (from its data handoff), or null if it had none.
   * Anything but `path` means the server sent another page's HTML and the app re-rendered it.
   */
  prerenderedFor: string | null;
};

function kindOf(resourceType: string, contentType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  if (contentType.includes('json')) return 'json';
  return 'other';
}

/** The `url` field of the page's <script id="psg-state"> data, if it has one. */
export function handoffUrl(html: string): string | null {
  const match = /<script[^>]*\bid="psg-state"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!match) return null;
  try {
    const data = JSON.parse(match[1]!) as { url?: unknown };
    return typeof data.url === 'string' ? data.url : null;
  } catch {
    return null;
  }
}

/** How long the network must be quiet after the app has started for a page to count as loaded. */
const QUIET_MS = 1000;

/**
 * Loads `path` in a fresh browser context (empty cache) and waits until the app has started and
 * the network has then been quiet for a second, so the code and JSON the app fetches or
 * prefetches after hydrating count too. The
 * browser asks for gzip only: these are the bytes a gzip client receives from the real server.
 */
export async function measurePage(
  browser: Browser,
  baseUrl: string,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });
  const pending: Promise<Transfer | null>[] = [];
  const failed: string[] = [];
  try {
    const page = await context.newPage();
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          const headers = response ? response.headers() : {};
          return {
            url: request.url().replace(baseUrl, ''),
            kind: kindOf(request.resourceType(), headers['content-type'] ?? ''),
            body: sizes.responseBodySize,
            headers: sizes.responseHeadersSize,
            encoding: headers['content-encoding'] ?? 'identity',
          };
        })().catch(() => null),
      );
    });
    let inFlight = 0;
    let lastActivity = performance.now();
    const activity = (change: number) => () => {
      inFlight += change;
      lastActivity = performance.now();
    };
    page.on('request', activity(1));
    page.on('requestfinished', activity(-1));
    page.on('requestfailed', activity(-1));
    const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${path} answered HTTP ${response?.status()}`);
    // The app starts after the first paint and hydrates in pieces, and on a busy machine that
    // can leave the network quiet for a while before the code asks for more (a lazy part, a
    // prefetch): so wait until the app has taken over, and then until the network has been
    // quiet for QUIET_MS.
    await page
      .waitForFunction(() => document.documentElement.dataset.appReady === 'true', null, {
        timeout: 15_000,
      })
      .catch(() => {});
    const giveUp = performance.now() + 30_000;
    while (
      (inFlight > 0 || performance.now() - lastActivity < QUIET_MS) &&
      performance.now() < giveUp
    ) {
      await page.waitForTimeout(100);
    }
    const prerenderedFor = handoffUrl(await response.text());
    const finalUrl = new URL(page.url());
    const transfers = (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
    const bytes: Record<ResourceKind, number> = { html: 0, js: 0, css: 0, json: 0, other: 0 };
    let total = 0;
    for (const transfer of transfers) {
      bytes[transfer.kind] += transfer.body;
      total += transfer.body + transfer.headers;
    }
    return {
      path,
      transfers,
      bytes,
      total,
      failed,
      finalPath: finalUrl.pathname + finalUrl.search,
      prerenderedFor,
    };
  } finally {
    await context.close();
  }
}
