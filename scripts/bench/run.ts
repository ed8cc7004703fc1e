/**
 * npm run bench — how fast the site is and whether its cost stays flat as the archive grows.
 *
 *   --sizes[=10,1000,10000]  build time and page weight for archives of that many synthetic items
 *   --routes                 JS and CSS each route loads in Chromium (the real content)
 *   --lighthouse             Lighthouse (mobile, simulated throttling) on six pages, each beside
 *                            a static copy of itself (no script, CSS inlined), median of --runs
 *                            (default 3)
 *   --tasks                  main-thread tasks after first paint in Chromium by CPU time × 4 on
 *                            the same six pages, unthrottled and without Lighthouse: quicker and
 *                            steadier on a busy machine (median of --runs, default 3)
 *   --quick                  sizes 10 and 1,000 only, one Lighthouse run
 *   --keep                   keep the temporary builds (their folder is printed)
 *
 * No part flag runs every part. Everything is built into a temporary folder; public/ and dist/
 * are never written. Progress goes to stderr, the tables to stdout.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paths as site } from '../../src/config/paths.ts';
import { sortNews } from '../../src/features/news/news-order.ts';
import { loadContent } from '../content/load-content.ts';
import type { SiteContent } from '../content/site-content.ts';
import { buildSite, type BuildTimes } from './build-site.ts';
import {
  gzipSize,
  HOME_JS_BUDGET,
  kb,
  pageBundle,
  prerenderedPages,
  readManifest,
} from '../size/bundle-size.ts';
import { runLighthouse, type LighthouseSummary } from './lighthouse.ts';
import { benchMainThread, type MainThreadSummary } from './main-thread.ts';
import { makeSyntheticSite, REPO_ROOT } from './make-content.ts';
import { launchChromium } from '../../tests/support/chromium.ts';
import { startServer } from '../../tests/support/test-server.ts';
import { measurePage, type PageWeight } from '../size/page-weight.ts';
import { measureRoutes } from '../size/route-loads.ts';
import { pagesToVisit, SEARCH_QUERY } from '../size/routes.ts';
import { allowInlineStyleUnder, STATIC_COPY_DIR, writeStaticCopies } from './static-page.ts';
import { bytes, formatTable, median, seconds, signedBytes } from '../size/table.ts';

export const BUILD_LIMIT_SECONDS = 60;
/** Page weight counts as flat when it moves by less than this share of the smallest archive's. */
export const FLAT_TOLERANCE = 0.01;

export type Options = {
  sizes: number[] | null;
  routes: boolean;
  lighthouse: boolean;
  tasks: boolean;
  runs: number;
  keep: boolean;
};

export const USAGE =
  'Usage: npm run bench -- [--sizes[=10,1000,10000]] [--routes] [--lighthouse] [--tasks] [--runs=3] [--quick] [--keep]';

export function parseArgs(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  let sizes: number[] | null = null;
  let routes = false;
  let lighthouse = false;
  let tasks = false;
  let runs: number | null = null;
  let keep = false;
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2) as [string, string | undefined];
    if (flag === '--sizes') {
      sizes = value
        ? value.split(',').map((size) => Number(size.replace(/_/g, '')))
        : quick
          ? [10, 1000]
          : [10, 1000, 10000];
      if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
        throw new Error(`--sizes takes whole numbers, like --sizes=10,1000 (got ${value})`);
      }
    } else if (flag === '--routes') routes = true;
    else if (flag === '--lighthouse') lighthouse = true;
    else if (flag === '--tasks') tasks = true;
    else if (flag === '--runs') {
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a number from 1`);
    } else if (flag === '--keep') keep = true;
    else if (flag !== '--quick') throw new Error(`Unknown option ${arg}`);
  }
  if (!sizes && !routes && !lighthouse && !tasks) {
    sizes = quick ? [10, 1000] : [10, 1000, 10000];
    routes = true;
    lighthouse = true;
    tasks = true;
  }
  return { sizes, routes, lighthouse, tasks, runs: runs ?? (quick ? 1 : 3), keep };
}

function progress(message: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function print(title: string, table: string, notes: string[] = []) {
  console.log(`\n${title}\n\n${table}${notes.length ? `\n\n${notes.join('\n')}` : ''}`);
}

async function realContent(): Promise<SiteContent> {
  const { content } = await loadContent(join(REPO_ROOT, 'public/content'));
  if (!content) throw new Error(`public/content has problems: run npm run content:check`);
  return content;
}

/** The newest real article: in every synthetic archive too, with the same neighbours. */
function articlePath(content: SiteContent): string {
  const newest = sortNews(content.news)[0];
  if (!newest) throw new Error('public/content has no news items');
  return site.newsArticle(newest.slug);
}

async function fileGzip(file: string): Promise<number | null> {
  if (!existsSync(file)) return null;
  return gzipSize(await readFile(file));
}

/* Part a: build time and page weight by archive size. */

type SizeResult = {
  size: number;
  newsCount: number;
  pages: number;
  times: BuildTimes;
  serverStart: number;
  searchIndex: { raw: number; gzip: number } | null;
  weights: PageWeight[];
  /** The built JS and CSS file names: the same at every size unless the code changed meanwhile. */
  assets: string;
};

async function benchSize(
  work: string,
  size: number,
  paths: readonly string[],
  keep: boolean,
): Promise<SizeResult> {
  const dir = join(work, `archive-${size}`);
  progress(`archive of ${size.toLocaleString('en-GB')}: writing synthetic content`);
  const site = await makeSyntheticSite(dir, size);
  const dist = join(dir, 'dist');
  progress(
    `archive of ${size.toLocaleString('en-GB')}: building (content, vite, prerender, feeds)`,
  );
  const times = await buildSite(site.publicDir, dist);
  progress(
    `archive of ${size.toLocaleString('en-GB')}: built in ${seconds(times.total)}; loading pages`,
  );
  const pages = (await prerenderedPages(dist)).length;
  const assets = (await readdir(join(dist, 'assets')))
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .join(' ');
  // The whole split index (a search reads only a few of its files: npm run bench:search).
  const searchDir = join(dist, 'content/search');
  const searchFiles = existsSync(searchDir)
    ? (await readdir(searchDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    : [];
  let searchIndex: { raw: number; gzip: number } | null = null;
  for (const file of searchFiles) {
    searchIndex ??= { raw: 0, gzip: 0 };
    searchIndex.raw += (await stat(file)).size;
    searchIndex.gzip += (await fileGzip(file))!;
  }
  const server = await startServer({ distDir: dist, rateLimit: false });
  const browser = await launchChromium();
  const weights: PageWeight[] = [];
  try {
    for (const path of paths) weights.push(await measurePage(browser, server.baseUrl, path));
  } finally {
    await browser.close();
    await server.close();
  }
  // A 10,000-item build is ~300 MB: keep the disk free for the next one.
  if (!keep) await rm(dir, { recursive: true, force: true });
  return {
    size,
    newsCount: site.newsCount,
    pages,
    times,
    serverStart: server.startSeconds,
    searchIndex,
    weights,
    assets,
  };
}

function printSizes(results: SizeResult[]) {
  print(
    'a. Build time by archive size (seconds; each step a separate process, as npm run build runs it)',
    formatTable(
      [
        'synthetic items',
        'news items',
        'pages',
        'content build',
        'vite build',
        'prerender',
        'feeds + compress',
        'total',
        `limit ${BUILD_LIMIT_SECONDS} s`,
        'server start',
        'search index (gzip)',
      ],
      results.map((result) => [
        result.size,
        result.newsCount,
        result.pages,
        seconds(result.times.content),
        seconds(result.times.vite),
        seconds(result.times.prerender),
        seconds(result.times.finish),
        seconds(result.times.total),
        result.times.total <= BUILD_LIMIT_SECONDS ? 'PASS' : 'FAIL',
        seconds(result.serverStart),
        result.searchIndex
          ? `${kb(result.searchIndex.raw)} (${kb(result.searchIndex.gzip)})`
          : 'none',
      ]),
    ),
  );

  const base = results[0]!;
  const rows = results.flatMap((result) =>
    result.weights.map((weight, index) => {
      const baseline = base.weights[index]!;
      const difference = weight.total - baseline.total;
      return [
        result.size,
        weight.path,
        weight.bytes.html,
        weight.bytes.js,
        weight.bytes.css,
        weight.bytes.json,
        weight.bytes.other,
        weight.transfers.length,
        weight.total,
        signedBytes(difference),
      ];
    }),
  );
  const notes: string[] = [
    'Bytes as sent (gzip, bodies; total adds response headers), fresh cache, 1280×720 window,',
    'until the network is idle for 500 ms, so JSON fetched or prefetched after hydration counts.',
  ];
  for (const [index, first] of base.weights.entries()) {
    const largest = Math.max(
      ...results.map((result) => Math.abs(result.weights[index]!.total - first.total)),
    );
    const flat = largest <= first.total * FLAT_TOLERANCE;
    notes.push(
      `${flat ? 'FLAT' : 'GROWS'}: ${first.path} moves by at most ${bytes(largest)} across sizes (${((largest / first.total) * 100).toFixed(2)}%; flat means under ${FLAT_TOLERANCE * 100}%)`,
    );
  }
  if (results.some((result) => result.assets !== base.assets)) {
    notes.push(
      'WARNING: the JS and CSS files differ between these builds: the code changed while the bench ran, so differences in JS and CSS are not from the archive.',
    );
  }
  for (const result of results) {
    for (const weight of result.weights) {
      const wanted = weight.path.split('?')[0];
      if (weight.prerenderedFor !== wanted) {
        notes.push(
          `WARNING (${result.size}): ${weight.path} was answered with ${weight.prerenderedFor === null ? 'HTML with no prerendered data' : `the page prerendered for ${weight.prerenderedFor}`}, so the app renders it afresh`,
        );
      }
      if (weight.failed.length > 0) {
        notes.push(
          `WARNING (${result.size}): failed requests on ${weight.path}: ${weight.failed.join(', ')}`,
        );
      }
    }
  }
  print(
    'a. Page weight by archive size (bytes)',
    formatTable(
      [
        'synthetic items',
        'page',
        'HTML',
        'JS',
        'CSS',
        'JSON',
        'other',
        'requests',
        'total',
        'vs first',
      ],
      rows,
    ),
    notes,
  );
}

/* Part b: what each route loads in Chromium. */

async function benchRoutes(distDir: string, baseUrl: string) {
  const manifest = await readManifest(distDir);
  const predicted = await pageBundle(distDir, manifest, '/', '/');
  const browser = await launchChromium();
  let loads;
  try {
    loads = await measureRoutes(browser, baseUrl, distDir, await pagesToVisit(distDir), (path) =>
      progress(`routes: ${path}`),
    );
  } finally {
    await browser.close();
  }
  const rows = loads.map(({ route, path, weight, js, jsGzip, cssGzip }) => {
    const wanted = path.split('?')[0];
    const note = [
      weight.prerenderedFor === wanted
        ? ''
        : weight.prerenderedFor === null
          ? 'no prerendered HTML'
          : `served HTML of ${weight.prerenderedFor}`,
      weight.finalPath === path ? '' : `ended at ${weight.finalPath}`,
    ]
      .filter(Boolean)
      .join('; ');
    return [
      route,
      path.length > 48 ? `${path.slice(0, 45)}...` : path,
      js.length,
      kb(jsGzip),
      kb(cssGzip),
      kb(weight.bytes.html),
      kb(weight.bytes.json),
      note,
    ];
  });
  const home = loads.find((load) => load.route === '/');
  const homeJs = home?.jsGzip ?? 0;
  const late = home
    ? home.js.filter((file) => !predicted.js.some((p) => p.file === file.file))
    : [];
  print(
    'b. What each route loads in Chromium (real content; KB = 1,024 bytes)',
    formatTable(['route', 'page', 'JS files', 'JS gzip', 'CSS gzip', 'HTML', 'JSON', 'note'], rows),
    [
      'JS and CSS: gzip (zlib default level) of each file Chromium loaded, the same measure as',
      'npm run check:size; HTML and JSON: bytes as sent (gzip). Fresh cache, until network idle.',
      `${homeJs > HOME_JS_BUDGET ? 'FAIL' : 'PASS'}: home route loads ${kb(homeJs)} of JS in Chromium; budget ${kb(HOME_JS_BUDGET)}.`,
      `Named by its HTML (its boot script's entry and preloads) and their static imports: ${kb(predicted.jsGzip)}` +
        (late.length
          ? `; then its code imports ${late.map((file) => `${file.file} (${kb(file.gzip)})`).join(', ')}.`
          : '; nothing more is loaded later.'),
    ],
  );
}

/* Part c: Lighthouse. */

/** The targets of the first-paint work (issue 9), checked on the medians. */
export const LIGHTHOUSE_TARGETS = { lcpRatio: 1.1, score: 100, tbt: 50, cls: 0 } as const;

type LighthousePair = { page: LighthouseSummary; copy: LighthouseSummary };

function printLighthouse(pairs: LighthousePair[]) {
  const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
  const ratio = ({ page, copy }: LighthousePair) => page.median.lcp / copy.median.lcp;
  const rows = pairs.map((pair) => {
    const { page, copy } = pair;
    const scores = page.runs.map((run) => run.score);
    return [
      page.label,
      page.median.score,
      `${Math.min(...scores)}–${Math.max(...scores)}`,
      ms(page.median.fcp),
      ms(page.median.lcp),
      ms(copy.median.lcp),
      `${ratio(pair).toFixed(2)}×`,
      ms(page.median.tbt),
      ms(page.median.cpuTbt),
      ms(copy.median.tbt),
      ms(copy.median.cpuTbt),
      page.median.cls.toFixed(3),
      copy.median.score,
    ];
  });
  const all = pairs.flatMap(({ page, copy }) => [page, copy]);
  const benchmarks = all.flatMap((summary) => summary.runs.map((run) => run.benchmarkIndex));
  const loads = all.flatMap((summary) => summary.runs.map((run) => run.load));
  const errored = [
    ...new Set(all.flatMap((summary) => summary.runs.flatMap((run) => run.erroredAudits))),
  ];
  const { lcpRatio, score, tbt, cls } = LIGHTHOUSE_TARGETS;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const worst = (values: number[]) => Math.max(...values);
  const ratios = pairs.map(ratio);
  const tbts = pairs.map(({ page }) => page.median.tbt);
  const cpuTbts = pairs.map(({ page }) => page.median.cpuTbt);
  const clss = pairs.map(({ page }) => page.median.cls);
  const scores = pairs.map(({ page }) => page.median.score);
  print(
    `c. Lighthouse 12 (mobile, simulated slow 4G and 4× CPU), median of ${pairs[0]?.page.runs.length ?? 0} run(s), each page beside its static copy`,
    formatTable(
      [
        'page',
        'score',
        'range',
        'FCP',
        'LCP',
        'static LCP',
        'LCP ÷ static',
        'TBT',
        'TBT (CPU)',
        'static TBT',
        'static TBT (CPU)',
        'CLS',
        'static score',
      ],
      rows,
    ),
    [
      'Static copy: the same built page with its CSS inlined and every script removed, served by the same server in the same run.',
      `Each metric's median is taken on its own; the runs go round the pages in turn.`,
      `${verdict(worst(ratios) <= lcpRatio)}: LCP ≤ ${lcpRatio} × the static copy's (worst ${worst(ratios).toFixed(2)}×)`,
      `${verdict(Math.min(...scores) >= score)}: score ${score} (lowest ${Math.min(...scores)})`,
      `${verdict(worst(tbts) <= tbt)}: TBT ≤ ${tbt} ms (highest ${ms(worst(tbts))}); by CPU time ${verdict(worst(cpuTbts) <= tbt)} (highest ${ms(worst(cpuTbts))})`,
      "TBT (CPU): the same sum from each task's thread CPU time × 4 instead of its wall time, which on a shared machine includes time other processes held the CPU.",
      `${verdict(worst(clss) <= cls)}: CLS ${cls} (highest ${worst(clss).toFixed(3)})`,
      `Machine: load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} during the runs; Lighthouse benchmarkIndex ${Math.round(median(benchmarks))} median, ${Math.round(Math.min(...benchmarks))}–${Math.round(Math.max(...benchmarks))} (lower = busier CPU).`,
      ...(errored.length
        ? [`Audits that errored and were ignored (scores unaffected): ${errored.join(', ')}`]
        : []),
    ],
  );
  printLongTasks(pairs.map(({ page }) => page));
}

/** Each page's long tasks by CPU time in its median run, so load on the machine is told apart. */
function printLongTasks(summaries: LighthouseSummary[]) {
  const rows = summaries.flatMap((summary) => {
    const run = [...summary.runs].sort((a, b) => a.cpuTbt - b.cpuTbt)[
      Math.floor((summary.runs.length - 1) / 2)
    ]!;
    const wall = [...run.longTasks].sort((a, b) => a.startTime - b.startTime);
    if (run.cpuTasks.length === 0) {
      return [[summary.label, 'none', '', '', `${wall.length} by wall time`]];
    }
    return [...run.cpuTasks]
      .sort((a, b) => a.startTime - b.startTime)
      .map((task, index) => [
        index === 0 ? summary.label : '',
        Math.round(task.startTime),
        Math.round(task.duration),
        task.url || '(none)',
        index === 0 ? `${wall.length} by wall time` : '',
      ]);
  });
  print(
    "c. Main-thread tasks over 50 ms after first paint, by CPU time × 4, in each page's median run",
    formatTable(
      ['page', 'start ms', 'ms', 'first script in the task', 'simulated long tasks'],
      rows,
    ),
    [
      'Start: real time since navigation. "Simulated long tasks": how many Lighthouse counted from wall time, which load inflates.',
    ],
  );
}

/* Part d: main-thread tasks after first paint, by CPU time, without Lighthouse. */

function printMainThread(summaries: MainThreadSummary[]) {
  const rows = summaries.flatMap(({ path, runs, median: run }) => {
    const each = runs.map((one) => Math.round(one.tbt)).join(', ');
    const tasks = [...run.tasks].sort((a, b) => a.startTime - b.startTime);
    if (tasks.length === 0) return [[path, 0, each, 'none', '', '']];
    return tasks.map((task, index) => [
      index === 0 ? path : '',
      index === 0 ? Math.round(run.tbt) : '',
      index === 0 ? each : '',
      Math.round(task.startTime),
      Math.round(task.duration),
      task.url || '(none)',
    ]);
  });
  print(
    `d. Main-thread tasks over 50 ms after first paint in Chromium, by CPU time × 4, median of ${summaries[0]?.runs.length ?? 0} run(s)`,
    formatTable(
      ['page', 'TBT (CPU)', 'each run', 'start ms', 'ms', 'first script in the task'],
      rows,
    ),
    [
      'Unthrottled, each run in a fresh browser context, until the app has taken over the page and a second more has passed; TBT (CPU) sums each task over 50 ms less 50, as Lighthouse does.',
      'The tasks listed are those of the median run. Start: real time since navigation.',
      `Machine: load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')} at the end.`,
    ],
  );
}

async function main(options: Options) {
  const work = await mkdtemp(join(tmpdir(), 'psg-bench-'));
  const started = performance.now();
  let cleaning = false;
  const cleanUp = async () => {
    if (cleaning || options.keep) return;
    cleaning = true;
    await rm(work, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    void cleanUp().finally(() => process.exit(130));
  });
  try {
    const content = await realContent();
    const article = articlePath(content);
    console.log(
      `PSG bench: ${cpus().length} CPU(s), load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}, Node ${process.version}${options.keep ? `; builds kept in ${work}` : ''}`,
    );

    if (options.sizes) {
      const paths = [site.home(), article, site.search(SEARCH_QUERY)];
      const results: SizeResult[] = [];
      for (const size of options.sizes)
        results.push(await benchSize(work, size, paths, options.keep));
      printSizes(results);
    }

    if (options.routes || options.lighthouse || options.tasks) {
      progress('real content: building');
      const real = await makeSyntheticSite(join(work, 'real'), 0);
      const dist = join(work, 'real', 'dist');
      const times = await buildSite(real.publicDir, dist);
      progress(`real content: built in ${seconds(times.total)}`);
      const server = await startServer({
        distDir: dist,
        rateLimit: false,
        configure: allowInlineStyleUnder(`/${STATIC_COPY_DIR}/`),
      });
      try {
        if (options.routes) await benchRoutes(dist, server.baseUrl);
        const topic = content.topics[0];
        const event = content.events[0];
        const pages = [
          site.home(),
          article,
          site.notices(),
          ...(topic ? [site.topic(topic.slug)] : []),
          ...(event ? [site.event(event.slug)] : []),
          site.join(),
        ];
        if (options.tasks) {
          progress(`main thread: ${pages.length} pages × ${options.runs} run(s)`);
          const browser = await launchChromium();
          try {
            const summaries = await benchMainThread(
              browser,
              server.baseUrl,
              pages,
              options.runs,
              (path, run) => progress(`main thread: ${path} TBT (CPU) ${Math.round(run.tbt)} ms`),
            );
            printMainThread(summaries);
          } finally {
            await browser.close();
          }
        }
        if (options.lighthouse) {
          const copies = await writeStaticCopies(dist, pages);
          const runs = [
            ...pages.map((path) => ({ label: path, path })),
            ...copies.map((path) => ({ label: path, path })),
          ];
          progress(`lighthouse: ${runs.length} pages × ${options.runs} run(s)`);
          const summaries = await runLighthouse(server.baseUrl, runs, options.runs, (label, run) =>
            progress(
              `lighthouse: ${label} score ${run.score}, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms (CPU ${Math.round(run.cpuTbt)} ms), load ${run.load.toFixed(2)}`,
            ),
          );
          printLighthouse(
            pages.map((path, index) => ({
              page: summaries.find((summary) => summary.path === path)!,
              copy: summaries.find((summary) => summary.path === copies[index])!,
            })),
          );
        }
      } finally {
        await server.close();
      }
    }
    console.log(`\nBench finished in ${seconds((performance.now() - started) / 1000)}.`);
  } finally {
    await cleanUp();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  main(options).then(
    // Chromium and the server are closed; exit rather than wait on stray handles.
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
