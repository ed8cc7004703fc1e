import { I18nProvider } from '@lingui/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../../src/app/routes.tsx';
import { localeOfPath, type Locale } from '../../src/config/locales.ts';
import { inLocale, localePrefix } from '../../src/config/paths.ts';
import { testI18n } from './test-i18n.ts';

/**
 * Renders the app at `url` the way the browser does: the real route table and loaders, a fresh
 * query cache (no retries, so failures show at once), a router whose history the test owns and
 * the real catalog of the page's language (that of its address, English for today's addresses,
 * or `{ locale: 'es' }`: `renderRoute('/news', { locale: 'es' })` is the page at /es/news).
 */
export function renderRoute(url: string, { locale }: { locale?: Locale } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity },
    },
  });
  const pageLocale = locale ?? localeOfPath(url);
  const router = createMemoryRouter(createRoutes(queryClient), {
    basename: localePrefix(pageLocale) || '/',
    initialEntries: [inLocale(url, pageLocale)],
  });
  const user = userEvent.setup();
  const i18n = testI18n(pageLocale);
  const view = render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...view, user, router, queryClient, i18n };
}

/** Waits for the page's main heading, i.e. for the route's loader to finish. */
export async function findPageHeading(name?: string | RegExp) {
  return screen.findByRole('heading', { level: 1, ...(name ? { name } : {}) });
}
