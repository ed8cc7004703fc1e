import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long a "Check your answers" page can be sent from: long enough to read it and decide. */
export const SIGNED_ANSWERS_TTL_MS = 2 * 60 * 60 * 1000;

/** The hidden fields of a "Check your answers" page rendered without JavaScript. */
export type SignedAnswers = {
  answers: string;
  idempotencyKey: string;
  issued: string;
  signature: string;
};

const hiddenFieldsSchema = z.object({
  answers: z.string().max(16 * 1024),
  idempotencyKey: z.uuid(),
  issued: z.string().regex(/^\d{1,15}$/),
  signature: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/** Answers as the API takes them: text, and ticked boxes as true. */
const answersSchema = z.record(z.string(), z.union([z.string(), z.boolean()]));
export type Answers = z.infer<typeof answersSchema>;

export type VerifiedAnswers =
  | { ok: true; answers: Answers; idempotencyKey: string; hidden: SignedAnswers }
  /**
   * Tampered with, from another form, or too old. `answers` is what the page held, if it can be
   * read, so the form can show it again rather than losing it.
   */
  | { ok: false; answers: Answers | null };

/**
 * Carries checked answers from "Check your answers" to the send in the page itself, signed with
 * an HMAC of a server secret, so nothing is kept on the server between the two posts and nothing
 * goes into a URL. The signature binds the answers to their form (`scope`: the form's address),
 * to the idempotency key the send will use, and to the time they were checked.
 */
export function createAnswerSigner(secret: string) {
  const sign = (scope: string, answers: string, idempotencyKey: string, issued: string) =>
    createHmac('sha256', secret)
      .update([scope, idempotencyKey, issued, answers].join('\n'))
      .digest('base64url');

  return {
    sign(scope: string, answers: Answers, now: Date): SignedAnswers {
      const text = JSON.stringify(answers);
      const idempotencyKey = randomUUID();
      const issued = String(now.getTime());
      return {
        answers: text,
        idempotencyKey,
        issued,
        signature: sign(scope, text, idempotencyKey, issued),
      };
    },

    verify(scope: string, body: unknown, now: Date): VerifiedAnswers {
      const fields = hiddenFieldsSchema.safeParse(body);
      if (!fields.success) return { ok: false, answers: readAnswers(body) };
      const { answers, idempotencyKey, issued, signature } = fields.data;
      const parsed = readAnswers(body);
      const expected = Buffer.from(sign(scope, answers, idempotencyKey, issued));
      const given = Buffer.from(signature);
      const age = now.getTime() - Number(issued);
      const valid =
        parsed !== null &&
        given.length === expected.length &&
        timingSafeEqual(given, expected) &&
        age >= 0 &&
        age <= SIGNED_ANSWERS_TTL_MS;
      return valid
        ? { ok: true, answers: parsed, idempotencyKey, hidden: fields.data }
        : { ok: false, answers: parsed };
    },
  };
}

export type AnswerSigner = ReturnType<typeof createAnswerSigner>;

/** The `answers` hidden field read without trusting it, or null. */
export function readAnswers(body: unknown): Answers | null {
  const text =
    typeof body === 'object' && body !== null ? (body as { answers?: unknown }).answers : undefined;
  if (typeof text !== 'string') return null;
  try {
    return answersSchema.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    return null;
  }
}
