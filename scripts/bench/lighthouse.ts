import { createServer } from 'node:net';
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
  /** Audits that errored (e.g. Chromium 156's "frame_sequence" LCP-element audits): ignored. */
  erroredAudits: string[];
};

export type LighthouseSummary = {
  label: string;
  path: string;
  runs: LighthouseRun[];
  /** Each metric's median over the runs, taken separately. */
  median: Omit<LighthouseRun, 'erroredAudits'>;
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
        const result = await lighthouse(baseUrl + page.path, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          disableFullPageScreenshot: true,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (lhr.runtimeError) {
          throw new Error(`Lighthouse failed on ${page.path}: ${lhr.runtimeError.message}`);
        }
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
      const of = (key: keyof Omit<LighthouseRun, 'erroredAudits'>) =>
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
        },
      });
    }
  } finally {
    await browser.close();
  }
  return summaries;
}
