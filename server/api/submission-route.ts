import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { API_BODY_LIMIT_BYTES, httpError } from '../http-errors.ts';
import { MISSING_KEY_MESSAGE, readIdempotencyKey, requestHash } from '../idempotency.ts';
import { exceedsDepth, MAX_BODY_DEPTH } from '../json-depth.ts';
import type { ReferenceKind } from '../reference.ts';
import type { Decision, SubmissionStore } from '../submission-store.ts';
import { localeOfQuery, translateErrors, wordingIn } from '../messages.ts';
import type { Locale } from '../../src/config/locales.ts';
import { isHoneypotFilled, sendOutcome, validationErrors } from './api-responses.ts';
import type { ApiDependencies } from './api-dependencies.ts';

export const TOO_DEEP_MESSAGE = `The request body is nested too deeply: the answers are a flat JSON object.`;

type Params = Record<string, string>;

/** An answer that ends the request before the answers are checked (no such event, closed). */
export type EarlyAnswer = { status: number; body: unknown };

/** What one stored submission needs from its endpoint; the flow around it is shared. */
export type SubmissionEndpoint<Data extends { website?: string }, Context> = {
  /** Fastify's route, e.g. '/api/events/:slug/registrations'. */
  url: string;
  /** Prefix of its references: PSG-M-… or PSG-E-…. */
  referenceKind: ReferenceKind;
  /** Recorded with each Idempotency-Key: the same key on another endpoint is a conflict. */
  endpoint(params: Params): string;
  schema: z.ZodType<Data>;
  /** What the content files say for this request, or an answer that ends it before validation. */
  context(params: Params, at: Date): { context: Context } | { answer: EarlyAnswer };
  /** Checks only the content can make (a membership type or price it offers), by field. */
  contentErrors(body: unknown, context: Context): Partial<Record<string, string>>;
  /** Inside the write transaction: a refusal that is not remembered (event full), or null. */
  refuse?(store: SubmissionStore, context: Context): Decision | null;
  /** Inside the write transaction: store the submission under its new reference. */
  save(saving: {
    store: SubmissionStore;
    data: Data;
    context: Context;
    reference: string;
    at: Date;
    noticeVersion: string;
    /** The language of the page the form was sent from (?locale=es), stored with the row. */
    locale: Locale;
    /** A message's exact words in that language, as the supporter's page showed them. */
    wording: (id: string) => string;
  }): void;
};

/**
 * The one flow both form endpoints share: Idempotency-Key, a replay of the first answer, the
 * endpoint's content checks, validation with the form's own schema (422), then the write, which
 * joins the next group commit, and its answer, remembered for retries.
 */
export function submissionRoute<Data extends { website?: string }, Context>(
  api: FastifyInstance,
  { store, content, now }: ApiDependencies,
  spec: SubmissionEndpoint<Data, Context>,
): void {
  api.post<{ Params: Params }>(
    spec.url,
    { bodyLimit: API_BODY_LIMIT_BYTES },
    async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const key = readIdempotencyKey(request.headers['idempotency-key']);
      if (!key) return reply.code(400).send({ message: MISSING_KEY_MESSAGE });
      // Before anything walks the body: a form's answers are one flat object.
      if (exceedsDepth(request.body, MAX_BODY_DEPTH)) throw httpError(400, TOO_DEEP_MESSAGE);
      const endpoint = spec.endpoint(request.params);
      const submission = { key, endpoint, hash: requestHash(endpoint, request.body) };
      // A retry gets its first answer even if the content has changed since.
      const earlier = store.earlierOutcome(submission);
      if (earlier) return sendOutcome(reply, earlier);

      const at = now();
      const found = spec.context(request.params, at);
      if ('answer' in found) return reply.code(found.answer.status).send(found.answer.body);
      const { context } = found;

      // The language of the page the form came from (?locale=es): of its messages, and of the
      // wording stored as the supporter read it.
      const locale = localeOfQuery(request.query);
      const result = spec.schema.safeParse(request.body);
      const contentErrors = spec.contentErrors(request.body, context);
      if (!result.success || Object.values(contentErrors).some(Boolean)) {
        const errors = validationErrors(result.error, contentErrors);
        return reply.code(422).send(await translateErrors(errors, locale));
      }

      const data = result.data;
      const noticeVersion = content.privacy().version;
      const wording = await wordingIn(locale);
      const outcome = await store.answerOnce(submission, at.toISOString(), () => {
        const refusal = spec.refuse?.(store, context);
        if (refusal) return refusal;
        const reference = store.freshReference(spec.referenceKind);
        // A bot that filled the hidden field is told "stored", and nothing is.
        if (!isHoneypotFilled(data.website)) {
          spec.save({ store, data, context, reference, at, noticeVersion, locale, wording });
        }
        return { status: 201, body: { reference }, remember: true };
      });
      return sendOutcome(reply, outcome);
    },
  );
}
