// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cpuBlocking, type TraceEvent } from './lighthouse.ts';
import { medianRun } from './main-thread.ts';

const URL = 'http://127.0.0.1:4000/';

/** A renderer's main thread: the page's navigation, its first paint, then tasks (µs). */
function trace(tasks: { ts: number; cpu: number }[], extra: TraceEvent[] = []): TraceEvent[] {
  const at = (name: string, ts: number, more: Partial<TraceEvent> = {}): TraceEvent => ({
    name,
    pid: 1,
    tid: 1,
    ts,
    ...more,
  });
  return [
    at('navigationStart', 0, { frame: 'page', args: { data: { documentLoaderURL: URL } } }),
    at('firstContentfulPaint', 100_000, { frame: 'page' }),
    ...tasks.map(({ ts, cpu }) =>
      at('RunTask', ts, { ph: 'X', dur: cpu * 2000, tdur: cpu * 1000 }),
    ),
    ...extra,
  ];
}

describe('cpuBlocking', () => {
  it('counts each task after the first paint by its CPU time × 4, less 50 ms', () => {
    const { tbt, tasks } = cpuBlocking(
      trace([
        { ts: 50_000, cpu: 30 }, // before the paint
        { ts: 200_000, cpu: 20 }, // 80 ms at 4×
        { ts: 300_000, cpu: 10 }, // 40 ms: not long
      ]),
      URL,
    );
    expect(tbt).toBe(30);
    expect(tasks.map((task) => task.duration)).toEqual([80]);
  });

  it('stops at the page’s next navigation, not at another frame’s', () => {
    const other = { frame: 'blank', args: { data: { documentLoaderURL: '' } } };
    const next = { frame: 'page', args: { data: { documentLoaderURL: 'about:blank' } } };
    const events = trace(
      [
        { ts: 200_000, cpu: 20 },
        { ts: 600_000, cpu: 20 },
      ],
      [
        { name: 'navigationStart', pid: 1, tid: 1, ts: 150_000, ...other },
        { name: 'navigationStart', pid: 1, tid: 1, ts: 500_000, ...next },
      ],
    );
    expect(cpuBlocking(events, URL).tasks).toHaveLength(1);
    expect(cpuBlocking(events, URL).tasks[0]!.startTime).toBe(200);
  });
});

describe('medianRun', () => {
  it('gives one real run, the middle one by blocking time', () => {
    const task = (duration: number) => ({ startTime: 900, duration, url: '/assets/a.js' });
    const runs = [
      { tbt: 40, tasks: [task(90)] },
      { tbt: 0, tasks: [] },
      { tbt: 12, tasks: [task(62)] },
      { tbt: 300, tasks: [task(350)] },
    ];
    expect(medianRun(runs)).toBe(runs[2]);
    expect(medianRun(runs.slice(0, 3))).toBe(runs[2]);
    expect(medianRun([])).toEqual({ tbt: 0, tasks: [] });
  });
});
