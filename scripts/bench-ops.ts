/**
 * npm run bench:ops — the production operations, measured after `npm run build`:
 *
 * 1. Start time: from launching the server to the first 200 from /healthz, for the compiled
 *    server (`npm run serve`: plain node, build/server/main.js) beside the TypeScript sources
 *    run through tsx (what `npm start` ran before), alternated, median of 3 each, with the ratio.
 * 2. Backup at 10,000 submissions: a database holding 10,000 membership applications (each with
 *    its idempotency record, as the API stores them), backed up as `npm run backup` does it
 *    (median of 3), then that backup checked and restored into a fresh folder.
 *
 * Everything runs in a temporary folder; the real database is never touched.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase } from '../server/backup.ts';
import { openDatabase } from '../server/database.ts';
import { restoreDatabase } from '../server/restore.ts';
import { createSubmissionStore } from '../server/submission-store.ts';
import { formatTable } from './size/table.ts';

const root = resolve(import.meta.dirname, '..');
const SUBMISSIONS = 10_000;
const RUNS = 3;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds from spawning the server to its first healthy answer. */
async function startTime(args: string[], work: string, run: number): Promise<number> {
  const port = 39_000 + run;
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE: join(work, `start-${run}`, 'psg.db') },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      if (performance.now() - started > 60_000)
        throw new Error(`${args.join(' ')}: no answer in 60 s`);
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

async function benchStart(work: string) {
  const compiled = ['--enable-source-maps', 'build/server/main.js'];
  const throughTsx = ['--import', 'tsx', 'server/main.ts'];
  const times = { compiled: [] as number[], tsx: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    times.compiled.push(await startTime(compiled, work, run * 2));
    times.tsx.push(await startTime(throughTsx, work, run * 2 + 1));
  }
  const compiledMs = median(times.compiled);
  const tsxMs = median(times.tsx);
  console.log('\nStart to first healthy answer (median of 3, alternated)\n');
  console.log(
    formatTable(
      ['server', 'runs (ms)', 'median (ms)'],
      [
        [
          'npm run serve (node build/server/main.js)',
          times.compiled.map(Math.round).join(', '),
          Math.round(compiledMs),
        ],
        ['tsx server/main.ts (before)', times.tsx.map(Math.round).join(', '), Math.round(tsxMs)],
      ],
    ),
  );
  console.log(`\nCompiled / tsx: ${(compiledMs / tsxMs).toFixed(2)}`);
}

async function fillDatabase(path: string): Promise<void> {
  const db = openDatabase(path);
  const store = createSubmissionStore(db);
  const answers: Promise<unknown>[] = [];
  for (let i = 0; i < SUBMISSIONS; i++) {
    const submittedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    answers.push(
      store.answerOnce(
        { key: randomUUID(), endpoint: 'memberships', hash: `h${i}` },
        submittedAt,
        () => {
          const reference = store.freshReference('M');
          store.insertMembership({
            reference,
            submittedAt,
            fullName: `Synthetic Member ${i}`,
            email: `member${i}@example.com`,
            addressLine1: `${i} Example Street`,
            addressLine2: null,
            town: 'London',
            postcode: 'E1 1AA',
            country: 'United Kingdom',
            membershipType: 'individual',
            membershipTypeLabel: 'Individual',
            paymentMethod: 'standing-order',
            newsletter: 1,
            newsletterConsentText: 'Send me the Peru Support Group newsletter by email.',
            newsletterConsentedAt: submittedAt,
            giftAid: 0,
            giftAidDeclarationText: null,
            giftAidDeclaredOn: null,
            noticeVersion: '2026-11-30',
            locale: 'en',
          });
          return { status: 201, body: { reference }, remember: true };
        },
      ),
    );
  }
  // The store commits queued submissions in groups, so this is a few large transactions.
  await Promise.all(answers);
  db.close();
}

async function benchBackup(work: string) {
  const databasePath = join(work, 'live', 'psg.db');
  await fillDatabase(databasePath);
  const backups = join(work, 'backups');
  const runs: { ms: number; bytes: number; file: string }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      const result = await backupDatabase(db, backups, RUNS, new Date(Date.now() + run));
      runs.push({ ms: result.milliseconds, bytes: result.bytes, file: result.file });
    } finally {
      db.close();
    }
  }
  const restoreStarted = performance.now();
  const restored = restoreDatabase(runs[0]!.file, join(work, 'restored', 'psg.db'));
  const restoreMs = performance.now() - restoreStarted;
  console.log(`\nBackup of a database with ${SUBMISSIONS.toLocaleString('en-GB')} submissions\n`);
  console.log(
    formatTable(
      ['step', 'runs (ms)', 'median (ms)', 'size (KB)'],
      [
        [
          'npm run backup (online backup)',
          runs.map((run) => Math.round(run.ms)).join(', '),
          Math.round(median(runs.map((run) => run.ms))),
          Math.round(runs[0]!.bytes / 1024),
        ],
        [
          'npm run restore (check + replace)',
          String(Math.round(restoreMs)),
          Math.round(restoreMs),
          '',
        ],
      ],
    ),
  );
  if (restored.rows.memberships !== SUBMISSIONS) {
    throw new Error(
      `The restored database has ${restored.rows.memberships} memberships, not ${SUBMISSIONS}`,
    );
  }
  console.log(
    `\nRestored and checked: ${restored.rows.memberships.toLocaleString('en-GB')} memberships.`,
  );
}

if (!existsSync(join(root, 'build/server/main.js')) || !existsSync(join(root, 'dist/index.html'))) {
  console.error('No build: run "npm run build" first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'psg-bench-ops-'));
try {
  await benchStart(work);
  await benchBackup(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
