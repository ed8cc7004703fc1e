import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { postForm, requestBody } from '../../src/features/forms/post-answers.ts';
import { server } from '../support/msw-server.ts';

const KEY = '0b5e7c1e-6a57-4a43-9a38-8f1f0c1d2e3f';

function answer(response: () => Response | Promise<Response>) {
  server.use(http.post('*/api/test', response));
}

describe('postForm', () => {
  it('leaves empty optional answers out of the body', () => {
    expect(JSON.parse(requestBody({ a: 'x', b: '', c: undefined, d: false, e: null }))).toEqual({
      a: 'x',
      d: false,
    });
  });

  it('gives up after the timeout and says so, so the page can offer "Try again"', async () => {
    answer(async () => {
      await delay(2_000);
      return HttpResponse.json({ reference: 'late' }, { status: 201 });
    });
    await expect(postForm('/api/test', '{}', KEY, { timeoutMs: 50 })).resolves.toEqual({
      kind: 'failed',
      reason: 'timeout',
    });
  });

  it.each([
    [201, { reference: 'PSG-M-1' }, { kind: 'created', reference: 'PSG-M-1' }],
    [201, { nothing: true }, { kind: 'failed', reason: 'server' }],
    [
      422,
      { fieldErrors: { email: ['Enter your email address'] }, formErrors: [] },
      { kind: 'invalid', fieldErrors: { email: ['Enter your email address'] }, formErrors: [] },
    ],
    [
      409,
      { error: 'full', message: 'Full.' },
      { kind: 'conflict', reason: 'full', message: 'Full.' },
    ],
    [
      409,
      { message: 'This Idempotency-Key was already used' },
      { kind: 'refused', status: 409, message: null },
    ],
    [429, { message: 'Slow down.' }, { kind: 'too-many', message: 'Slow down.' }],
    [413, { message: 'Too large.' }, { kind: 'refused', status: 413, message: 'Too large.' }],
    [503, 'not json', { kind: 'failed', reason: 'server' }],
  ])('reads a %i answer', async (status, body, outcome) => {
    answer(() =>
      typeof body === 'string'
        ? new HttpResponse(body, { status })
        : HttpResponse.json(body, { status }),
    );
    await expect(postForm('/api/test', '{}', KEY)).resolves.toEqual(outcome);
  });

  it('reports a dropped connection', async () => {
    answer(() => HttpResponse.error());
    await expect(postForm('/api/test', '{}', KEY)).resolves.toEqual({
      kind: 'failed',
      reason: 'network',
    });
  });
});
