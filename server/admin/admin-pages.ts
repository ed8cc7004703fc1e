import type { FastifyInstance } from 'fastify';

/** The desk's pages: never prerendered, so the server hands out the bare app shell. */
export const ADMIN_PAGE_PATTERN = /^\/admin(?:\/.*)?$/;

/**
 * The desk's HTML is not for search engines, and no copy of it may be kept: after signing out,
 * Back must fetch it again (and find no session) rather than show a stored page.
 */
export function protectAdminPages(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (ADMIN_PAGE_PATTERN.test(request.url.split('?', 1)[0] ?? '')) {
      reply.header('Cache-Control', 'no-store');
      reply.header('X-Robots-Tag', 'noindex, nofollow');
    }
    return payload;
  });
}
