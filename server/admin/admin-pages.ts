import type { FastifyInstance } from 'fastify';
import { DESK_FILE, DESK_PATTERN } from '../../src/config/desk-paths.ts';

/** The desk's pages: never prerendered; the server hands out the desk's own app for them. */
export const ADMIN_PAGE_PATTERN = DESK_PATTERN;
/** The desk's HTML in the build (a Vite entry of its own, beside index.html). */
export const ADMIN_PAGE_FILE = DESK_FILE;

/**
 * The desk's HTML is not for search engines, and no copy of it may be kept: after signing out,
 * Back must fetch it again (and find no session) rather than show a stored page.
 */
export function protectAdminPages(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (ADMIN_PAGE_PATTERN.test(path) || path === `/${ADMIN_PAGE_FILE}`) {
      reply.header('Cache-Control', 'no-store');
      reply.header('X-Robots-Tag', 'noindex, nofollow');
    }
    return payload;
  });
}
