import type { Browser } from 'playwright-core';
import { createSizer, sum, type FileSize } from './bundle-size.ts';
import { measurePage, type PageWeight } from './page-weight.ts';

export type RouteLoad = {
  route: string;
  path: string;
  weight: PageWeight;
  /** Every file under /assets/ Chromium fetched, sized as check:size sizes them (gzip -6). */
  js: FileSize[];
  css: FileSize[];
  jsGzip: number;
  cssGzip: number;
};

/**
 * What Chromium actually loads for each page, until the network is idle: the HTML's scripts and
 * everything the code then imports on its own (lazy routes, prefetches, schemas).
 */
export async function measureRoutes(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  examples: readonly { route: string; path: string }[],
  onPage: (path: string) => void = () => {},
): Promise<RouteLoad[]> {
  const sizeOf = createSizer(distDir);
  const loads: RouteLoad[] = [];
  for (const { route, path } of examples) {
    onPage(path);
    const weight = await measurePage(browser, baseUrl, path);
    const files = (kind: 'js' | 'css') => [
      ...new Set(
        weight.transfers
          .filter((transfer) => transfer.kind === kind && transfer.url.startsWith('/assets/'))
          .map((transfer) => transfer.url.slice(1).split('?')[0]!),
      ),
    ];
    const js = await Promise.all(files('js').map(sizeOf));
    const css = await Promise.all(files('css').map(sizeOf));
    loads.push({ route, path, weight, js, css, jsGzip: sum(js), cssGzip: sum(css) });
  }
  return loads;
}
