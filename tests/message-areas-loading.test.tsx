import { setupI18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../src/app/routes.tsx';
import type { Locale } from '../src/config/locales.ts';
import { localePrefix, paths } from '../src/config/paths.ts';
import { createAreaLoader } from '../src/lib/i18n-areas.ts';

/**
 * The app as the browser starts it: an i18n instance holding only the shell of the page's
 * language, the route table loading each page's areas with its code. Any message asked for and
 * not loaded is recorded (Lingui's `missing`), so a page whose declared areas fall short fails.
 */
async function startApp(locale: Locale, url: string) {
  const missing: string[] = [];
  const i18n = setupI18n({
    locale,
    messages: { [locale]: {} },
    missing: (_locale, id) => {
      missing.push(id);
      return id;
    },
  });
  const change = vi.fn();
  i18n.on('change', change);
  const loadMessageAreas = createAreaLoader(i18n, locale);
  await loadMessageAreas(['shell']);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient, { loadMessageAreas }), {
    basename: localePrefix(locale) || '/',
    initialEntries: [`${localePrefix(locale)}${url}`],
  });
  render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { i18n, router, missing, change };
}

describe('message areas in the browser', () => {
  it('start a page with its areas loaded, and load the next page’s with its code', async () => {
    const { i18n, router, missing, change } = await startApp('en', paths.home());
    await screen.findByRole('heading', { level: 1 });
    // The home page needs only the shell: the join form's messages are not there yet.
    expect(i18n.messages['join.field.email.hint']).toBeUndefined();
    await router.navigate(paths.join());
    await screen.findByRole('heading', { level: 1, name: 'Join the Peru Support Group' });
    expect(screen.getByText(/We will use this to contact you/)).toBeInTheDocument();
    await router.navigate(paths.privacy());
    await screen.findByRole('heading', { level: 1, name: /privacy/i });
    expect(missing).toEqual([]);
    // Merged without Lingui's "change": the page being left is not rendered again.
    expect(change).not.toHaveBeenCalled();
  });

  it('do the same on Spanish pages', async () => {
    const { router, missing } = await startApp('es', paths.join());
    await screen.findByRole('heading', { level: 1, name: /Hágase socio/ });
    expect(screen.getByText(/Lo usaremos para comunicarnos con usted/)).toBeInTheDocument();
    await router.navigate(paths.newsList());
    await screen.findByRole('heading', { level: 1 });
    await router.navigate('/search?q=peru');
    await screen.findByRole('heading', { level: 1 });
    expect(missing).toEqual([]);
  });

  it('show a message ID when a page’s areas are not loaded (the check above can fail)', async () => {
    const { missing } = await startApp('en', paths.join());
    await screen.findByRole('heading', { level: 1 });
    expect(missing).toEqual([]);
    const bare = await startApp('en', paths.home());
    await screen.findAllByRole('heading', { level: 1 });
    bare.i18n._('join.field.email.hint');
    expect(bare.missing).toEqual(['join.field.email.hint']);
  });
});
