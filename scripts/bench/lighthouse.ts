import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launchChromium } from '../../tests/support/chromium.ts';
import { median } from '../size/table.ts';

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
  /**
   * TBT worked out from the CPU time of each main-thread task (×4, as Lighthouse slows the CPU)
   * rather than its wall time, so other work on a busy machine does not inflate it.
   */
  cpuTbt: number;
  /** The main-thread tasks over 50 ms by that measure. */
  cpuTasks: CpuTask[];
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

export type CpuTask = { startTime: number; duration: number; url: string };

export type TraceEvent = {
  name: string;
  ph?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs: what the task itself used. */
  tdur?: number;
  /** The frame a navigation or paint belongs to. */
  frame?: string;
  args?: { data?: { documentLoaderURL?: string; url?: string } };
};

/** Lighthouse's simulated CPU slowdown on mobile. */
const CPU_SLOWDOWN = 4;

/**
 * Total blocking time from the trace's CPU times: every main-thread task of the page from its
 * first contentful paint on (to the next navigation, when Lighthouse leaves the page), its
 * thread time × 4, less 50 ms. Wall time on a shared machine counts the time other processes
 * held the CPU; thread time does not.
 */
export function cpuBlocking(
  events: readonly TraceEvent[],
  url: string,
): { tbt: number; tasks: CpuTask[] } {
  const navigation = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url,
  );
  if (!navigation) return { tbt: 0, tasks: [] };
  const { pid, tid } = navigation;
  const onMain = events.filter((event) => event.pid === pid && event.tid === tid);
  const fcp = onMain.find(
    (event) => event.name === 'firstContentfulPaint' && event.ts > navigation.ts,
  );
  if (!fcp) return { tbt: 0, tasks: [] };
  // The next navigation of the same frame: another frame's (a new context's blank page, say) can
  // start in this renderer while the page is still loading.
  const end =
    onMain.find(
      (event) =>
        event.name === 'navigationStart' && event.ts > fcp.ts && event.frame === navigation.frame,
    )?.ts ?? Infinity;
  const tasks: CpuTask[] = [];
  let tbt = 0;
  for (const task of onMain) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || task.ts < fcp.ts || task.ts >= end) continue;
    const duration = ((task.tdur ?? task.dur ?? 0) / 1000) * CPU_SLOWDOWN;
    if (duration <= 50) continue;
    tbt += duration - 50;
    const taskEnd = task.ts + (task.dur ?? 0);
    const script = onMain.find(
      (event) => event.ts >= task.ts && event.ts <= taskEnd && event.args?.data?.url,
    );
    tasks.push({
      startTime: (task.ts - navigation.ts) / 1000,
      duration,
      url: script?.args?.data?.url ?? '',
    });
  }
  return { tbt, tasks: tasks.sort((a, b) => b.duration - a.duration) };
}

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
  median: Omit<LighthouseRun, 'erroredAudits' | 'longTasks' | 'cpuTasks'>;
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
    if (lhr && !lhr.runtimeError) {
      const trace = (result.artifacts as { Trace?: { traceEvents?: TraceEvent[] } }).Trace;
      return { lhr, cpu: cpuBlocking(trace?.traceEvents ?? [], lhr.finalDisplayedUrl) };
    }
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
  const browser = await launchChromium([`--remote-debugging-port=${port}`]);
  const summaries: LighthouseSummary[] = [];
  try {
    const results = new Map(pages.map((page) => [page.path, [] as LighthouseRun[]]));
    // Round-robin, so a burst of load from other work on the machine hits every page alike.
    for (let round = 0; round < runs; round++) {
      for (const page of pages) {
        const { lhr, cpu } = await auditWithRetry(baseUrl + page.path, port);
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
          cpuTbt: cpu.tbt,
          cpuTasks: cpu.tasks.map((task) => ({ ...task, url: task.url.replace(baseUrl, '') })),
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
          cpuTbt: of('cpuTbt'),
        },
      });
    }
  } finally {
    await browser.close();
  }
  return summaries;
}
