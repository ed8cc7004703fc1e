import { z } from 'zod';
import type { FieldErrors } from '../../lib/form-fields.ts';

/** Long enough for a slow mobile connection, short enough that nobody waits on a dead one. */
export const SUBMIT_TIMEOUT_MS = 15_000;

/** What happened to one attempt to send a form, in the terms the page needs to respond. */
export type SubmitOutcome =
  | { kind: 'created'; reference: string }
  /** 422: the server's checks failed; show the messages on the fields. */
  | { kind: 'invalid'; fieldErrors: FieldErrors; formErrors: string[] }
  /** 409: the event is closed or full; sending again will not help. */
  | { kind: 'conflict'; reason: 'closed' | 'full'; message: string | null }
  /** 429: too many attempts; the same answers can be sent again later. */
  | { kind: 'too-many'; message: string | null }
  /** 400, 413, 415 and other refusals: these answers cannot be sent as they are. */
  | { kind: 'refused'; status: number; message: string | null }
  /** No answer, or a broken one: the answers may or may not have arrived, so try again. */
  | { kind: 'failed'; reason: 'network' | 'timeout' | 'server' };

/** Outcomes the answers page reports itself; the rest move the supporter to another step. */
export type SubmissionProblemOutcome = Extract<
  SubmitOutcome,
  { kind: 'failed' } | { kind: 'too-many' } | { kind: 'refused' }
>;

export function isSubmissionProblem(outcome: SubmitOutcome): outcome is SubmissionProblemOutcome {
  return outcome.kind === 'failed' || outcome.kind === 'too-many' || outcome.kind === 'refused';
}

const createdSchema = z.object({ reference: z.string().min(1) });
const invalidSchema = z.object({
  fieldErrors: z.record(z.string(), z.array(z.string())).default({}),
  formErrors: z.array(z.string()).default([]),
});
const conflictSchema = z.object({
  error: z.enum(['closed', 'full']),
  message: z.string().optional(),
});
const messageSchema = z.object({ message: z.string().min(1) });

/** The JSON body as the API wants it: the answers without empty optional fields. */
export function requestBody(values: object): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(values).filter(
        ([, value]) => value !== undefined && value !== null && value !== '',
      ),
    ),
  );
}

/**
 * POSTs a form's answers as JSON with its idempotency key. Never throws: every result, including
 * a dropped connection or a timeout, comes back as a SubmitOutcome.
 */
export async function postForm(
  url: string,
  /** JSON text, as made by `requestBody`. */
  body: string,
  idempotencyKey: string,
  { timeoutMs = SUBMIT_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<SubmitOutcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Idempotency-Key': idempotencyKey,
      },
      body,
      credentials: 'same-origin',
      signal,
    });
    payload = await response.json().catch(() => null);
  } catch {
    return { kind: 'failed', reason: signal.aborted ? 'timeout' : 'network' };
  }

  return outcomeOf(response.status, payload);
}

/**
 * What an answer of the form API means for the supporter. Shared by the browser's send and the
 * Node server's handling of a form posted without JavaScript, which asks the same API.
 */
export function outcomeOf(status: number, payload: unknown): SubmitOutcome {
  const message = messageSchema.safeParse(payload).data?.message ?? null;
  if (status >= 200 && status < 300) {
    const created = createdSchema.safeParse(payload);
    // Without a reference the supporter has nothing to quote; asking again with the same key
    // returns the stored answer rather than storing twice.
    return created.success
      ? { kind: 'created', reference: created.data.reference }
      : { kind: 'failed', reason: 'server' };
  }
  if (status === 422) {
    const invalid = invalidSchema.safeParse(payload);
    if (invalid.success) return { kind: 'invalid', ...invalid.data };
    return { kind: 'refused', status: 422, message };
  }
  if (status === 409) {
    const conflict = conflictSchema.safeParse(payload);
    if (conflict.success) {
      return { kind: 'conflict', reason: conflict.data.error, message: message };
    }
    // The key was used for other answers: the server's words are about headers, not for people.
    return { kind: 'refused', status: 409, message: null };
  }
  if (status === 429) return { kind: 'too-many', message };
  if (status === 408) return { kind: 'failed', reason: 'timeout' };
  if (status >= 400 && status < 500) {
    return { kind: 'refused', status: status, message };
  }
  return { kind: 'failed', reason: 'server' };
}
