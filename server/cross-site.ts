import type { FastifyInstance, FastifyRequest } from 'fastify';
import { httpError } from './http-errors.ts';

export const CROSS_SITE_MESSAGE =
  'This form was sent from another website, so it has not been accepted. Open the form on this site and send it from there.';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that changes data came from a page of this site. Browsers say where a request
 * comes from: `Sec-Fetch-Site` (every current browser; it cannot be set by a page's script) and,
 * on any POST, `Origin`. A request with neither is not from a browser page (curl, the server
 * itself), so a forged cross-site post cannot look like one.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  // "none": typed or bookmarked by the visitor themselves, never a post made by another page.
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    // The host only: behind a TLS proxy this server may see http while the browser says https.
    return new URL(origin).host === request.host;
  } catch {
    // "null" (a sandboxed frame, a data: page) or garbage: not this site.
    return false;
  }
}

/**
 * Cross-site request forgery: another site's page must not be able to send a form (or an API
 * call) in a visitor's name. Checked on every request that could change data, before its body is
 * read. Why headers, not tokens: the pages are prerendered, the same bytes for everyone, so they
 * cannot carry a per-visitor token without a server session; Fetch Metadata and Origin need
 * neither (OWASP's recommended defence when they are available).
 */
export function refuseCrossSiteRequests(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!isSameOrigin(request)) throw httpError(403, CROSS_SITE_MESSAGE);
  });
}
