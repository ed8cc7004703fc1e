import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { httpError, NOT_JSON_MESSAGE } from '../http-errors.ts';
import type { ApiDependencies } from './api-dependencies.ts';
import { membershipRoute } from './membership-route.ts';
import { registrationRoute } from './registration-route.ts';

/** `timeWindow` is milliseconds or a string such as '1 minute' (default). */
export type RateLimitSetting = { max: number; timeWindow?: string | number } | false;

export type ApiOptions = ApiDependencies & { rateLimit: RateLimitSetting };

/** The form endpoints under /api, in their own Fastify context so their hooks stay there. */
export async function apiRoutes(api: FastifyInstance, options: ApiOptions): Promise<void> {
  if (options.rateLimit) {
    // Registered in this context only: pages and content files are not limited.
    await api.register(rateLimit, {
      max: options.rateLimit.max,
      timeWindow: options.rateLimit.timeWindow ?? '1 minute',
      errorResponseBuilder: (_request, context) =>
        httpError(
          context.statusCode,
          `Too many submissions from your connection. Wait ${context.after} and try again.`,
        ),
    });
  }

  // Before the body is read: a form post or text/plain body is refused, not half-parsed.
  api.addHook('preParsing', async (request, _reply, payload) => {
    const mediaType = request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') throw httpError(415, NOT_JSON_MESSAGE);
    return payload;
  });

  membershipRoute(api, options);
  registrationRoute(api, options);
}
