import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { fillTemplate, ROOT_ELEMENT, withoutNoscript } from '../src/app/page-template.ts';
import { renderPage } from '../src/app/render-page.tsx';
import { HTML_LANG, LOCALES, localeOfPath } from '../src/config/locales.ts';
import { inLocale, PAGES } from '../src/config/paths.ts';
import { createSearchEngine } from '../src/features/search/search-engine.ts';
import { searchQueries } from '../src/features/search/search-queries.ts';
import { readSearchParams } from '../src/features/search/search-query.ts';
import { createQueryClient } from '../src/lib/query-client.ts';
import { currentMinute } from '../src/lib/use-now.ts';
import type { RateLimitSetting } from './api/api-routes.ts';
import { httpError } from './http-errors.ts';
import { DEFAULT_CACHE_CONTROL } from './http-headers.ts';
import { translator } from './messages.ts';

/** Index paths are built from the manifest (version, term keys, file numbers), never the query. */
const INDEX_PATH = /^[a-z0-9_]+(?:\/[a-z0-9_]+)*\.json$/;

/**
 * GET /search?q=… rendered on the server with its results, from the same index, route table
 * and components as the browser, so search works without JavaScript. The browser hydrates the
 * page from the results in it and carries on from there.
 */
export async function searchPageRoutes(
  app: FastifyInstance,
  { distDir, rateLimit: limit }: { distDir: string; rateLimit: RateLimitSetting },
) {
  if (limit) {
    // Each search renders a page: an address that asks faster than a reader gets a short page
    // saying so (with Retry-After) instead of more of the server's time. This context only.
    await app.register(rateLimit, {
      max: limit.max,
      timeWindow: limit.timeWindow ?? '1 minute',
      errorResponseBuilder: (_request, context) => httpError(context.statusCode, 'tooMany'),
    });
    app.setErrorHandler(async (error: { statusCode?: number }, request, reply) => {
      if (error.statusCode !== 429) throw error;
      const locale = localeOfPath(request.url);
      const translate = await translator(locale);
      return reply
        .code(429)
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(tooManySearchesPage(HTML_LANG[locale], translate('server.search.tooMany')));
    });
  }
  const indexDir = join(distDir, 'content', 'search');
  const search = createSearchEngine(async (path, loadSchema) => {
    if (!INDEX_PATH.test(path)) throw new Error(`Not a search index path: ${path}`);
    const text = await readFile(join(indexDir, path), 'utf8');
    return (await loadSchema()).parse(JSON.parse(text));
  });
  // app.html is the template the prerenderer filled; a build without prerendering has only
  // index.html, which then is the template.
  const templateFile = ['app.html', 'index.html']
    .map((file) => join(distDir, file))
    .find((file) => existsSync(file));
  // Without its "needs JavaScript" note: this page searches without JavaScript.
  const template = templateFile ? withoutNoscript(await readFile(templateFile, 'utf8')) : '';
  // At /search and /es/search: the page, its results and its messages in the address's language.
  for (const locale of LOCALES) {
    const prerendered = join(distDir, `.${inLocale(PAGES.search, locale)}`, 'index.html');
    app.get(inLocale(PAGES.search, locale), async (request, reply) => {
      reply.header('Cache-Control', DEFAULT_CACHE_CONTROL).type('text/html; charset=utf-8');
      try {
        if (!template.includes(ROOT_ELEMENT)) throw new Error('No app template to render into');
        const { query, page } = readSearchParams(
          new URL(request.url, 'http://localhost').searchParams,
        );
        const queryClient = createQueryClient();
        queryClient.setQueryData(searchQueries.onServer().queryKey, true);
        if (query !== '') {
          const results = await search.search(query, page);
          queryClient.setQueryData(searchQueries.results(query, page).queryKey, results);
        }
        const rendered = await renderPage(request.url, currentMinute(), { queryClient });
        return reply.code(rendered.status).send(fillTemplate(template, rendered));
      } catch (error) {
        // A missing or broken index is the server's fault, not the visitor's: say so with the
        // status, and give the browser the prerendered page, which searches with JavaScript.
        request.log.error({ err: error }, 'search page failed to render');
        reply.code(500);
        return existsSync(prerendered) ? reply.send(await readFile(prerendered)) : reply.send('');
      }
    });
  }
}

/** The whole 429 page: our own words only, never the query. */
function tooManySearchesPage(lang: string, message: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title></head><body><main><p>${message}</p></main></body></html>`;
}
