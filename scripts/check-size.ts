/**
 * npm run check:size (which passes --browser) — after a build, the gzip size of the JavaScript
 * each route loads. With --browser it serves the build with the real server and loads every
 * route in Chromium until the app has started and the network is quiet, so everything the page
 * fetches counts: its boot script's entry and preloads, lazy parts, prefetches. Fails (exit 1)
 * when the home route is over its budget, and then shows what its JavaScript is made of.
 *
 * Without --browser it only reads the build: the scripts each prerendered page names (module
 * scripts, modulepreloads, its boot script's entry and preloads) plus every chunk those import
 * statically (from Vite's manifest in dist-meta/).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  biggestContributors,
  checkBudget,
  createSizer,
  HOME_JS_BUDGET,
  kb,
  lazyChunks,
  pageBundle,
  prerenderedPages,
  readManifest,
  type BudgetResult,
  type Contributor,
  type LazyChunk,
  type RouteBundle,
} from './bench/bundle-size.ts';
import { launchBrowser, startSite } from './bench/page-weight.ts';
import { measureRoutes, type RouteLoad } from './bench/route-loads.ts';
import { appRoutes, pagesToVisit, routesOfPages } from './bench/routes.ts';
import { formatTable } from './bench/table.ts';
import { DEFAULT_LOCALE, LOCALES } from '../src/config/locales.ts';
import { paths } from '../src/config/paths.ts';

export type SizeReport = {
  routes: RouteBundle[];
  lazy: LazyChunk[];
  /** Only with --browser: what Chromium loaded for each route. */
  loaded?: RouteLoad[];
  budget: BudgetResult;
  contributors: Contributor[];
};

export async function checkSize(distDir: string, budget = HOME_JS_BUDGET): Promise<SizeReport> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  }
  const manifest = await readManifest(distDir);
  const sizeOf = createSizer(distDir);
  const routes = await Promise.all(
    [...routesOfPages(appRoutes(), await prerenderedPages(distDir))].map(([route, page]) =>
      pageBundle(distDir, manifest, route, page, sizeOf),
    ),
  );
  const home = routes.find((route) => route.route === '/');
  if (!home) throw new Error(`${distDir}/index.html has no prerendered home page`);
  const homeFiles = home.js.map((size) => size.file);
  const lazy = await lazyChunks(manifest, homeFiles, sizeOf);
  const result = checkBudget('/', home.jsGzip, budget);
  const contributors = result.over ? await biggestContributors(distDir, homeFiles) : [];
  return { routes, lazy, budget: result, contributors };
}

/** checkSize, then every route in Chromium; the budget is checked on what Chromium loaded. */
export async function checkSizeInBrowser(
  distDir: string,
  budget = HOME_JS_BUDGET,
): Promise<SizeReport> {
  const report = await checkSize(distDir, budget);
  const site = await startSite(distDir);
  let loaded: RouteLoad[];
  try {
    const browser = await launchBrowser();
    try {
      // The home page in each other language too (/es): the budget holds for every language.
      const otherHomes = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => ({
        route: paths.home({ locale }),
        path: paths.home({ locale }),
      }));
      const visits = [...(await pagesToVisit(distDir)), ...otherHomes];
      loaded = await measureRoutes(browser, site.baseUrl, distDir, visits);
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
  const homes = LOCALES.map((locale) => paths.home({ locale }));
  const home = loaded
    .filter((load) => homes.includes(load.route))
    .sort((a, b) => b.jsGzip - a.jsGzip)[0];
  if (!home) throw new Error('Chromium did not load the home page');
  const result = checkBudget(home.route, home.jsGzip, budget);
  const contributors = result.over
    ? await biggestContributors(
        distDir,
        home.js.map((file) => file.file),
      )
    : [];
  return { ...report, loaded, budget: result, contributors };
}

export function formatSizeReport(report: SizeReport): string {
  const lines: string[] = [];
  lines.push('JavaScript and CSS each route loads before its code runs (gzip):', '');
  lines.push(
    formatTable(
      ['route', 'example page', 'JS files', 'JS gzip', 'CSS gzip'],
      report.routes.map((route) => [
        route.route,
        route.page,
        route.js.length,
        kb(route.jsGzip),
        kb(route.cssGzip),
      ]),
    ),
  );
  if (report.lazy.length > 0) {
    lines.push('', 'Loaded on demand (dynamic imports), and what each adds to the home JS:', '');
    lines.push(
      formatTable(
        ['module', 'chunk gzip', 'adds (gzip)'],
        report.lazy
          .sort((a, b) => b.extraGzip - a.extraGzip)
          .map((chunk) => [chunk.src, kb(chunk.gzip), kb(chunk.extraGzip)]),
      ),
    );
  }
  if (report.loaded) {
    lines.push('', 'What Chromium loaded for each route, until the network was idle (gzip):', '');
    lines.push(
      formatTable(
        ['route', 'page', 'JS files', 'JS gzip', 'CSS gzip'],
        report.loaded.map((load) => [
          load.route,
          load.path,
          load.js.length,
          kb(load.jsGzip),
          kb(load.cssGzip),
        ]),
      ),
    );
  }
  if (report.contributors.length > 0) {
    lines.push(
      '',
      "What the home route's JS is made of (source maps; gzip shared out by size):",
      '',
    );
    lines.push(
      formatTable(
        ['package or folder', 'minified', 'share', '≈ gzip'],
        report.contributors
          .slice(0, 12)
          .map((part) => [
            part.group,
            kb(part.bytes),
            `${(part.share * 100).toFixed(1)}%`,
            kb(part.gzipEstimate),
          ]),
      ),
    );
  }
  if (!report.loaded) {
    lines.push(
      '',
      'Not counted: code a page imports by itself once running (lazy routes, prefetches).',
      'npm run check:size -- --browser loads every route in Chromium and counts that too.',
    );
  }
  lines.push(
    '',
    `${report.budget.over ? 'FAIL' : 'PASS'}: home route ${report.budget.message}${report.loaded ? ' in Chromium' : ' before its code runs'}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const distDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
  try {
    const report = args.includes('--browser')
      ? await checkSizeInBrowser(distDir)
      : await checkSize(distDir);
    console.log(formatSizeReport(report));
    process.exitCode = report.budget.over ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
