import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launchBrowser } from './page-weight.ts';
import { median } from './table.ts';

export type LighthouseRun = {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  benchmarkIndex: number;
  /** The machine's one-minute load average when the run ended. */
  load: number;
  /**
   * Main-thread tasks of 50 ms or more as Lighthouse simulated them (4× CPU), longest first,
   * with where their time went (script evaluation, parsing, style and layout…).
   */
  longTasks: LongTask[];
  /** Audits that errored (e.g. Chromium 156's "frame_sequence" LCP-element audits): ignored. */
  erroredAudits: string[];
};

export type LongTask = {
  url: string;
  startTime: number;
  duration: number;
  /** Milliseconds by Lighthouse task group (scriptEvaluation, styleLayout, parseHTML…). */
  groups: Record<string, number>;
};

type LongTaskDebugData = {
  urls?: string[];
  tasks?: ({ urlIndex: number; startTime: number; duration: number } & Record<string, number>)[];
};

/** The long-tasks audit's debug data as a list; the path of each task's script only. */
export function longTasksOf(debugData: LongTaskDebugData | undefined, baseUrl: string): LongTask[] {
  const urls = debugData?.urls ?? [];
  return (debugData?.tasks ?? []).map(({ urlIndex, startTime, duration, ...groups }) => ({
    url: (urls[urlIndex] ?? '').replace(baseUrl, ''),
    startTime,
    duration,
    groups,
  }));
}

export type LighthouseSummary = {
  label: string;
  path: string;
  runs: LighthouseRun[];
  /** Each metric's median over the runs, taken separately. */
  median: Omit<LighthouseRun, 'erroredAudits' | 'longTasks'>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Tries a page again (twice at most) when Lighthouse's trace fails, as it can on a busy machine. */
async function auditWithRetry(url: string, port: number) {
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableFullPageScreenshot: true,
    });
    const lhr = result?.lhr;
    if (lhr && !lhr.runtimeError) return lhr;
    lastError = lhr?.runtimeError?.message ?? 'Lighthouse returned nothing';
  }
  throw new Error(`Lighthouse failed on ${url} three times: ${lastError}`);
}

/**
 * Lighthouse 12's defaults: mobile form factor and screen, simulated throttling (slow 4G, 4×
 * CPU slowdown), performance category only. One browser for every run; Lighthouse opens a fresh
 * tab and clears the cache for each.
 */
export async function runLighthouse(
  baseUrl: string,
  pages: readonly { label: string; path: string }[],
  runs: number,
  onRun: (label: string, run: LighthouseRun) => void = () => {},
): Promise<LighthouseSummary[]> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const summaries: LighthouseSummary[] = [];
  try {
    const results = new Map(pages.map((page) => [page.path, [] as LighthouseRun[]]));
    // Round-robin, so a burst of load from other work on the machine hits every page alike.
    for (let round = 0; round < runs; round++) {
      for (const page of pages) {
        const lhr = await auditWithRetry(baseUrl + page.path, port);
        const metric = (id: string) => {
          const value = lhr.audits[id]?.numericValue;
          if (value === undefined)
            throw new Error(`${page.path}: no ${id} in the Lighthouse result`);
          return value;
        };
        const score = lhr.categories.performance?.score;
        if (score === null || score === undefined) {
          throw new Error(`${page.path}: no performance score`);
        }
        const run: LighthouseRun = {
          score: Math.round(score * 100),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          benchmarkIndex: lhr.environment.benchmarkIndex,
          load: loadavg()[0]!,
          longTasks: longTasksOf(
            (lhr.audits['long-tasks']?.details as { debugData?: LongTaskDebugData } | undefined)
              ?.debugData,
            baseUrl,
          ),
          erroredAudits: Object.values(lhr.audits)
            .filter((audit) => audit.errorMessage)
            .map((audit) => audit.id),
        };
        results.get(page.path)!.push(run);
        onRun(page.label, run);
      }
    }
    for (const page of pages) {
      const pageRuns = results.get(page.path)!;
      const of = (key: keyof LighthouseSummary['median']) =>
        median(pageRuns.map((run) => run[key]));
      summaries.push({
        ...page,
        runs: pageRuns,
        median: {
          score: of('score'),
          fcp: of('fcp'),
          lcp: of('lcp'),
          tbt: of('tbt'),
          cls: of('cls'),
          benchmarkIndex: of('benchmarkIndex'),
          load: of('load'),
        },
      });
    }
  } finally {
    await browser.close();
  }
  return summaries;
}
