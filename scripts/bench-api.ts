/**
 * npm run bench:api — how many membership applications the server stores per second, and proof
 * that none is lost or doubled under load.
 *
 * The server runs in a child process (its own core) on a free loopback port with a temporary
 * site and database and no rate limit; autocannon runs here with 200 connections for 10 s, then
 * 10 connections for 10 s, each request a valid application with its own Idempotency-Key.
 * Requests cut off when a run stops are retried with the same key afterwards, as the browser
 * form would, so at the end every 201 answer has exactly one row: the script exits 1 if not.
 *
 * `-- --connections=50` runs only that many; `-- --crash` kills the server with SIGKILL in the
 * middle of a 200-connection run and then checks that every reference answered 201 before the
 * kill is in the database (durability of group commit).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const CONNECTION_RUNS = [200, 10];
const DURATION_SECONDS = 10;
const CRASH_AFTER_MS = 4_000;
/** Everything, start to finish, or the bench gives up and says so. */
const HARD_LIMIT_MS = 120_000;

// autocannon ships no types; this is the part of its API used here.
type BenchRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest(request: BenchRequest, context: { key?: string }): BenchRequest;
  onResponse(status: number, body: string, context: { key?: string }): void;
};
type Histogram = { p50: number; p99: number; average: number };
type BenchResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  requests: Histogram & { total: number };
  latency: Histogram;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: BenchRequest[];
}) => Promise<BenchResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const root = resolve(import.meta.dirname, '..');

if (process.argv[2] === '--serve') {
  await serve(process.argv[3] ?? '');
} else if (process.argv.includes('--crash')) {
  await crash();
} else {
  const only = process.argv.find((arg) => arg.startsWith('--connections='));
  const runs = only ? [Number(only.split('=')[1])] : CONNECTION_RUNS;
  const loadBefore = loadavg();
  for (const connections of runs) await bench(connections);
  console.log(
    `Load average (1 min) before / after: ${loadBefore[0]?.toFixed(2)} / ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`,
  );
}

/** The child: the real app on a free loopback port until the parent says stop. */
async function serve(dir: string): Promise<void> {
  const { buildApp } = await import('../server/app.ts');
  const app = await buildApp({
    distDir: join(dir, 'dist'),
    databasePath: join(dir, 'psg.db'),
    rateLimit: false,
    pruneEveryMs: false,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('message', (message) => {
    if (message === 'stop') stop();
  });
  process.on('disconnect', stop);
  process.send?.({ address });
}

/** A temporary site and database, and the server on it in a child process. */
function startBenchServer(): { dir: string; databasePath: string; server: ChildProcess } {
  const dir = mkdtempSync(join(tmpdir(), 'psg-bench-'));
  mkdirSync(join(dir, 'dist', 'content'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>bench</title>');
  for (const file of ['membership.json', 'privacy.json', 'events.json']) {
    const source = join(root, 'public/content', file);
    if (existsSync(source)) copyFileSync(source, join(dir, 'dist/content', file));
  }
  const server = fork(import.meta.filename, ['--serve', dir], {
    execArgv: ['--import', 'tsx'],
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return { dir, databasePath: join(dir, 'psg.db'), server };
}

async function bench(connections: number): Promise<void> {
  const { dir, databasePath, server } = startBenchServer();
  const giveUp = setTimeout(() => {
    console.error(`The bench took over ${HARD_LIMIT_MS / 1000} s; stopping.`);
    server.kill();
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }, HARD_LIMIT_MS);

  try {
    const baseUrl = await serverAddress(server);
    console.log(
      `Posting membership applications to ${baseUrl}/api/memberships: ${connections} connections, ${DURATION_SECONDS} s (Node ${process.version}, ${availableParallelism()} cores)…`,
    );

    // Every key sent, with its body, until its answer arrives.
    const unanswered = new Map<string, string>();
    let answered201 = 0;
    let sequence = 0;
    const result = await autocannon({
      url: baseUrl,
      connections,
      duration: DURATION_SECONDS,
      requests: [
        {
          method: 'POST',
          path: '/api/memberships',
          headers: { 'content-type': 'application/json' },
          setupRequest(request, context) {
            const key = randomUUID();
            const body = JSON.stringify(benchApplication(sequence++));
            unanswered.set(key, body);
            context.key = key;
            return { ...request, headers: { ...request.headers, 'idempotency-key': key }, body };
          },
          onResponse(status, _body, context) {
            if (context.key) unanswered.delete(context.key);
            if (status === 201) answered201++;
          },
        },
      ],
    });

    // Cut off when the run stopped: stored or not, a retry with the same key settles it.
    let retried201 = 0;
    let alreadyStored = 0;
    for (const [key, body] of unanswered) {
      const response = await fetch(`${baseUrl}/api/memberships`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body,
      });
      if (response.status === 201) retried201++;
      if (response.headers.get('idempotent-replayed') === 'true') alreadyStored++;
    }

    await stopServer(server);
    const rows = countMemberships(databasePath);
    const total201 = answered201 + retried201;

    console.table({
      'requests answered': { value: result.requests.total },
      '2xx answers': { value: result['2xx'] },
      'non-2xx / errors / timeouts': {
        value: `${result.non2xx} / ${result.errors} / ${result.timeouts}`,
      },
      'stored submissions/s': { value: Math.round(answered201 / result.duration) },
      'latency p50 / p99 (ms)': { value: `${result.latency.p50} / ${result.latency.p99}` },
      'unanswered, retried after': {
        value: `${unanswered.size} (${retried201} → 201, ${alreadyStored} of them stored already)`,
      },
      'rows in database': { value: rows },
      '201 answers in all': { value: total201 },
    });

    if (rows !== total201) {
      console.error(`FAIL: ${rows} rows stored but ${total201} submissions were answered 201.`);
      process.exitCode = 1;
    } else {
      console.log(`OK: ${rows} rows for ${total201} answers 201; none lost, none doubled.`);
    }
  } finally {
    clearTimeout(giveUp);
    if (server.exitCode === null) server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Kills the server (SIGKILL, no chance to flush anything) while 200 connections are posting,
 * then opens its database and looks for every reference answered 201 before the kill.
 */
async function crash(): Promise<void> {
  const { dir, databasePath, server } = startBenchServer();
  try {
    const baseUrl = await serverAddress(server);
    const answered: string[] = [];
    let sequence = 0;
    console.log(
      `Posting to ${baseUrl} over 200 connections; SIGKILL to the server after ${CRASH_AFTER_MS / 1000} s…`,
    );
    setTimeout(() => server.kill('SIGKILL'), CRASH_AFTER_MS);
    await autocannon({
      url: baseUrl,
      connections: 200,
      duration: CRASH_AFTER_MS / 1000 + 2,
      requests: [
        {
          method: 'POST',
          path: '/api/memberships',
          headers: { 'content-type': 'application/json' },
          setupRequest(request) {
            const body = JSON.stringify(benchApplication(sequence++));
            const headers = { ...request.headers, 'idempotency-key': randomUUID() };
            return { ...request, headers, body };
          },
          onResponse(status, body) {
            if (status === 201)
              answered.push((JSON.parse(body) as { reference: string }).reference);
          },
        },
      ],
    });
    // Opening it runs SQLite's recovery of the log, as a restarted server would.
    const db = new Database(databasePath);
    let missing = 0;
    try {
      const stored = db
        .prepare<[string], number>('SELECT 1 FROM memberships WHERE reference = ?')
        .pluck();
      for (const reference of answered) if (stored.get(reference) === undefined) missing++;
      const rows = Number(db.prepare('SELECT count(*) FROM memberships').pluck().get());
      console.table({
        '201 answers before the kill': { value: answered.length },
        'rows on disk after restart': { value: rows },
        'answered 201 but missing': { value: missing },
      });
    } finally {
      db.close();
    }
    if (missing > 0 || answered.length === 0) {
      console.error(`FAIL: ${missing} of ${answered.length} answered submissions were lost.`);
      process.exitCode = 1;
    } else {
      console.log(`OK: all ${answered.length} submissions answered 201 survived kill -9.`);
    }
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchApplication(index: number): Record<string, unknown> {
  return {
    fullName: `Martín Bench ${index}`,
    email: `bench-${index}@example.com`,
    addressLine1: `${index} Tavistock Square`,
    town: 'London',
    postcode: 'WC1H 9QU',
    country: 'United Kingdom',
    membershipType: 'individual',
    paymentMethod: index % 2 ? 'standing-order' : 'other',
    newsletter: index % 3 === 0,
    giftAid: index % 5 === 0,
  };
}

function serverAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    child.once('message', (message) => {
      const { address } = message as { address?: string };
      if (address) resolvePromise(address);
      else reject(new Error('The bench server sent no address'));
    });
    child.once('exit', (code) => reject(new Error(`The bench server exited (${code})`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.send('stop');
  });
}

function countMemberships(databasePath: string): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    return Number(db.prepare('SELECT count(*) FROM memberships').pluck().get());
  } finally {
    db.close();
  }
}
