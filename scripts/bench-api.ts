/**
 * npm run bench:api — how many membership applications the server stores per second, and proof
 * that none is lost or doubled under load.
 *
 * The server runs in a child process (its own core) on a free loopback port with a temporary
 * site and database and no rate limit; autocannon runs here with 200 connections for 10 s, each
 * request a valid application with its own Idempotency-Key. Requests cut off when the run stops
 * are retried with the same key afterwards, as the browser form would, so at the end every
 * 201 answer has exactly one row: the script exits 1 if not.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const CONNECTIONS = 200;
const DURATION_SECONDS = 10;
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
} else {
  await bench();
}

/** The child: the real app on a free loopback port until the parent says stop. */
async function serve(dir: string): Promise<void> {
  const { buildApp } = await import('../server/app.ts');
  const app = await buildApp({
    distDir: join(dir, 'dist'),
    databasePath: join(dir, 'psg.db'),
    rateLimit: false,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('message', (message) => {
    if (message === 'stop') stop();
  });
  process.on('disconnect', stop);
  process.send?.({ address });
}

async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'psg-bench-'));
  const databasePath = join(dir, 'psg.db');
  mkdirSync(join(dir, 'dist', 'content'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>bench</title>');
  for (const file of ['membership.json', 'privacy.json']) {
    copyFileSync(join(root, 'public/content', file), join(dir, 'dist/content', file));
  }

  const server = fork(import.meta.filename, ['--serve', dir], {
    execArgv: ['--import', 'tsx'],
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const giveUp = setTimeout(() => {
    console.error(`The bench took over ${HARD_LIMIT_MS / 1000} s; stopping.`);
    server.kill();
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }, HARD_LIMIT_MS);

  try {
    const baseUrl = await serverAddress(server);
    console.log(
      `Posting membership applications to ${baseUrl}/api/memberships: ${CONNECTIONS} connections, ${DURATION_SECONDS} s (Node ${process.version}, ${availableParallelism()} cores)…`,
    );

    // Every key sent, with its body, until its answer arrives.
    const unanswered = new Map<string, string>();
    let answered201 = 0;
    let sequence = 0;
    const result = await autocannon({
      url: baseUrl,
      connections: CONNECTIONS,
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
