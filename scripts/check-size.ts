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
import { readFile } from 'node:fs/promises';
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
} from './size/bundle-size.ts';
import { measureRoutes, type RouteLoad } from './size/route-loads.ts';
import { pagesToVisit, routesOfPages } from './size/routes.ts';
import { withOtherLanguages } from './size/other-languages.ts';
import { formatTable } from './size/table.ts';
import { publicAssets } from './service-worker-scope.ts';
import { DESK_FILE, deskPaths } from '../src/config/desk-paths.ts';
import { LOCALES } from '../src/config/locales.ts';
import { paths } from '../src/config/paths.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { startServer } from '../tests/support/test-server.ts';

export type SizeReport = {
  routes: RouteBundle[];
  lazy: LazyChunk[];
  /** Only with --browser: what Chromium loaded for each route. */
  loaded?: RouteLoad[];
  budget: BudgetResult;
  contributors: Contributor[];
  /** Pages that block their first paint on more or fewer than one stylesheet. */
  stylesheetProblems: string[];
  /** Public scripts that name the membership desk's file or addresses. */
  deskProblems: string[];
};

/**
 * The public site's scripts (all it loads, at once or on demand) never name the desk's file or
 * its addresses: the desk is an app of its own, and none of it belongs in the public bundle.
 */
export async function deskInPublicCode(
  distDir: string,
  manifest: Awaited<ReturnType<typeof readManifest>>,
): Promise<string[]> {
  const marks = [DESK_FILE, deskPaths.home()];
  const problems: string[] = [];
  for (const file of [...publicAssets(manifest)].filter((name) => name.endsWith('.js'))) {
    const code = await readFile(join(distDir, file), 'utf8');
    const named = marks.filter((mark) =>
      new RegExp(`[\`'"]${mark.replace('.', '\\.')}\\b`).test(code),
    );
    if (named.length > 0) problems.push(`${file} names the desk (${named.join(', ')})`);
  }
  return problems;
}

/**
 * Every prerendered page has exactly one stylesheet (inline since the prerenderer puts it in a
 * <style>): a second, linked, would be a request that its first paint waits for (a CSS module
 * imported by two entries, say, becomes a shared chunk with a stylesheet of its own).
 */
export function stylesheetProblems(routes: readonly RouteBundle[]): string[] {
  return routes
    .filter((route) => route.stylesheets.length !== 1)
    .map(
      (route) =>
        `${route.page} has ${route.stylesheets.length} stylesheets (${route.stylesheets.join(', ') || 'none'}); a page should block its first paint on one`,
    );
}

export async function checkSize(distDir: string, budget = HOME_JS_BUDGET): Promise<SizeReport> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  }
  const manifest = await readManifest(distDir);
  const sizeOf = createSizer(distDir);
  const routes = await Promise.all(
    [...routesOfPages(await prerenderedPages(distDir))].map(([route, page]) =>
      pageBundle(distDir, manifest, route, page, sizeOf),
    ),
  );
  const home = routes.find((route) => route.route === '/');
  if (!home) throw new Error(`${distDir}/index.html has no prerendered home page`);
  const homeFiles = home.js.map((size) => size.file);
  const lazy = await lazyChunks(manifest, homeFiles, sizeOf);
  const result = checkBudget('/', home.jsGzip, budget);
  const contributors = result.over ? await biggestContributors(distDir, homeFiles) : [];
  return {
    routes,
    lazy,
    budget: result,
    contributors,
    stylesheetProblems: stylesheetProblems(routes),
    deskProblems: await deskInPublicCode(distDir, manifest),
  };
}

/** checkSize, then every route in Chromium; the budget is checked on what Chromium loaded. */
export async function checkSizeInBrowser(
  distDir: string,
  budget = HOME_JS_BUDGET,
): Promise<SizeReport> {
  const report = await checkSize(distDir, budget);
  const site = await startServer({ distDir, rateLimit: false });
  let loaded: RouteLoad[];
  try {
    const browser = await launchChromium();
    try {
      // Some pages in each other language too (/es, /es/join...): the budget holds for every
      // language, and each loads its own language's message areas.
      const visits = withOtherLanguages(await pagesToVisit(distDir));
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
    ...(report.stylesheetProblems.length === 0
      ? ['PASS: every prerendered page has one stylesheet']
      : report.stylesheetProblems.map((problem) => `FAIL: ${problem}`)),
    ...(report.deskProblems.length === 0
      ? ['PASS: no public script names the membership desk']
      : report.deskProblems.map((problem) => `FAIL: ${problem}`)),
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
    const failed =
      report.budget.over || report.stylesheetProblems.length > 0 || report.deskProblems.length > 0;
    process.exitCode = failed ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
