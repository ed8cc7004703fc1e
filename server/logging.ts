import { randomUUID } from 'node:crypto';
import type { FastifyServerOptions } from 'fastify';

type LoggerSettings = Exclude<FastifyServerOptions['logger'], boolean | undefined>;
type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Fastify's logger (pino): one JSON object a line on stdout, each with the request's id
 * (`reqId`). What a request line says about the request is chosen here, not left to the
 * defaults: the method and the path without its query string (a search may hold a name), the
 * status and the time taken; never the body, the headers or the visitor's address.
 */
export function loggerOptions(level: Level, stream?: NodeJS.WritableStream): LoggerSettings {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split('?', 1)[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** Server options that go with the logger: a random id per request, so lines can be joined up. */
export const requestLogging = {
  genReqId: () => randomUUID(),
} satisfies Partial<FastifyServerOptions>;
