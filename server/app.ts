import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { appShellFile, notFoundFile } from '../src/app/page-template.ts';
import { DESK_API } from '../src/config/desk-paths.ts';
import { localeOfPath } from '../src/config/locales.ts';
import { pageOf, renderingOf } from '../src/config/paths.ts';
import { adminRoutes } from './admin/admin-routes.ts';
import { ADMIN_PAGE_FILE, ADMIN_PAGE_PATTERN, protectAdminPages } from './admin/admin-pages.ts';
import { apiRoutes, type RateLimitSetting } from './api/api-routes.ts';
import { createContentFiles } from './content-files.ts';
import { refuseCrossSiteRequests } from './cross-site.ts';
import { openDatabase } from './database.ts';
import { formRoutes } from './forms/form-routes.ts';
import { healthRoute } from './health-route.ts';
import { installErrorHandler } from './http-errors.ts';
import { movedTo } from './legacy-addresses.ts';
import {
  cacheControlFor,
  DEFAULT_CACHE_CONTROL,
  HSTS_HEADER,
  inlineStyleSources,
  securityHeadersFor,
} from './http-headers.ts';
import { requestLogging } from './logging.ts';
import { PRUNE_EVERY_MS, scheduleRetention } from './retention.ts';
import { searchPageRoutes } from './search-page.ts';
import { assertOutsideSite, isServable, realPath } from './served-path.ts';
import { createSubmissionStore } from './submission-store.ts';

export type AppOptions = {
  /** The built site (index.html, assets/, content/). */
  distDir: string;
  /** The SQLite file holding submissions; its folder is created if need be. */
  databasePath: string;
  /** Where events.json and membership.json are read from; default `${distDir}/content`. */
  contentDir?: string;
  /** The server's clock; tests and end-to-end runs pass a fixed one. Default: real time. */
  now?: () => Date;
  /** Fastify's logger setting; default off. */
  logger?: FastifyServerOptions['logger'];
  /** Per client IP, on /api only; `false` turns it off. Default 30 a minute. */
  rateLimit?: RateLimitSetting;
  /** Per client IP, on the server-rendered search page; `false` turns it off. Default 60 a minute. */
  searchRateLimit?: RateLimitSetting;
  /**
   * Behind a reverse proxy, so the rate limit sees real IPs: the proxy's addresses or subnets
   * (comma-separated), or how many proxies are in front. Never `true` (see config.ts).
   */
  trustProxy?: false | number | string;
  /** How long a client has to send a whole request (headers and body) before a 408. */
  requestTimeoutMs?: number;
  /** How often expired records are deleted (also once at start); `false` never. */
  pruneEveryMs?: number | false;
  /**
   * Signs the answers a page carries between the steps of a form sent without JavaScript.
   * Default: a random one per start, so such a page open across a restart must be sent again.
   */
  formSecret?: string;
};

/** A slow client (one byte at a time) holds a connection at most this long. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export const DEFAULT_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

/** Each search renders a page on the server: generous for a reader, a limit for a script. */
export const DEFAULT_SEARCH_RATE_LIMIT = { max: 60, timeWindow: '1 minute' } as const;

/**
 * The production server: the form API under /api, and the built site, with deep links falling
 * back to the single-page app while a missing content file or asset is a real 404 (the app
 * relies on that for unknown slugs).
 */
export async function buildApp({
  distDir,
  databasePath,
  contentDir = join(distDir, 'content'),
  now = () => new Date(),
  logger = false,
  rateLimit = DEFAULT_RATE_LIMIT,
  searchRateLimit = DEFAULT_SEARCH_RATE_LIMIT,
  trustProxy = false,
  requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  pruneEveryMs = PRUNE_EVERY_MS,
  formSecret = randomBytes(32).toString('base64url'),
}: AppOptions): Promise<FastifyInstance> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  }
  assertOutsideSite(distDir, databasePath);
  // The CSP allows the prerendered pages' inline stylesheet by its hash, read from the build.
  const headers = securityHeadersFor(
    inlineStyleSources(readFileSync(join(distDir, 'index.html'), 'utf8')),
  );
  /** Those headers, with HSTS only when the request came over TLS. */
  const securityHeaders = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    reply.headers(headers);
    if (request.protocol === 'https') reply.header(HSTS_HEADER.name, HSTS_HEADER.value);
    return reply;
  };
  const db = openDatabase(databasePath);
  const app = Fastify({
    logger,
    ...requestLogging,
    // A hop count: trust that many proxies in front, so the address they saw is the visitor's.
    trustProxy:
      typeof trustProxy === 'number'
        ? (_address: string, hop: number) => hop < trustProxy
        : trustProxy,
    requestTimeout: requestTimeoutMs,
    http: {
      // Node enforces the request timeout only while the headers' one is not longer.
      headersTimeout: requestTimeoutMs,
      // Node checks both on this interval (30 s by default), so they are late by up to that.
      connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs / 4),
    },
    // A malformed address (a broken %-escape) gets the same { message } shape as other errors,
    // and the same headers: Fastify answers it before any hook runs.
    frameworkErrors: (_error, request, reply: FastifyReply) =>
      securityHeaders(request, reply).code(400).send({ message: 'The address is not valid.' }),
  });
  // Closing the app (tests, shutdown) closes the database, which checkpoints its log.
  app.addHook('onClose', async () => {
    db.close();
  });

  try {
    installErrorHandler(app);
    app.addHook('onRequest', async (request, reply) => {
      securityHeaders(request, reply);
    });
    await app.register(compress);
    // Old addresses of pages that moved (/news?page=2), for visitors without JavaScript too.
    app.addHook('onRequest', async (request, reply) => {
      const location = request.method === 'GET' ? movedTo(request.url) : null;
      if (location) await reply.redirect(location, 301);
    });
    await app.register(healthRoute, { db, distDir });

    refuseCrossSiteRequests(app);
    const content = createContentFiles(contentDir);
    await app.register(apiRoutes, {
      store: createSubmissionStore(db),
      content,
      now,
      rateLimit,
    });
    if (pruneEveryMs !== false) {
      const stopPruning = scheduleRetention({
        db,
        content,
        now,
        log: app.log,
        everyMs: pruneEveryMs,
      });
      app.addHook('preClose', async () => stopPruning());
    }
    // The forms posted without JavaScript: pages rendered by the server, stored through the API.
    await app.register(formRoutes, {
      distDir,
      contentDir,
      content,
      now,
      rateLimit,
      secret: formSecret,
    });

    await app.register(searchPageRoutes, { distDir, rateLimit: searchRateLimit });

    // The membership secretary's desk: its API (own tables, cookie, hooks) and its pages' headers.
    await app.register(adminRoutes, { prefix: DESK_API, db, now });
    protectAdminPages(app);

    const servedRoot = realPath(distDir);
    await app.register(fastifyStatic, {
      root: distDir,
      // Dotfiles (.env, .git/) and symbolic links out of the folder are not part of the site.
      allowedPath: (urlPath) => isServable(servedRoot, urlPath),
      // One route for all files: registering a route per file made start-up grow with the
      // archive (about 30 s at 10,000 articles).
      wildcard: true,
      // The build writes .br and .gz copies of the assets (scripts/precompress.ts).
      preCompressed: true,
      cacheControl: false,
      // `res` is Node's raw response here (a @fastify/static 9 change), so `setHeader`.
      setHeaders(res, path) {
        const urlPath = `/${relative(distDir, path).split(sep).join('/')}`;
        res.setHeader('Cache-Control', cacheControlFor(urlPath));
      },
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const wantsPage =
        request.method === 'GET' &&
        !path.startsWith('/content/') &&
        !path.startsWith('/assets/') &&
        !path.startsWith('/api/');
      if (!wantsPage) return reply.code(404).send({ message: 'Not found' });
      const page = pageFile(distDir, path);
      // The not-found handler is no route, so @fastify/compress does not see it: compress here.
      return reply
        .code(page.status)
        .header('Cache-Control', DEFAULT_CACHE_CONTROL)
        .type('text/html; charset=utf-8')
        .compress(createReadStream(join(distDir, page.file)));
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/**
 * The HTML for a page address, and its status. The build prerenders every page to
 * <path>/index.html, which static serving only finds with a trailing slash, so
 * /news/some-article is looked up here. A form step gets the bare app shell (app.html). Anything
 * else is not a page of the site: the prerendered 404 page with status 404. A build without
 * prerendering (no 404.html) falls back to its index.html, the app shell, for everything.
 */
export function pageFile(distDir: string, urlPath: string): { file: string; status: number } {
  // The membership secretary's desk is an app of its own, never prerendered.
  if (ADMIN_PAGE_PATTERN.test(urlPath) && existsSync(join(distDir, ADMIN_PAGE_FILE))) {
    return { file: ADMIN_PAGE_FILE, status: 200 };
  }
  try {
    const decoded = decodeURIComponent(urlPath);
    const page = resolve(distDir, `.${decoded}`, 'index.html');
    if (isServable(realPath(distDir), `${decoded}/index.html`) && existsSync(page)) {
      return { file: relative(distDir, page), status: 200 };
    }
  } catch {
    // A malformed %-escape: no such page.
  }
  if (!existsSync(join(distDir, '404.html'))) return { file: 'index.html', status: 200 };
  // In the address's language (/es/... is Spanish), when the build wrote that language's file.
  const inLanguage = (file: string) => (existsSync(join(distDir, file)) ? file : undefined);
  const locale = localeOfPath(urlPath);
  // Form steps that show what the visitor typed in this tab (its saved draft) cannot be
  // prerendered: the bare app shell renders them in the browser (src/config/paths.ts says which).
  const page = pageOf(urlPath);
  if (page && renderingOf(page) === 'app-only') {
    return { file: inLanguage(appShellFile(locale)) ?? 'app.html', status: 200 };
  }
  return { file: inLanguage(notFoundFile(locale)) ?? '404.html', status: 404 };
}
