import type { FastifyError, FastifyInstance } from 'fastify';
import { isBusy } from './submission-store.ts';

export const SERVER_ERROR_MESSAGE =
  'Something went wrong on our side and your details were not saved. Please try again in a few minutes.';

/** The largest JSON body the API reads: a form's answers are far smaller. */
export const API_BODY_LIMIT_BYTES = 16 * 1024;

export const BUSY_MESSAGE =
  'The site is busy and your details were not saved. Please try again in a few seconds.';

/** Seconds a client is told to wait after a 503 (the form's "Try again" resends the same key). */
export const BUSY_RETRY_AFTER_SECONDS = 5;

export const NOT_JSON_MESSAGE = 'Send the answers as JSON, with Content-Type: application/json.';

/** Fastify's own wording is for developers; these are for whoever reads the response. */
const FRIENDLY_MESSAGES: Partial<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `The request is too large: send at most ${API_BODY_LIMIT_BYTES / 1024} KB of JSON.`,
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty: send the answers as a JSON object.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: NOT_JSON_MESSAGE,
};

/** An error that becomes an HTTP answer `{ message }` with its status. */
export function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

/**
 * Every error becomes `{ message }`: the browser form can always show something readable. A 4xx
 * says what was wrong with the request; a 5xx is logged and says only that nothing was saved
 * (true, because each write is one transaction).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: Partial<FastifyError>, request, reply) => {
    // Another process holds the database's write lock (a long maintenance job): nothing was
    // saved, and the client may try again shortly with the same Idempotency-Key.
    if (isBusy(error)) {
      request.log.warn({ err: error }, 'database busy');
      return reply
        .code(503)
        .header('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
        .send({ message: BUSY_MESSAGE });
    }
    const statusCode = error.statusCode ?? 500;
    if (statusCode >= 500 || statusCode < 400) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ message: SERVER_ERROR_MESSAGE });
    }
    const message = (error.code && FRIENDLY_MESSAGES[error.code]) || error.message || 'Bad request';
    return reply.code(statusCode).send({ message });
  });
}
