import { I18nProvider } from '@lingui/react';
import { dehydrate, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { isValidElement, StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { localeOfPath, type Locale } from '../config/locales.ts';
import { localePrefix } from '../config/paths.ts';
import { FormPostContext, type FormPost } from '../features/forms/form-post.ts';
import { loadI18n } from '../lib/i18n.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { FormattedContext, rememberIn, type Formatted } from '../lib/use-format.ts';
import { RenderTimeContext } from '../lib/use-now.ts';
import type { Handoff } from './handoff.ts';
import { createRoutes } from './routes.tsx';

export type RenderedPage = {
  status: number;
  /** The page's language, from its address. */
  locale: Locale;
  /** <title> and <meta> tags, which React puts first; they belong in <head>. */
  head: string;
  body: string;
  handoff: Handoff;
  /** The Components of the routes the page matched: the build preloads their modules. */
  routeComponents: unknown[];
};

const HOISTED = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;

/**
 * Renders one URL in Node exactly as the browser would: the same route table and loaders fill
 * a fresh query cache, which is handed over so the browser hydrates without fetching again.
 */
export async function renderPage(
  url: string,
  renderedAt: number,
  {
    formPost = null,
    queryClient = createQueryClient(),
  }: {
    /** The Node server's result of a form posted without JavaScript (server/forms). */
    formPost?: FormPost | null;
    /** The server passes one holding what it already knows (say, search results). */
    queryClient?: QueryClient;
  } = {},
): Promise<RenderedPage> {
  // The address's language; the router's basename is its prefix, so links stay in it.
  const locale = localeOfPath(new URL(url, 'http://localhost').pathname);
  const handler = createStaticHandler(createRoutes(queryClient), {
    basename: localePrefix(locale) || '/',
  });
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) throw new Error(`${url} redirected; prerendering expects pages`);
  if (context.errors) {
    const [error] = Object.values(context.errors);
    throw new Error(
      `${url} failed to render: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const i18n = await loadI18n(locale);
  const formatted: Formatted = {};
  // prerender (not renderToString) waits for lazy components, such as the join page's form,
  // so their HTML is in the page rather than left for the browser to fill in.
  const { prelude } = await prerender(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <RenderTimeContext value={renderedAt}>
          <FormattedContext value={rememberIn(formatted)}>
            <QueryClientProvider client={queryClient}>
              <FormPostContext value={formPost}>
                <StaticRouterProvider router={router} context={context} hydrate={false} />
              </FormPostContext>
            </QueryClientProvider>
          </FormattedContext>
        </RenderTimeContext>
      </I18nProvider>
    </StrictMode>,
  );
  const html = await new Response(prelude).text();
  const head = HOISTED.exec(html)?.[0] ?? '';
  return {
    status: context.statusCode,
    locale,
    head,
    body: html.slice(head.length),
    handoff: {
      url,
      renderedAt,
      queries: dehydrate(queryClient),
      router: { loaderData: context.loaderData, actionData: null, errors: null },
      formatted,
    },
    // The router turns each Component into an element: its type is the Component.
    routeComponents: context.matches
      .map(({ route }) => route.Component ?? (isValidElement(route.element) && route.element.type))
      .filter(Boolean),
  };
}
