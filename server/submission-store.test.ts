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
  it('decides once per key, even when another connection answered it first', () => {
    const thisServer = openStore();
    const otherServer = openStore();
    // This server found no earlier answer before validating; meanwhile the other one stored it.
    expect(thisServer.earlierOutcome(SUBMISSION)).toBeNull();
    otherServer.answerOnce(SUBMISSION, AT, () => created);
    const decide = vi.fn(() => created);

    const outcome = thisServer.answerOnce(SUBMISSION, AT, decide);

    expect(decide).not.toHaveBeenCalled();
    expect(outcome).toEqual({
      kind: 'answer',
      status: 201,
      body: '{"reference":"PSG-M-AAAAAAAA"}',
      replayed: true,
    });
  });

  it('calls a different body under the same key a conflict', () => {
    const store = openStore();
    store.answerOnce(SUBMISSION, AT, () => created);

    expect(store.answerOnce({ ...SUBMISSION, hash: 'b'.repeat(64) }, AT, () => created)).toEqual({
      kind: 'conflict',
    });
  });

  it('forgets an answer it was told not to remember', () => {
    const store = openStore();
    const refused: Decision = { status: 409, body: { error: 'full' }, remember: false };

    expect(store.answerOnce(SUBMISSION, AT, () => refused)).toMatchObject({ status: 409 });
    expect(store.earlierOutcome(SUBMISSION)).toBeNull();
  });

  it('rolls back the submission and the record together when deciding fails', () => {
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
      });
      throw new Error('disk on fire');
    };

    expect(() => store.answerOnce(SUBMISSION, AT, failing)).toThrow('disk on fire');
    expect(store.countRegistrations('x')).toBe(0);
    expect(store.earlierOutcome(SUBMISSION)).toBeNull();
  });
});
