import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { FieldErrors } from '../../src/lib/form-fields.ts';
import { KEY_REUSED_MESSAGE } from '../idempotency.ts';
import type { Outcome } from '../submission-store.ts';

/** The 422 body: zod's flattened errors, which the form shows beside each field. */
export type ValidationErrors = { fieldErrors: FieldErrors; formErrors: string[] };

/**
 * The schema's errors plus the checks only the server can make (is this a membership type or a
 * price the content offers?), so the supporter sees every problem at once.
 */
export function validationErrors(
  error: z.ZodError | undefined,
  contentErrors: Partial<Record<string, string>>,
): ValidationErrors {
  const flattened = error ? z.flattenError(error) : { formErrors: [], fieldErrors: {} };
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flattened.fieldErrors)) {
    if (Array.isArray(messages)) fieldErrors[field] = messages;
  }
  for (const [field, message] of Object.entries(contentErrors)) {
    if (message === undefined) continue;
    const messages = fieldErrors[field] ?? [];
    if (!messages.includes(message)) fieldErrors[field] = [...messages, message];
  }
  return { fieldErrors, formErrors: flattened.formErrors };
}

/** Sends a stored or fresh answer byte for byte; a replay is marked for anyone debugging. */
export function sendOutcome(reply: FastifyReply, outcome: Outcome): FastifyReply {
  if (outcome.kind === 'conflict') return reply.code(409).send({ message: KEY_REUSED_MESSAGE });
  if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
  return reply.code(outcome.status).type('application/json; charset=utf-8').send(outcome.body);
}

/** A field of a body not yet validated, or undefined. */
export function rawField(body: unknown, field: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[field]
    : undefined;
}

/** The honeypot: hidden from people, so anything in it (spaces aside) came from a bot. */
export function isHoneypotFilled(website: string | undefined): boolean {
  return (website ?? '').trim() !== '';
}
