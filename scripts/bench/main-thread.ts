import type { Browser } from 'playwright-core';
import { cpuBlocking, type CpuTask, type TraceEvent } from './lighthouse.ts';

/** Enough of Chromium's trace for the navigation, its paints, its tasks and their scripts. */
const CATEGORIES = [
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'loading',
];

class TraceIncomplete extends Error {}

export type MainThreadRun = { tbt: number; tasks: CpuTask[] };
export type MainThreadSummary = { path: string; runs: MainThreadRun[]; median: MainThreadRun };

/**
 * Loads `path` in a fresh context of Chromium, unthrottled, until the app has taken over the page
 * (`data-app-ready`) and a second more has passed, with a trace, and gives its main-thread tasks
 * from the first contentful paint on as Lighthouse's mobile run would count them: each task's
 * thread CPU time × 4. Quicker than Lighthouse, and steadier on a shared machine.
 */
export async function traceMainThread(
  browser: Browser,
  baseUrl: string,
  path: string,
): Promise<MainThreadRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
    await page.waitForTimeout(1000);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    // cpuBlocking finds no task when the trace lacks the page's navigation or paint: say so.
    const navigation = trace.traceEvents.find(
      (event) =>
        event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === baseUrl + path,
    );
    const painted = trace.traceEvents.some(
      (event) => event.name === 'firstContentfulPaint' && event.pid === navigation?.pid,
    );
    if (!navigation || !painted) {
      throw new TraceIncomplete(
        `The trace of ${path} has no ${navigation ? 'first paint' : 'navigation'}`,
      );
    }
    const { tbt, tasks } = cpuBlocking(trace.traceEvents, baseUrl + path);
    return { tbt, tasks: tasks.map((task) => ({ ...task, url: task.url.replace(baseUrl, '') })) };
  } finally {
    await context.close();
  }
}

/**
 * Now and then (about one load in twenty on a busy machine) Chromium's trace lacks the page's
 * navigation event; that load is traced again rather than counted as free of long tasks.
 */
async function traceWithRetry(browser: Browser, baseUrl: string, path: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await traceMainThread(browser, baseUrl, path);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof TraceIncomplete)) throw error;
    }
  }
}

/** The run with the median blocking time, so its tasks are one real run's, not a blend. */
export function medianRun(runs: readonly MainThreadRun[]): MainThreadRun {
  const sorted = [...runs].sort((a, b) => a.tbt - b.tbt);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? { tbt: 0, tasks: [] };
}

/** Each page `runs` times, the pages taken in turn so a busy moment spreads over all of them. */
export async function benchMainThread(
  browser: Browser,
  baseUrl: string,
  paths: readonly string[],
  runs: number,
  onRun: (path: string, run: MainThreadRun) => void = () => {},
): Promise<MainThreadSummary[]> {
  const byPath = new Map(paths.map((path) => [path, [] as MainThreadRun[]]));
  for (let index = 0; index < runs; index += 1) {
    for (const path of paths) {
      const run = await traceWithRetry(browser, baseUrl, path);
      byPath.get(path)!.push(run);
      onRun(path, run);
    }
  }
  return paths.map((path) => {
    const pathRuns = byPath.get(path)!;
    return { path, runs: pathRuns, median: medianRun(pathRuns) };
  });
}
