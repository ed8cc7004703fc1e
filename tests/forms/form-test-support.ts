import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../support/msw-server.ts';

/** One request the API received: its idempotency key and JSON body. */
export type SentRequest = { key: string | null; contentType: string | null; body: unknown };

type Reply = () => Response | Promise<Response>;

/**
 * Answers POSTs to `path` with each reply in turn (the last one repeats) and records every
 * request, so a test can count what was sent and with which key.
 */
export function mockPost(path: string, ...replies: Reply[]) {
  const sent: SentRequest[] = [];
  server.use(
    http.post(`*${path}`, async ({ request }) => {
      sent.push({
        key: request.headers.get('Idempotency-Key'),
        contentType: request.headers.get('Content-Type'),
        body: await request.json(),
      });
      const reply = replies[Math.min(sent.length, replies.length) - 1];
      if (!reply) throw new Error(`No reply for request ${sent.length} to ${path}`);
      return reply();
    }),
  );
  return sent;
}

export const created = (reference: string) => () =>
  HttpResponse.json({ reference }, { status: 201 });

/** A 201 that takes a moment, so a second click lands while the first send is in flight. */
export const createdSlowly = (reference: string) => async () => {
  await delay(50);
  return HttpResponse.json({ reference }, { status: 201 });
};

export const networkError = () => () => HttpResponse.error();

export const serverError = () => () =>
  HttpResponse.json({ message: 'Something went wrong on our side.' }, { status: 500 });

export const invalid =
  (fieldErrors: Record<string, string[]>, formErrors: string[] = []) =>
  () =>
    HttpResponse.json({ fieldErrors, formErrors }, { status: 422 });

/** Text boxes by label, filled as a person types. */
export async function typeInto(user: UserEvent, answers: Record<string, string>) {
  for (const [label, value] of Object.entries(answers)) {
    const box = screen.getByLabelText(label);
    await user.clear(box);
    if (value !== '') await user.type(box, value);
  }
}

/** Puts a long value in at once (typing hundreds of characters one by one is slow). */
export async function pasteInto(user: UserEvent, label: string, value: string) {
  const box = screen.getByLabelText(label);
  await user.clear(box);
  await user.click(box);
  await user.paste(value);
}
