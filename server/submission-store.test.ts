// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from './database.ts';
import { createSubmissionStore, type Decision } from './submission-store.ts';

const SUBMISSION = {
  key: '3b241101-e2bb-4255-8caf-4136c566a962',
  endpoint: 'POST /api/memberships',
  hash: 'a'.repeat(64),
};
const AT = '2024-06-01T09:00:00.000Z';

let dir: string;
let connections: Db[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'psg-store-'));
  connections = [];
});

afterEach(() => {
  for (const db of connections) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A store on its own connection, as a second server process would have. */
function openStore() {
  const db = openDatabase(join(dir, 'psg.db'));
  connections.push(db);
  return createSubmissionStore(db);
}

const created: Decision = { status: 201, body: { reference: 'PSG-M-AAAAAAAA' }, remember: true };

describe('answerOnce', () => {
  it('decides once per key, even when another connection answered it first', async () => {
    const thisServer = openStore();
    const otherServer = openStore();
    // This server found no earlier answer before validating; meanwhile the other one stored it.
    expect(thisServer.earlierOutcome(SUBMISSION)).toBeNull();
    await otherServer.answerOnce(SUBMISSION, AT, () => created);
    const decide = vi.fn(() => created);

    const outcome = await thisServer.answerOnce(SUBMISSION, AT, decide);

    expect(decide).not.toHaveBeenCalled();
    expect(outcome).toEqual({
      kind: 'answer',
      status: 201,
      body: '{"reference":"PSG-M-AAAAAAAA"}',
      replayed: true,
    });
  });

  it('calls a different body under the same key a conflict', async () => {
    const store = openStore();
    await store.answerOnce(SUBMISSION, AT, () => created);

    await expect(
      store.answerOnce({ ...SUBMISSION, hash: 'b'.repeat(64) }, AT, () => created),
    ).resolves.toEqual({ kind: 'conflict' });
  });

  it('forgets an answer it was told not to remember', async () => {
    const store = openStore();
    const refused: Decision = { status: 409, body: { error: 'full' }, remember: false };

    await expect(store.answerOnce(SUBMISSION, AT, () => refused)).resolves.toMatchObject({
      status: 409,
    });
    expect(store.earlierOutcome(SUBMISSION)).toBeNull();
  });

  it('rolls back the submission and the record together when deciding fails', async () => {
    const store = openStore();
    const failing = () => {
      store.insertRegistration({
        reference: 'PSG-E-AAAAAAAA',
        submittedAt: AT,
        eventSlug: 'x',
        fullName: 'A',
        email: 'a@example.com',
        attendance: 'member',
        priceLabel: 'Members',
        pricePence: 800,
        needs: null,
        noticeVersion: '2026-11-30',
        locale: 'en',
        eventEnd: AT,
      });
      throw new Error('disk on fire');
    };

    await expect(store.answerOnce(SUBMISSION, AT, failing)).rejects.toThrow('disk on fire');
    expect(store.countRegistrations('x')).toBe(0);
    expect(store.earlierOutcome(SUBMISSION)).toBeNull();
  });
});

describe('group commit', () => {
  const submission = (index: number) => ({
    ...SUBMISSION,
    key: `3b241101-e2bb-4255-8caf-${String(index).padStart(12, '0')}`,
  });
  const answer = (index: number): Decision => ({
    status: 201,
    body: { reference: `PSG-M-${index}` },
    remember: true,
  });

  it('writes the submissions of one moment in one commit and answers after it', async () => {
    const store = openStore();
    const reader = openDatabase(join(dir, 'psg.db'));
    connections.push(reader);
    const committed = reader.prepare('SELECT count(*) FROM idempotency_records').pluck();
    const seenByOthersWhileDeciding: unknown[] = [];

    const answers = Array.from({ length: 50 }, (_, index) =>
      store.answerOnce(submission(index), AT, () => {
        seenByOthersWhileDeciding.push(committed.get());
        return answer(index);
      }),
    );
    // The first answer arrives only once all fifty are on disk.
    await answers[0];
    const committedAtFirstAnswer = committed.get();
    await Promise.all(answers);

    expect(seenByOthersWhileDeciding).toEqual(Array(50).fill(0));
    expect(committedAtFirstAnswer).toBe(50);
  });

  it('fails only the submission whose decision failed, keeping the rest of its batch', async () => {
    const store = openStore();
    const results = await Promise.allSettled(
      [0, 1, 2].map((index) =>
        store.answerOnce(submission(index), AT, () => {
          if (index === 1) throw new Error('bad row');
          return answer(index);
        }),
      ),
    );

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.earlierOutcome(submission(0))).not.toBeNull();
    expect(store.earlierOutcome(submission(1))).toBeNull();
    expect(store.earlierOutcome(submission(2))).not.toBeNull();
  });

  it('waits for a write lock held elsewhere without blocking, then gives up with SQLITE_BUSY', async () => {
    const db = openDatabase(join(dir, 'psg.db'));
    const other = openDatabase(join(dir, 'psg.db'));
    connections.push(db, other);
    const store = createSubmissionStore(db, { lockWaitMs: 200 });
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 10);

    const refused = store.answerOnce(submission(0), AT, () => answer(0));
    await expect(refused).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    const waited = store.answerOnce(submission(1), AT, () => answer(1));
    setTimeout(() => other.exec('COMMIT'), 50);

    await expect(waited).resolves.toMatchObject({ status: 201 });
    clearInterval(ticking);
    // The event loop kept running while the lock was held.
    expect(ticks).toBeGreaterThan(5);
  });
});
