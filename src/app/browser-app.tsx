import { I18nProvider } from '@lingui/react';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { HTML_LANG, localeOfPath } from '../config/locales.ts';
import { localePrefix } from '../config/paths.ts';
import { createAreaLoader } from '../lib/i18n-areas.ts';
import { createI18n } from '../lib/i18n.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { FormattedContext, rememberIn } from '../lib/use-format.ts';
import { RenderTimeContext } from '../lib/use-now.ts';
import { HANDOFF_ID, type Handoff } from './handoff.ts';
import { createRoutes } from './routes.tsx';

export function readHandoff(): Handoff | null {
  const text = document.getElementById(HANDOFF_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as Handoff;
  } catch {
    return null;
  }
}

/**
 * Loads the code of any lazy route (the form steps) that the page being hydrated uses, so the
 * first client render matches the prerendered HTML instead of showing a loading state.
 */
async function loadLazyMatches(routes: RouteObject[], basename: string) {
  const lazyMatches = matchRoutes(routes, window.location, basename)?.filter(
    (match) => match.route.lazy,
  );
  await Promise.all(
    (lazyMatches ?? []).map(async ({ route }) => {
      const load = route.lazy;
      if (typeof load !== 'function') return;
      Object.assign(route, { ...(await load()), lazy: undefined });
    }),
  );
}

/**
 * Lets the browser handle input and paint before the next step of starting the app. Each step
 * (evaluating the modules, reading the handoff and matching the page, making the router,
 * starting hydration) takes 20–40 ms at 4× CPU; run back to back they were one long task.
 */
function yieldToBrowser(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Starts the app in the browser. A prerendered page is hydrated with the data it was rendered
 * from, so nothing is fetched again; any other page (or a prerendered page served for another
 * URL, such as 404.html, or /news for /news?page=2) is rendered afresh.
 */
export async function mountApp(container: HTMLElement, handoff: Handoff | null): Promise<Root> {
  await yieldToBrowser();
  const matches = handoff !== null && handoff.url === `${location.pathname}${location.search}`;
  const queryClient = createQueryClient();
  if (handoff) hydrate(queryClient, handoff.queries);
  // The page's language comes from its address. Its catalog comes in areas: the shell now,
  // and each page's own areas with the page's code (loadLazyMatches for the page hydrated).
  // The router's basename is the language's prefix, so every link stays in that language.
  const locale = localeOfPath(location.pathname);
  const basename = localePrefix(locale) || '/';
  const i18n = createI18n(locale, {});
  const loadMessageAreas = createAreaLoader(i18n, locale);
  const routes = createRoutes(queryClient, { loadMessageAreas });
  await Promise.all([
    loadMessageAreas(['shell']),
    matches ? loadLazyMatches(routes, basename) : undefined,
  ]);
  document.documentElement.lang = HTML_LANG[locale];
  await yieldToBrowser();
  const router = createBrowserRouter(routes, {
    basename,
    ...(matches ? { hydrationData: handoff.router } : {}),
  });
  // The prerender's formatted strings are right for any page (each is keyed by its value).
  const formatted = rememberIn({ ...handoff?.formatted });
  const app = (
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <RenderTimeContext value={matches ? handoff.renderedAt : null}>
          <FormattedContext value={formatted}>
            <QueryClientProvider client={queryClient}>
              <RouterProvider router={router} />
            </QueryClientProvider>
          </FormattedContext>
        </RenderTimeContext>
      </I18nProvider>
    </StrictMode>
  );
  await yieldToBrowser();
  if (matches) {
    // In a transition React hydrates in slices and yields to the browser between them (an
    // ordinary update would hydrate the whole page in one long task).
    let root: Root | undefined;
    startTransition(() => {
      root = hydrateRoot(container, app);
    });
    return root!;
  }
  container.replaceChildren();
  const root = createRoot(container);
  root.render(app);
  return root;
}
